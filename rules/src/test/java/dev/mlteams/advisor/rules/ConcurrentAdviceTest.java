package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** One shared advisor called from two threads gives every caller the single-threaded answer. */
class ConcurrentAdviceTest {

    private static final List<OrgProfile> PROFILES = List.of(Companies.freightCompany(), Companies.telecomLab(),
            Companies.saasCompany(), Companies.bank(), Companies.mlStartup());

    @Test
    void twoThreadsGetTheSameAdviceAsOne() throws Exception {
        Advisor advisor = Advisor.defaults();
        List<Advice> expected = PROFILES.stream().map(advisor::advise).toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int thread = 0; thread < 2; thread++) {
                int offset = thread;
                results.add(pool.submit(() -> {
                    int checked = 0;
                    for (int i = 0; i < 500; i++) {
                        int which = (i + offset) % PROFILES.size();
                        assertEquals(expected.get(which), advisor.advise(PROFILES.get(which)));
                        checked++;
                    }
                    return checked;
                }));
            }
            for (Future<Integer> result : results) {
                assertEquals(500, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
