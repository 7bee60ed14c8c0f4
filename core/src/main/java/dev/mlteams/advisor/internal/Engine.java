package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Runs a compiled rule set over profiles. Immutable and thread-safe: each call has a session of its own. */
public final class Engine {

    /** The default number of rule firings after which a run counts as runaway. */
    public static final int DEFAULT_FIRING_LIMIT = 10_000;

    private final CompiledRules rules;
    private final int firingLimit;

    public Engine(CompiledRules rules, int firingLimit) {
        if (firingLimit < 1) {
            throw new IllegalArgumentException("the firing limit must be at least 1, was " + firingLimit);
        }
        this.rules = rules;
        this.firingLimit = firingLimit;
    }

    public Advice advise(OrgProfile profile, Locale locale) {
        return AdviceAssembler.advice(profile, RuleRun.execute(rules, profile, firingLimit, locale), rules);
    }

    public CandidateAdvice advise(CandidateProfile profile, Locale locale) {
        return AdviceAssembler.candidateAdvice(profile, RuleRun.execute(rules, profile, firingLimit, locale), rules);
    }

    /** Why {@code itemKey} was or was not given for {@code profile}, a company's or a candidate's. */
    public WhyNot whyNot(Object profile, String itemKey, Locale locale) {
        RuleRun run = RuleRun.execute(rules, profile, firingLimit, locale);
        List<Object> facts = facts(profile, run);
        List<Explained> produced = run.produced().stream().filter(Explained.class::isInstance)
                .map(Explained.class::cast).toList();
        List<Explained> kept;
        try {
            kept = profile instanceof CandidateProfile candidate
                    ? List.copyOf(AdviceAssembler.candidateAdvice(candidate, run, rules).tips())
                    : AdviceAssembler.advice((OrgProfile) profile, run, rules).items();
        } catch (RuleExecutionException e) {
            // No advice to keep items from (no rule decided the archetype, say): that is the question.
            kept = produced;
        }
        return rules.whyNot().explain(itemKey, facts, kept, produced, run.trace());
    }

    /**
     * Why this rule set leaves out the rule {@code rule} (a name, or a package, a dot and a name),
     * for example {@code disableRule("practice: plan probabilistically")}, if it does.
     */
    public Optional<String> leftOut(String rule) {
        return rules.leftOut().stream()
                .filter(out -> out.rule().name().equals(rule)
                        || (out.rule().packageName() + "." + out.rule().name()).equals(rule))
                .map(out -> "\"" + out.rule().name() + "\" (" + out.rule().location() + ") is left out of this rule set: "
                        + out.reason())
                .findFirst();
    }

    /**
     * Whether the rule named {@code rule} fired for {@code profile}, a company's or a candidate's,
     * and if not, why; empty if there is no such rule.
     */
    public Optional<WhyNot.RuleDiagnosis> whyNotFired(Object profile, String rule, Locale locale) {
        RuleRun run = RuleRun.execute(rules, profile, firingLimit, locale);
        return rules.whyNot().diagnose(rule, facts(profile, run), run.trace());
    }

    /** The facts at the end of {@code run}, as why-not checks conditions against them. */
    private static List<Object> facts(Object profile, RuleRun run) {
        List<Object> facts = new ArrayList<>();
        facts.add(profile);
        facts.addAll(run.produced());
        facts.addAll(run.scores());
        return facts;
    }

    /** The message texts for {@code locale}, for reports. */
    public MessageBundle messages(Locale locale) {
        return rules.messages().forLocale(locale);
    }

    public KnowledgeCatalogue catalogue() {
        return rules.catalogue();
    }

    public RuleSetStamp ruleSet() {
        return rules.stamp();
    }

    public List<Advisor.Rule> rules() {
        return rules.described();
    }

    public List<Advisor.LeftOut> leftOutRules() {
        return rules.describedLeftOut();
    }

    public List<String> rulesCiting(String knowledgeId) {
        return rules.citing(knowledgeId);
    }
}
