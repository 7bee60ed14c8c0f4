package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.authoring.Phase;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaGroup;
import org.kie.api.runtime.rule.ConsequenceException;

/**
 * One run of the rules over one input fact in a session of its own, with texts in one locale. The session goes back
 * to the rule set's pool (which resets it) before the result is returned, whatever happens.
 *
 * @param produced the items the rules produced, in production order
 * @param remakers how each produced item is made again with another explanation, at its index
 * @param scores   the archetype scores the classification rules inserted
 * @param trace    every rule that fired, in order
 * @param locale   the language the texts were rendered in
 */
record RuleRun(List<Object> produced, List<Function<Explanation, Object>> remakers, List<ArchetypeScore> scores,
        List<FiredRule> trace, Locale locale) {

    /**
     * Runs {@code rules} over {@code input}, phase by phase.
     *
     * @throws RuleExecutionException if a rule threw, the rules fired past {@code firingLimit},
     *                                or a rule produced something invalid
     */
    static RuleRun execute(CompiledRules rules, Object input, int firingLimit, Locale locale) {
        MessageBundle messages = rules.messages().forLocale(locale);
        KieSession session = rules.sessions().newKieSession();
        Collector collector = new Collector(session, rules, messages);
        try {
            if (rules.declaresAdvise()) {
                session.setGlobal(CompiledRules.ADVISE_GLOBAL, collector);
            }
            session.addEventListener((AgendaEventListener) collector);
            session.addEventListener((RuleRuntimeEventListener) collector);
            // The focus stack runs last-pushed first, so push the phases in reverse. A rule base in which
            // no rule names a phase has no groups at all: Drools then gives none, and its rules just run.
            Phase[] phases = Phase.values();
            for (int i = phases.length - 1; i >= 0; i--) {
                AgendaGroup group = session.getAgenda().getAgendaGroup(phases[i].agendaGroup());
                if (group != null) {
                    group.setFocus();
                }
            }
            fire(session, collector, rules, input, firingLimit);
            if (!collector.problems().isEmpty()) {
                throw new RuleExecutionException(collector.problems());
            }
            // The collector's own lists: it is dropped with the session, and nothing here changes them.
            return new RuleRun(collector.produced(), collector.remakers(), collector.scores(),
                    List.copyOf(collector.trace()), locale);
        } finally {
            session.removeEventListener((AgendaEventListener) collector);
            session.removeEventListener((RuleRuntimeEventListener) collector);
            session.dispose();
        }
    }

    /**
     * {@code item}, one of {@link #produced}, made again with {@code explanation}.
     *
     * @throws IllegalArgumentException if this run did not produce {@code item}
     */
    Object remade(Object item, Explanation explanation) {
        // By identity: two equal items are still two productions. Only repeats come here, a few per run.
        for (int i = 0; i < produced.size(); i++) {
            if (produced.get(i) == item) {
                return remakers.get(i).apply(explanation);
            }
        }
        throw new IllegalArgumentException("not produced by this run: " + item);
    }

    private static void fire(KieSession session, Collector collector, CompiledRules rules, Object input,
            int firingLimit) {
        try {
            // Conditions are evaluated on insert, so a condition that throws fails here.
            session.insert(input);
            // fireAllRules(max) stops at the limit without saying so, and at times a firing or two past
            // it; a firing past the limit, there or in one more try, tells a runaway.
            if (session.fireAllRules(firingLimit) > firingLimit || session.fireAllRules(1) > 0) {
                throw new RuleExecutionException(List.of(runaway(collector.firingsPerRule(), firingLimit, rules)));
            }
        } catch (ConsequenceException e) {
            // The file and line of the rule, as a stack trace through generated code would not give them.
            collector.problem("rule \"" + e.getMatch().getRule().getName() + "\" ("
                    + rules.rule(e.getMatch().getRule()).location() + ") threw " + rootCause(e));
            throw new RuleExecutionException(collector.problems(), rootCause(e));
        } catch (RuleExecutionException e) {
            throw e;
        } catch (RuntimeException e) {
            // Drools names the rule and constraint in its message; the root cause says what went wrong.
            collector.problem("a rule condition failed: " + e.getMessage().strip() + ", caused by " + rootCause(e));
            throw new RuleExecutionException(collector.problems(), rootCause(e));
        }
    }

    /**
     * The innermost cause, what the rule itself threw: MVEL and Drools wrap it in several layers,
     * which hold the match and its facts. As the cause of the exception the caller gets, they would
     * keep those alive after the session went back to the pool, and cannot be serialized.
     */
    private static Throwable rootCause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root;
    }

    /**
     * Why a run stopped at the limit, with the number of firings. A rule that fired more than once and
     * took at least half of them looks like a loop; without one, a limit too low for the rules is the
     * likelier cause: a call of the default rules takes some 25 to 80 firings, none of them more than 5.
     * Either way the message names the busiest rules: those that fired more than once and took at least
     * a tenth of the firings, and the busiest one always if it fired more than once; a rule that fired
     * a handful of times beside a loop of thousands says nothing about it.
     */
    private static String runaway(Map<String, Integer> firings, int limit, CompiledRules rules) {
        int fired = firings.values().stream().mapToInt(Integer::intValue).sum();
        List<Map.Entry<String, Integer>> sorted = firings.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        Map.Entry<String, Integer> top = sorted.get(0);
        int most = top.getValue();
        List<Map.Entry<String, Integer>> busiest = sorted.stream()
                .filter(e -> e.getValue() > 1 && (e == top || e.getValue() * 10L >= fired))
                .toList();
        if (most > 1 && most * 2L >= fired) {
            return "the rules kept firing past the firing limit of " + limit + " (" + fired + " firings); the busiest "
                    + (busiest.size() == 1 ? "rule was " : "rules were ") + named(busiest, rules)
                    + ". A rule that modifies a fact it matches needs no-loop or a guard; if the rules need this many"
                    + " firings, raise Advisor.Builder.firingLimit.";
        }
        return "the rules needed more than the firing limit of " + limit + " (" + fired + " firings), "
                + (busiest.isEmpty() ? "no rule firing more than once"
                        : "no rule taking half of the firings (the busiest " + (busiest.size() == 1 ? "was " : "were ")
                                + named(busiest, rules) + ")")
                + ": the limit looks too low for these rules; raise it with Advisor.Builder.firingLimit ("
                + Engine.DEFAULT_FIRING_LIMIT + " by default).";
    }

    /** The first three, with where each is and how often it fired. */
    private static String named(List<Map.Entry<String, Integer>> firings, CompiledRules rules) {
        return firings.stream()
                .limit(3)
                .map(e -> "\"" + e.getKey() + "\" (" + String.join(", ", rules.locationsOf(e.getKey())) + ", "
                        + e.getValue() + (e.getValue() == 1 ? " time)" : " times)"))
                .collect(Collectors.joining(", "));
    }
}
