package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import dev.mlteams.advisor.internal.RuleSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What building a rule set costs in a warm JVM (a reload, say): the defaults from their executable
 * model; the defaults plus a user file of ten rules; and the baseline, a full build that compiles
 * all of that DRL at run time, as the library did before it shipped the model.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class BuildBenchmark {

    private final RuleSetDefinition fullDrl = fullDrl();

    private static RuleSetDefinition fullDrl() {
        RuleSetDefinition defaults = DefaultRules.load(BuildBenchmark.class.getClassLoader());
        List<RuleSource> sources = new ArrayList<>(defaults.sources());
        sources.add(new RuleSource(UserRules.NAME, UserRules.TEN_RULES));
        return new RuleSetDefinition("full", "1", sources, defaults.catalogue(), defaults.messages(),
                defaults.classLoader(), defaults.disabledRules(), defaults.disabledKnowledge(),
                defaults.unreadKnowledge(), Optional.empty());
    }

    @Benchmark
    public Advisor defaults() {
        return Advisor.builder().build();
    }

    @Benchmark
    public Advisor defaultsPlusTenUserRules() {
        return Advisor.builder().addRules(UserRules.NAME, UserRules.TEN_RULES).build();
    }

    @Benchmark
    public CompiledRules fullDrlBuild() {
        return CompiledRules.build(fullDrl);
    }
}
