package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
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
 * Warm {@code recommend()} of an advisor with ten user rules compiled onto the default rules,
 * beside the default rules alone in the same run. A rule base that mixes the precompiled model
 * with DRL is built without Drools' index of one-value field tests (see {@code PrecompiledRules}):
 * this measures what that and the ten rules cost a call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class UserRulesCallBenchmark {

    @Param({"embedded", "division", "mixed"})
    public String profile;

    private OrgProfile input;
    private Advisor defaults;
    private Advisor tenUserRules;

    @Setup(Level.Trial)
    public void setUp() {
        input = Fixtures.PROFILES.get(profile);
        defaults = Advisor.defaults();
        tenUserRules = Advisor.builder().addRules(UserRules.NAME, UserRules.TEN_RULES).build();
    }

    @Benchmark
    public Advice defaultRules() {
        return defaults.advise(input);
    }

    @Benchmark
    public Advice withTenUserRules() {
        return tenUserRules.advise(input);
    }
}
