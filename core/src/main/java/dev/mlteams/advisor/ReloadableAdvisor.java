package dev.mlteams.advisor;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An advisor whose rule set can be replaced while it serves calls.
 *
 * <pre>{@code
 * ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.builder().addRules(dir).build());
 * // later, e.g. when the files change:
 * advisor.reload(() -> Advisor.builder().addRules(dir).build())
 *        .whenComplete((fresh, error) -> ...);   // error: a RuleSetException; the old rules stay
 * }</pre>
 *
 * <p>{@link #reload} builds and checks the new rule set on the executor, never on the calling
 * thread, then swaps it in with one atomic write. A call that started before the swap finishes
 * on the old rules; calls that start after it see the new ones; no call ever mixes the two, and
 * every {@link Advice} carries the stamp of the one rule set that produced it. If the new rule
 * set fails to build, nothing changes: the returned future completes with the failure, which is
 * also logged at WARN.
 *
 * <p>Thread-safe. Reloads may overlap; the one that finishes last wins.
 */
public final class ReloadableAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableAdvisor.class);

    private final AtomicReference<Advisor> current;
    private final Executor executor;

    private ReloadableAdvisor(Advisor initial, Executor executor) {
        this.current = new AtomicReference<>(initial);
        this.executor = executor;
    }

    /**
     * Starts serving from {@code initial}; reloads build on the common fork-join pool.
     *
     * @throws NullPointerException if {@code initial} is null
     */
    public static ReloadableAdvisor of(Advisor initial) {
        return of(initial, ForkJoinPool.commonPool());
    }

    /**
     * Starts serving from {@code initial}; reloads build on {@code executor}.
     *
     * @throws NullPointerException if an argument is null
     */
    public static ReloadableAdvisor of(Advisor initial, Executor executor) {
        return new ReloadableAdvisor(Objects.requireNonNull(initial, "initial"),
                Objects.requireNonNull(executor, "executor"));
    }

    /** The advisor serving now. */
    public Advisor current() {
        return current.get();
    }

    /**
     * Advice from the rule set serving now.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException as {@link Advisor#advise(OrgProfile)}
     */
    public Advice advise(OrgProfile profile) {
        return current.get().advise(profile);
    }

    /**
     * Advice from the rule set serving now, with texts in {@code locale}.
     *
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException as {@link Advisor#advise(OrgProfile, java.util.Locale)}
     */
    public Advice advise(OrgProfile profile, java.util.Locale locale) {
        return current.get().advise(profile, locale);
    }

    /**
     * Advice for a job candidate from the rule set serving now.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException as {@link Advisor#advise(CandidateProfile)}
     */
    public CandidateAdvice advise(CandidateProfile profile) {
        return current.get().advise(profile);
    }

    /**
     * Builds a new advisor on the executor and, if it builds, makes it the current one.
     *
     * @param build makes the new advisor, typically {@code () -> Advisor.builder()...build()}
     * @return completes with the new advisor once it serves, or exceptionally with the build's
     *         failure (usually a {@link RuleSetException}) while the old advisor keeps serving
     * @throws NullPointerException if {@code build} is null
     */
    public CompletableFuture<Advisor> reload(Supplier<Advisor> build) {
        Objects.requireNonNull(build, "build");
        return CompletableFuture.supplyAsync(() -> {
            Advisor fresh = Objects.requireNonNull(build.get(), "the reload supplier returned null");
            Advisor old = current.getAndSet(fresh);
            LOG.debug("rule set {} replaced {}", fresh.ruleSet(), old.ruleSet());
            return fresh;
        }, executor).whenComplete((fresh, error) -> {
            if (error != null) {
                LOG.warn("reload failed; still serving {}: {}", current.get().ruleSet(), error.getMessage());
            }
        });
    }
}
