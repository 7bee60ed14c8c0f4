package dev.mlteams.advisor.analysis;

import dev.mlteams.advisor.advice.Explained;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Why an item of advice was or was not given for a profile: every rule that could produce it
 * (its consequence emits the key), and for each, which of its conditions held and which did not,
 * with the actual values.
 *
 * @param itemKey  the message key asked about, for example {@code "practice.portfolio"}
 * @param produced the items with that key in the advice, if it was given after all (for a
 *                 mitigation's key, the risk it mitigates)
 * @param notKept  items with that key that rules gave but the advice does not keep, each with the
 *                 item it keeps in its place, if any
 * @param rules    the rules that could produce it, sorted by file name, then line
 * @param leftOut  rules in the rule set's files that would produce it but that the advisor does not
 *                 run, because an {@code @override} replaced them or they were disabled, in the order
 *                 of their files (the default rules first) and lines
 */
public record WhyNot(String itemKey, List<Explained> produced, List<NotKept> notKept, List<RuleDiagnosis> rules,
        List<LeftOutRule> leftOut) {

    /**
     * @param itemKey  the message key asked about; not null
     * @param produced the items with that key in the advice; not null, nor any element; copied
     * @param notKept  items with that key that the advice does not keep; not null, nor any element; copied
     * @param rules    the rules that could produce the item; not null, nor any element; copied
     * @param leftOut  rules that would produce it but that the advisor does not run; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public WhyNot {
        Objects.requireNonNull(itemKey, "itemKey");
        produced = List.copyOf(Objects.requireNonNull(produced, "produced"));
        notKept = List.copyOf(Objects.requireNonNull(notKept, "notKept"));
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        leftOut = List.copyOf(Objects.requireNonNull(leftOut, "leftOut"));
    }

    /**
     * Whether {@code rule} gave any of the {@link #produced()} items, the ones the advice keeps. A
     * rule can fire and still give none: its consequence decides, for example when the count it
     * computes for an opening rounds to zero, or the advice keeps another item in its place
     * ({@link #notKeptOf}).
     *
     * @param rule the rule asked about, usually one of {@link #rules()}; not null
     * @return true if an item of {@link #produced()} names {@code rule}'s rule in its explanation
     * @throws NullPointerException if {@code rule} is null
     */
    public boolean gaveItem(RuleDiagnosis rule) {
        Objects.requireNonNull(rule, "rule");
        return produced.stream().anyMatch(item -> item.explanation().rule().equals(rule.rule()));
    }

    /**
     * The items of {@link #notKept()} that {@code rule} gave: it fired and produced the item, and
     * the advice left it out.
     *
     * @param rule the rule asked about, usually one of {@link #rules()}; not null
     * @return the items, in the order of {@link #notKept()}; unmodifiable, and empty if the rule gave none
     * @throws NullPointerException if {@code rule} is null
     */
    public List<NotKept> notKeptOf(RuleDiagnosis rule) {
        Objects.requireNonNull(rule, "rule");
        return notKept.stream().filter(left -> left.item().explanation().rule().equals(rule.rule())).toList();
    }

    /**
     * An item a rule gave that the advice does not keep.
     *
     * @param item         the item
     * @param keptInstead  the item the advice keeps in its place. Of two items of one kind for the
     *                     same thing, it keeps one: of two with the same key (and role, for skills
     *                     and interview checks), the one whose first cited knowledge comes earlier
     *                     in the catalogue; of two sourcing items for one role and channel, or two
     *                     assessments for one role and type, the one of the rule whose name sorts
     *                     first. Empty for a skill, sourcing or interview item for a role or
     *                     seniority with no opening, which the advice leaves out
     */
    public record NotKept(Explained item, Optional<Explained> keptInstead) {

        /**
         * @param item        the item the advice left out; not null
         * @param keptInstead the item the advice keeps in its place, or empty; not null
         * @throws NullPointerException if an argument is null
         */
        public NotKept {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(keptInstead, "keptInstead");
        }
    }

    /**
     * A rule that would produce the item but is not part of the advisor's rules.
     *
     * @param rule   the rule name
     * @param file   the rule file it is in
     * @param line   the line of its {@code rule} keyword, or 0 when unknown
     * @param reason why it is left out: the call that disabled it, for example
     *               {@code disableKnowledge("P7")} or {@code disableRule("practice: plan probabilistically")},
     *               or {@code replaced by the @override at acme.drl:24}
     */
    public record LeftOutRule(String rule, String file, int line, String reason) {

        /**
         * @param rule   the rule name; not null
         * @param file   the rule file it is in; not null
         * @param line   the line of its {@code rule} keyword, or 0 when unknown
         * @param reason why it is left out; not null
         * @throws NullPointerException if an argument is null
         */
        public LeftOutRule {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One rule that could have produced the item.
     *
     * @param rule       the rule name
     * @param fired      whether it fired for this profile; if so, the items it produced (in
     *                   {@link WhyNot#produced()}) carry the evidence it matched, and
     *                   {@link WhyNot#gaveItem} tells whether it produced any
     * @param conditions for a rule that did not fire, its conditions in order, checked against the
     *                   run's facts for every combination of facts, as the engine matches them,
     *                   showing the combination that got furthest; the checks go on past a pattern
     *                   that no fact meets, so each pattern that fails shows its failing condition
     *                   (a pattern's own conditions stop at the first that fails, as the engine's do:
     *                   one may guard the next), but a pattern using a variable that only a failed
     *                   pattern binds is not checked; empty for a rule that fired
     */
    public record RuleDiagnosis(String rule, boolean fired, List<ConditionCheck> conditions) {

        /**
         * @param rule       the rule name; not null
         * @param fired      whether it fired for this profile
         * @param conditions the conditions of a rule that did not fire, else empty; not null, nor any element; copied
         * @throws NullPointerException if an argument, or an element of {@code conditions}, is null
         */
        public RuleDiagnosis {
            Objects.requireNonNull(rule, "rule");
            conditions = List.copyOf(Objects.requireNonNull(conditions, "conditions"));
        }

        /**
         * The conditions that did not hold.
         *
         * @return the conditions whose outcome is {@link Outcome#NOT_MET}, in order; unmodifiable, and empty
         *         for a rule that fired
         */
        public List<ConditionCheck> unmet() {
            return conditions.stream().filter(c -> c.outcome() == Outcome.NOT_MET).toList();
        }
    }

    /**
     * One condition of a rule.
     *
     * @param pattern   the fact type it is about, for example {@code "OrgProfile"}; for a condition
     *                  about no one fact type, a keyword in lower case, as no fact type is named:
     *                  {@value #OR} for an {@code or}, {@code "not"} or {@code "exists"} around one,
     *                  {@code "eval"}, {@code "from"}, {@code "forall"} and the like for a kind of
     *                  condition why-not does not check, {@value #PHASE} for the rule's phase
     * @param condition the condition as written in the rule, for example {@code "horizon == BusinessHorizon.QUICK_WINS"};
     *                  for a whole element (a {@code not} or {@code exists}, an {@code or}, a pattern
     *                  no fact meets, a kind that is not checked) the element, for example
     *                  {@code "not Signal( name == \"x\" )"}
     * @param outcome   whether it held
     * @param actual    the value it was checked against, for example {@code "horizon = BALANCED"}; where
     *                  the condition compares with a value it computes rather than a literal, that value
     *                  too, for example {@code "points = 7, $points * 2 = 4"}; or why it could not be
     *                  checked
     */
    public record ConditionCheck(String pattern, String condition, Outcome outcome, String actual) {

        /** The {@code pattern} of an {@code or}. */
        public static final String OR = "or";
        /** The {@code pattern} of the condition that the rule's phase ran while the facts it needs existed. */
        public static final String PHASE = "phase";

        /**
         * @param pattern   the fact type the condition is about, or a keyword such as {@value #OR}; not null
         * @param condition the condition, or the whole element, as written in the rule; not null
         * @param outcome   whether it held; not null
         * @param actual    the value it was checked against, or why it could not be checked; not null
         * @throws NullPointerException if an argument is null
         */
        public ConditionCheck {
            Objects.requireNonNull(pattern, "pattern");
            Objects.requireNonNull(condition, "condition");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(actual, "actual");
        }
    }

    /** Whether a condition held. */
    public enum Outcome {
        /** The condition held for the facts it was checked against. */
        MET,
        /** The condition did not hold for those facts: a reason the rule did not fire. */
        NOT_MET,
        /** Conditions this analysis does not evaluate, such as accumulate or from. */
        NOT_EVALUATED
    }
}
