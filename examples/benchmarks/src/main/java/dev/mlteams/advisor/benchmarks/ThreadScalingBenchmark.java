package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/** Throughput of one shared advisor with one and with two calling threads, over the mixed profile set. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 8, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ThreadScalingBenchmark {

    private final Advisor advisor = Advisor.defaults();
    private final List<OrgProfile> profiles = List.copyOf(Fixtures.PROFILES.values());

    /** Each thread walks the profiles in turn. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;
    }

    @Benchmark
    @Threads(1)
    public Advice oneThread(Cursor cursor) {
        return advisor.advise(profiles.get(cursor.next++ % profiles.size()));
    }

    @Benchmark
    @Threads(2)
    public Advice twoThreads(Cursor cursor) {
        return advisor.advise(profiles.get(cursor.next++ % profiles.size()));
    }
}
