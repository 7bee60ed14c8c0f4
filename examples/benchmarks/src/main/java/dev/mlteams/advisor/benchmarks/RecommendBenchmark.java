package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm {@code recommend()} per profile, beside its baselines measured in the same run:
 * {@code floor} (a deep copy of the precomputed advice), {@code naiveDrools} (the DRL through a
 * KieContainer) and {@code droolsAlone} (the same rules run as lean as the library runs them, with
 * nothing the library adds: Drools alone).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class RecommendBenchmark {

    @Param({"nascent", "rnd", "embedded", "division", "mlfirst", "mixed"})
    public String profile;

    private OrgProfile input;
    private Advisor advisor;
    private Advice precomputed;
    private NaiveDrools naive;
    private NaiveDrools droolsAlone;

    @Setup(Level.Trial)
    public void setUp() {
        input = Fixtures.PROFILES.get(profile);
        advisor = Advisor.defaults();
        precomputed = advisor.advise(input);
        naive = new NaiveDrools();
        droolsAlone = NaiveDrools.droolsAlone();
        if (!DeepCopy.copy(precomputed).equals(precomputed)) {
            throw new IllegalStateException("the floor's copy differs from the advice");
        }
        List<String> keys = naive.run(input).keys().stream().sorted().toList();
        if (keys.isEmpty() || !droolsAlone.run(input).keys().stream().sorted().toList().equals(keys)) {
            throw new IllegalStateException("the naive baselines produced nothing, or different advice");
        }
    }

    @Benchmark
    public Advice recommend() {
        return advisor.advise(input);
    }

    @Benchmark
    public Object floor() {
        return DeepCopy.copy(precomputed);
    }

    @Benchmark
    public Object naiveDrools() {
        return naive.run(input);
    }

    @Benchmark
    public Object droolsAlone() {
        return droolsAlone.run(input);
    }
}
