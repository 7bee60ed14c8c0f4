package dev.mlteams.advisor;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
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
 *        .whenComplete((fresh, error) -> ...);   // error's cause: a RuleSetException; the old rules stay
 * }</pre>
 *
 * <p>{@link #reload} builds and checks the new rule set on the executor (by default a daemon
 * thread of its own per reload, named {@code ml-team-advisor-reload-N}, so that a thread dump or a
 * log line says what it is; unless {@link #of(Advisor, Executor)} names another; an executor that
 * runs tasks on the calling thread builds there), then swaps it in atomically. A call that started before the swap
 * finishes on the old rules; calls that start after it see the new ones; no call ever mixes the two, and
 * every {@link Advice} carries the stamp of the one rule set that produced it. If the new rule
 * set fails to build, nothing changes: the returned future completes exceptionally with the
 * failure as its cause (usually a {@link RuleSetException}), and it is logged at WARN.
 *
 * <p>For anything else an {@link Advisor} does ({@code compare}, {@code whyNot}, reports), take
 * {@link #current()} once and use it for the whole task, so that all of it sees one rule set.
 *
 * <p>Thread-safe. Reloads may overlap: the one requested last wins, even if an older, slower one
 * finishes after it (the older one's future still completes, with the advisor it built, which
 * then does not serve).
 */
public final class ReloadableAdvisor {

    private static final Logger LOG = LoggerFactory.getLogger(ReloadableAdvisor.class);
    /** Numbers the default reload threads. */
    private static final AtomicLong RELOAD_THREADS = new AtomicLong();

    /** The advisor serving now and the reload request it came from. */
    private record Serving(Advisor advisor, long generation) {
    }

    private final AtomicReference<Serving> current;
    private final AtomicLong requests = new AtomicLong();
    private final Executor executor;

    private ReloadableAdvisor(Advisor initial, Executor executor) {
        this.current = new AtomicReference<>(new Serving(initial, 0));
        this.executor = executor;
    }

    /**
     * Starts serving from {@code initial}; each reload builds on a daemon thread of its own, named
     * {@code ml-team-advisor-reload-N}, so reloads requested together (say, by a file watcher that
     * sees several files change) compile at the same time, and the last requested serves. Name an
     * executor with {@link #of(Advisor, Executor)} to choose the threads, for example a single
     * thread that builds one rule set at a time.
     *
     * @param initial the advisor to serve until a reload replaces it; not null
     * @return a reloadable advisor serving {@code initial}
     * @throws NullPointerException if {@code initial} is null
     */
    public static ReloadableAdvisor of(Advisor initial) {
        return of(initial, ReloadableAdvisor::onThreadOfItsOwn);
    }

    /**
     * Reloads are rare and each compiles rules for a while: a thread each, which never holds the
     * JVM open, rather than the common pool, which on two cores is itself an anonymous new
     * thread per task ("Thread-300" after 300 reloads) and elsewhere takes a worker from the
     * host's parallel streams.
     */
    private static void onThreadOfItsOwn(Runnable task) {
        Thread thread = new Thread(task, "ml-team-advisor-reload-" + RELOAD_THREADS.incrementAndGet());
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Starts serving from {@code initial}; reloads build on {@code executor}.
     *
     * @param initial  the advisor to serve until a reload replaces it; not null
     * @param executor runs each reload's build; not null
     * @return a reloadable advisor serving {@code initial}
     * @throws NullPointerException if an argument is null
     */
    public static ReloadableAdvisor of(Advisor initial, Executor executor) {
        return new ReloadableAdvisor(Objects.requireNonNull(initial, "initial"),
                Objects.requireNonNull(executor, "executor"));
    }

    /**
     * The advisor serving now.
     *
     * @return the advisor of the latest-requested reload that has built so far, else the initial one
     */
    public Advisor current() {
        return current.get().advisor();
    }

    /** The advisor serving now, for logs: {@code ReloadableAdvisor[Advisor[acme-advisor 2026.11, ...]]}. */
    @Override
    public String toString() {
        return "ReloadableAdvisor[" + current() + "]";
    }

    /**
     * Advice from the rule set serving now.
     *
     * @param profile the company; not null
     * @return the advice of the rule set serving when the call started
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException as {@link Advisor#advise(OrgProfile)}
     */
    public Advice advise(OrgProfile profile) {
        return current().advise(profile);
    }

    /**
     * Advice from the rule set serving now, with texts in {@code locale}.
     *
     * @param profile the company; not null
     * @param locale  the language of the advice's texts; not null
     * @return the advice of the rule set serving when the call started
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException as {@link Advisor#advise(OrgProfile, java.util.Locale)}
     */
    public Advice advise(OrgProfile profile, java.util.Locale locale) {
        return current().advise(profile, locale);
    }

    /**
     * Advice for a job candidate from the rule set serving now.
     *
     * @param profile the candidate; not null
     * @return the advice of the rule set serving when the call started
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException as {@link Advisor#advise(CandidateProfile)}
     */
    public CandidateAdvice advise(CandidateProfile profile) {
        return current().advise(profile);
    }

    /**
     * Advice for a job candidate from the rule set serving now, with texts in {@code locale}.
     *
     * @param profile the candidate; not null
     * @param locale  the language of the advice's texts; not null
     * @return the advice of the rule set serving when the call started
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException as {@link Advisor#advise(CandidateProfile, java.util.Locale)}
     */
    public CandidateAdvice advise(CandidateProfile profile, java.util.Locale locale) {
        return current().advise(profile, locale);
    }

    /**
     * Builds a new advisor on the executor and, if it builds, makes it the current one.
     *
     * @param build makes the new advisor, typically {@code () -> Advisor.builder()...build()}
     * @return completes with the new advisor once it serves (unless a later reload already
     *         replaced it), or exceptionally, with the build's failure as the cause (or the
     *         executor's {@link RejectedExecutionException} if it takes no task), while the old
     *         advisor keeps serving
     * @throws NullPointerException if {@code build} is null
     */
    public CompletableFuture<Advisor> reload(Supplier<Advisor> build) {
        Objects.requireNonNull(build, "build");
        long generation = requests.incrementAndGet();
        CompletableFuture<Advisor> built;
        try {
            built = CompletableFuture.supplyAsync(() -> {
                Advisor fresh = Objects.requireNonNull(build.get(), "the reload supplier returned null");
                Serving now = current.updateAndGet(serving ->
                        serving.generation() < generation ? new Serving(fresh, generation) : serving);
                if (now.advisor() == fresh) {
                    LOG.debug("rule set {} now serves", fresh.ruleSet());
                }
                return fresh;
            }, executor);
        } catch (RejectedExecutionException e) {
            // A shut-down executor, say: a failed reload like any other, not an exception here.
            built = CompletableFuture.failedFuture(e);
        }
        return built.whenComplete((fresh, error) -> {
            if (error != null) {
                Throwable cause = error.getCause() == null ? error : error.getCause();
                LOG.warn("reload failed; still serving {}: {}", current().ruleSet(), summary(cause));
                LOG.debug("the failed reload's exception", cause);
            }
        });
    }

    /**
     * A failure on one line for the log: a rule set's problem count and first problem (a Drools
     * message goes on with an excerpt and a caret), or the exception's first line. The future
     * carries the whole exception.
     */
    private static String summary(Throwable failure) {
        if (failure instanceof RuleSetException e) {
            int count = e.problems().size();
            String first = e.problems().get(0).toString().lines().findFirst().orElse("");
            return count == 1 ? "1 problem: " + first : count + " problems, the first: " + first;
        }
        return failure.toString().lines().findFirst().orElse("");
    }
}
