package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** One shared advisor called from two threads gives every caller the single-threaded answer. */
class ConcurrentAdviceTest {

    private static final int CALLS_PER_THREAD = 100_000;

    @Test
    void twoThreadsTimesOneHundredThousandCallsMatchTheSingleThreadedResults() throws Exception {
        Advisor advisor = Advisor.defaults();
        List<OrgProfile> profiles = AdviceDump.corpus();
        List<Advice> expected = profiles.stream().map(advisor::advise).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<?>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int offset = thread * 7;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < CALLS_PER_THREAD; i++) {
                        int which = (i + offset) % profiles.size();
                        Advice actual = advisor.advise(profiles.get(which));
                        if (!actual.equals(expected.get(which))) {
                            throw new AssertionError("call " + i + " on " + profiles.get(which).name()
                                    + " differs from the single-threaded result");
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> result : results) {
                result.get(); // rethrows a caller's AssertionError
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aFreshlyBuiltAdvisorIsSafeFromItsFirstCall() throws Exception {
        Advisor advisor = Advisor.builder().name("fresh").build();
        OrgProfile profile = Companies.bank();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        // Both threads wait at the barrier, so the first two calls do start together.
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Advice> firstCall = () -> {
            start.await(60, TimeUnit.SECONDS);
            return advisor.advise(profile);
        };
        try {
            Future<Advice> a = pool.submit(firstCall);
            Future<Advice> b = pool.submit(firstCall);
            assertEquals(a.get(), b.get());
        } finally {
            pool.shutdownNow();
        }
    }
}
