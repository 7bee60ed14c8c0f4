package dev.mlteams.advisor;

import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.Engine;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import java.util.Objects;

/**
 * The front door: advice on how to organise and hire an ML team, from rules you can read.
 *
 * <pre>{@code
 * OrgProfile profile = OrgProfile.builder()
 *         .name("Acme Logistics").industry(Industry.LOGISTICS).headcount(800)
 *         .mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.NO_ONE)
 *         .plannedHires(2)
 *         .build();
 * Advice advice = Advisor.recommend(profile);
 * advice.archetype().primary().archetype();   // NASCENT
 * advice.hiringPlan().positions().get(0);      // the first hire, with why
 * }</pre>
 *
 * <h2>Rules</h2>
 * {@link #recommend(OrgProfile)} uses the default rules that ship in {@code advisor-rules}: the
 * DRL files listed in {@code META-INF/dev.mlteams.advisor/default-rules.properties}, their
 * knowledge catalogue and message bundle. They are compiled on first use, once per class loader.
 *
 * <h2>Thread safety</h2>
 * An {@code Advisor} is immutable and safe to share between any number of threads. The compiled
 * rule base is shared; every call runs in its own, fresh rule session that is disposed before the
 * call returns, so calls never see each other's facts. Results are deeply immutable.
 *
 * <h2>Errors</h2>
 * Invalid profiles are rejected when they are built ({@link ProfileValidationException}). A rule set
 * that does not compile or cites unknown knowledge fails when it is built ({@link RuleSetException}),
 * before any advice is given. Rules that run but do not produce complete, explained advice fail the
 * call ({@link RuleExecutionException}); no partial advice is ever returned.
 */
public final class Advisor {

    private static volatile Advisor defaults;

    private final Engine engine;

    private Advisor(Engine engine) {
        this.engine = engine;
    }

    /**
     * The advisor on the default rules, compiled on first call and then reused. If compiling
     * fails, the failure is thrown to this caller and the next call tries again.
     *
     * @throws RuleSetException if the default rules do not compile or fail their checks
     * @throws AdvisorException if {@code advisor-rules} is not on the classpath
     */
    public static Advisor defaults() {
        Advisor advisor = defaults;
        if (advisor == null) {
            synchronized (Advisor.class) {
                advisor = defaults;
                if (advisor == null) {
                    ClassLoader loader = Advisor.class.getClassLoader();
                    advisor = new Advisor(new Engine(CompiledRules.build(DefaultRules.load(loader)),
                            Engine.DEFAULT_FIRING_LIMIT));
                    defaults = advisor;
                }
            }
        }
        return advisor;
    }

    /**
     * Advice for {@code profile} from the default rules.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleSetException       if the default rules cannot be built
     * @throws RuleExecutionException if the rules do not produce complete, explained advice
     */
    public static Advice recommend(OrgProfile profile) {
        return defaults().advise(profile);
    }

    /**
     * Advice for a job candidate from the default rules.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleSetException       if the default rules cannot be built
     * @throws RuleExecutionException if no rule advises this candidate
     */
    public static CandidateAdvice recommendForCandidate(CandidateProfile profile) {
        return defaults().advise(profile);
    }

    /**
     * Advice for {@code profile} from this advisor's rules.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException if the rules do not produce complete, explained advice
     */
    public Advice advise(OrgProfile profile) {
        return engine.advise(Objects.requireNonNull(profile, "profile"));
    }

    /**
     * Advice for a job candidate from this advisor's rules.
     *
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException if no rule advises this candidate
     */
    public CandidateAdvice advise(CandidateProfile profile) {
        return engine.advise(Objects.requireNonNull(profile, "profile"));
    }

    /** The knowledge catalogue this advisor's rules cite, to look up what an ID such as "A3" means. */
    public KnowledgeCatalogue catalogue() {
        return engine.catalogue();
    }
}
