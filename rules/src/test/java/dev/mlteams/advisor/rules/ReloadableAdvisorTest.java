package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.ReloadableAdvisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
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

    /**
     * The rule set serving since the last reload completed, and a latch a caller opens when it has
     * seen it; null while a reload runs.
     */
    private record Swap(RuleSetStamp serving, CountDownLatch observed) {
        Swap(Advisor serving) {
            this(serving.ruleSet(), new CountDownLatch(1));
        }
    }

    @Test
    void callsDuringRepeatedReloadsNeverFailAndEachSeesExactlyOneRuleSet() throws Exception {
        Advisor v1 = version("1");
        Advisor v2 = version("2");
        assertNotEquals(v1.ruleSet().contentHash(), v2.ruleSet().contentHash());
        ReloadableAdvisor advisor = ReloadableAdvisor.of(v1);
        Set<RuleSetStamp> seen = ConcurrentHashMap.newKeySet();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicReference<Swap> latest = new AtomicReference<>(new Swap(v1));

        ExecutorService callers = Executors.newFixedThreadPool(2);
        try {
            List<Future<?>> calls = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                calls.add(callers.submit(() -> {
                    for (int count = 0; running.get(); count++) {
                        Swap swap = latest.get();
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
                        if (swap != null && latest.get() == swap) {
                            // No reload ran during this call, which began after the last one completed.
                            assertEquals(swap.serving(), stamp, "a call after a completed reload got another rule set");
                            swap.observed().countDown();
                        }
                    }
                    return null;
                }));
            }
            awaitObserved(latest.get(), calls);
            for (int i = 0; i < 10; i++) {
                Advisor next = i % 2 == 0 ? v2 : v1;
                latest.set(null);
                assertSame(next, advisor.reload(() -> next).get(30, TimeUnit.SECONDS));
                assertSame(next, advisor.current());
                Swap swap = new Swap(next);
                latest.set(swap);
                awaitObserved(swap, calls);
            }
            running.set(false);
            for (Future<?> call : calls) {
                call.get(30, TimeUnit.SECONDS);
            }
        } finally {
            running.set(false);
            callers.shutdownNow();
        }
        assertEquals(Set.of(v1.ruleSet(), v2.ruleSet()), seen);
    }

    /** Waits, generously, until a caller has seen {@code swap}; a caller's failure fails the test at once. */
    private static void awaitObserved(Swap swap, List<Future<?>> calls) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!swap.observed().await(50, TimeUnit.MILLISECONDS)) {
            for (Future<?> call : calls) {
                if (call.isDone()) {
                    call.get();
                    fail("a caller stopped before " + swap.serving() + " was seen");
                }
            }
            assertTrue(System.nanoTime() < deadline, "no caller saw " + swap.serving() + " within 60 s");
        }
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
    void candidateAdviceComesFromTheServingRulesInTheLanguageAsked() {
        ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults());
        CandidateProfile candidate = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build();

        CandidateAdvice chinese = advisor.advise(candidate, Locale.SIMPLIFIED_CHINESE);

        assertEquals(Advisor.defaults().advise(candidate, Locale.SIMPLIFIED_CHINESE), chinese);
        assertEquals(Locale.SIMPLIFIED_CHINESE, chinese.locale());
    }

    @Test
    void aSupplierThatReturnsNullFailsTheReloadAndKeepsTheOldRules() {
        Advisor old = Advisor.defaults();
        ReloadableAdvisor advisor = ReloadableAdvisor.of(old);

        ExecutionException e = assertThrows(ExecutionException.class, () -> advisor.reload(() -> null).get());

        assertInstanceOf(NullPointerException.class, e.getCause());
        assertEquals("the reload supplier returned null", e.getCause().getMessage());
        assertSame(old, advisor.current());
    }

    @Test
    void anExecutorThatTakesNoTaskFailsTheReloadAndKeepsTheOldRules() {
        Advisor old = Advisor.defaults();
        ExecutorService shutDown = Executors.newSingleThreadExecutor();
        shutDown.shutdown();
        ReloadableAdvisor advisor = ReloadableAdvisor.of(old, shutDown);

        ExecutionException e = assertThrows(ExecutionException.class, () -> advisor.reload(Advisor::defaults).get());

        assertInstanceOf(RejectedExecutionException.class, e.getCause());
        assertSame(old, advisor.current());
    }

    @Test
    void aReloadThatBuildsButFailsOnItsVerificationProfilesKeepsTheOldRules() {
        Advisor old = Advisor.defaults();
        ReloadableAdvisor advisor = ReloadableAdvisor.of(old);

        // Compiles and passes every check; only a run shows that no rule is left to classify.
        ExecutionException e = assertThrows(ExecutionException.class, () -> advisor.reload(
                () -> Advisor.builder().disableKnowledge("A2").verifyWith(Companies.bank()).build()).get());

        RuleSetException cause = assertInstanceOf(RuleSetException.class, e.getCause());
        assertTrue(cause.problems().stream().anyMatch(p -> p.toString().equals(
                "verifyWith: profile 1 (\"Harbour Bank\"): no rule decided a primary archetype")), cause::getMessage);
        assertSame(old, advisor.current());
    }

    @Test
    void aSlowOlderReloadDoesNotReplaceANewerOne() throws Exception {
        Advisor older = version("1");
        Advisor newer = version("2");
        CountDownLatch release = new CountDownLatch(1);
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

    @Test
    void byDefaultEachReloadBuildsOnADaemonThreadNamedForTheLibrary() throws Exception {
        ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            advisor.reload(() -> {
                threads.add(Thread.currentThread());
                return Advisor.defaults();
            }).get();
        }

        assertEquals(2, threads.size());
        for (Thread thread : threads) {
            assertTrue(thread.getName().matches("ml-team-advisor-reload-\\d+"), thread.getName());
            assertTrue(thread.isDaemon(), thread.getName());
        }
        assertNotEquals(threads.get(0).getName(), threads.get(1).getName());
    }
}
