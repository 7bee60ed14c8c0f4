package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.ReloadableAdvisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.advice.RuleSetStamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** Swapping rule sets under load: no call fails, and no advice mixes two rule sets. */
class ReloadableAdvisorTest {

    /** Two rule sets that differ in content: each leaves out a different practice. */
    private static final String V1_OFF = "practice.measure-inputs";
    private static final String V2_OFF = "practice.expect-stalls";

    private static Advisor version(String v) {
        return Advisor.builder().name("reload-test").version(v)
                .disableRule(v.equals("1") ? "practice: measure inputs, not results"
                        : "practice: expect stalls and hard-to-estimate timelines")
                .build();
    }

    @Test
    void callsDuringRepeatedReloadsNeverFailAndEachSeesExactlyOneRuleSet() throws Exception {
        Advisor v1 = version("1");
        Advisor v2 = version("2");
        ReloadableAdvisor advisor = ReloadableAdvisor.of(v1);
        Set<RuleSetStamp> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean reloading = new AtomicBoolean(true);

        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> calls = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                calls.add(callers.submit(() -> {
                    int count = 0;
                    while (reloading.get() || count < 50) {
                        Advice advice = advisor.advise(count % 2 == 0 ? Companies.bank() : Companies.saasCompany());
                        RuleSetStamp stamp = advice.ruleSet();
                        // The content must come from the rule set the stamp names, never a mix.
                        List<String> keys = advice.practices().stream().map(p -> p.message().key()).toList();
                        String off = stamp.version().equals("1") ? V1_OFF : V2_OFF;
                        String on = stamp.version().equals("1") ? V2_OFF : V1_OFF;
                        assertTrue(!keys.contains(off) && keys.contains(on), stamp + " gave " + keys);
                        advice.items().forEach(i -> assertEquals(stamp, i.explanation().ruleSet()));
                        advice.trace().forEach(f -> assertEquals(stamp, f.ruleSet()));
                        seen.add(stamp);
                        count++;
                    }
                    return count;
                }));
            }
            for (int i = 0; i < 10; i++) {
                Advisor next = i % 2 == 0 ? v2 : v1;
                assertSame(next, advisor.reload(() -> next).get());
                assertSame(next, advisor.current());
                Thread.sleep(20);
            }
            reloading.set(false);
            for (Future<Integer> call : calls) {
                assertTrue(call.get() >= 50);
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(Set.of(v1.ruleSet(), v2.ruleSet()), seen);
        assertTrue(!v1.ruleSet().contentHash().equals(v2.ruleSet().contentHash()));
    }

    @Test
    void aReloadThatFailsValidationKeepsTheOldRulesAndReportsWhy() {
        Advisor old = Advisor.defaults();
        ReloadableAdvisor advisor = ReloadableAdvisor.of(old);

        ExecutionException e = assertThrows(ExecutionException.class, () -> advisor.reload(
                () -> Advisor.builder().addRules("broken.drl", "rule \"x\" when then end").build()).get());

        assertInstanceOf(RuleSetException.class, e.getCause());
        ExecutionException alsoCause = assertThrows(ExecutionException.class, () -> advisor.reload(
                () -> Advisor.builder().addRules("broken.drl", "rule \"x\" when then end").build())
                .handle((fresh, error) -> {
                    assertInstanceOf(RuleSetException.class, error.getCause(), "whenComplete sees the cause wrapped");
                    throw new IllegalStateException(error);
                }).get());
        assertInstanceOf(IllegalStateException.class, alsoCause.getCause());
        assertTrue(e.getCause().getMessage().contains("broken.drl"), e.getCause().getMessage());
        assertSame(old, advisor.current());
        assertEquals(old.ruleSet(), advisor.advise(Companies.bank()).ruleSet());
    }

    @Test
    void aSlowOlderReloadDoesNotReplaceANewerOne() throws Exception {
        Advisor older = version("1");
        Advisor newer = version("2");
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults(), pool);
            var slow = advisor.reload(() -> {
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return older;
            });
            advisor.reload(() -> newer).get();
            release.countDown();
            assertSame(older, slow.get());
            assertSame(newer, advisor.current(), "the reload requested last keeps serving");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void reloadsBuildOnTheExecutorNotTheCallingThread() throws Exception {
        ExecutorService builder = Executors.newSingleThreadExecutor(r -> new Thread(r, "rule-builder"));
        try {
            ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults(), builder);
            List<String> threads = new ArrayList<>();
            advisor.reload(() -> {
                threads.add(Thread.currentThread().getName());
                return Advisor.defaults();
            }).get();
            assertEquals(List.of("rule-builder"), threads);
        } finally {
            builder.shutdownNow();
        }
    }
}
