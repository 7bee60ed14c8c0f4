package dev.mlteams.advisor.advice;

import java.util.List;
import java.util.Objects;

/**
 * One entry of the trace: a rule that fired, in firing order.
 *
 * @param firing  the position in the trace, starting at 1
 * @param rule    the rule name
 * @param phase   the phase (ruleflow group) the rule ran in, for example {@code "advise"}
 * @param sources the knowledge IDs the rule cites
 * @param ruleSet the rule set the rule belongs to
 */
public record FiredRule(int firing, String rule, String phase, List<String> sources, RuleSetStamp ruleSet) {

    /**
     * @param firing  the position in the trace; at least 1
     * @param rule    the rule name; not null
     * @param phase   the phase (ruleflow group) the rule ran in; not null
     * @param sources the knowledge IDs the rule cites; not null, nor any element; copied
     * @param ruleSet the rule set the rule belongs to; not null
     * @throws NullPointerException     if an argument, or an element of {@code sources}, is null
     * @throws IllegalArgumentException if {@code firing} is below 1
     */
    public FiredRule {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(ruleSet, "ruleSet");
        if (firing < 1) {
            throw new IllegalArgumentException("firing must be at least 1, was " + firing);
        }
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
    }
}
