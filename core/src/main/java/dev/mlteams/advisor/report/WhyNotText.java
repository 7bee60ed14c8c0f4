package dev.mlteams.advisor.report;

import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.InterviewCheck;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.analysis.WhyNot;
import java.util.Objects;

/**
 * A {@link WhyNot} as plain text, one line per finding, as the command line's {@code why-not}
 * prints it: whether the item was given, the rules left out, and for each rule that could give it,
 * every condition marked {@code [met]}, {@code [NOT MET]} or {@code [?]} (not checked) with the
 * actual values. A rule that fired without giving the item says so. English only: the conditions
 * and values are the rule file's own.
 */
public final class WhyNotText {

    private WhyNotText() {
    }

    /**
     * The text, lines ending in {@code \n}.
     *
     * @param why the answer to show; not null
     * @return the text, never empty: its first line says whether the item was given
     * @throws NullPointerException if {@code why} is null
     */
    public static String render(WhyNot why) {
        Objects.requireNonNull(why, "why");
        StringBuilder text = new StringBuilder();
        String item = why.itemKey();
        line(text, item + (why.produced().isEmpty() ? " was not given." : " was given."));
        if (why.rules().isEmpty()) {
            line(text, (why.leftOut().isEmpty() ? "No rule gives " : "No rule of this rule set gives ") + item + ".");
        }
        for (WhyNot.LeftOutRule rule : why.leftOut()) {
            line(text, "rule \"" + rule.rule() + "\" (" + rule.file() + ":" + rule.line()
                    + ") would, but this rule set leaves it out: " + rule.reason());
        }
        for (WhyNot.RuleDiagnosis rule : why.rules()) {
            line(text, "");
            line(text, "rule \"" + rule.rule() + "\"" + (!rule.fired() ? " did not fire"
                    : why.gaveItem(rule) ? " fired"
                    : !why.notKeptOf(rule).isEmpty() ? " fired, but the advice does not keep its item: "
                            + notKept(why.notKeptOf(rule).get(0))
                    : " fired, but its consequence did not give this item for this profile"
                            + " (for example, a count that came to zero)"));
            conditions(rule, text);
        }
        return text.toString();
    }

    /**
     * One rule's diagnosis, as {@link dev.mlteams.advisor.Advisor#whyNotFired} gives it: whether it
     * fired, and if not, its conditions as {@link #render(WhyNot)} shows them; lines end in {@code \n}.
     *
     * @param rule the diagnosis to show; not null
     * @return the text, starting with a line that says whether the rule fired
     * @throws NullPointerException if {@code rule} is null
     */
    public static String render(WhyNot.RuleDiagnosis rule) {
        Objects.requireNonNull(rule, "rule");
        StringBuilder text = new StringBuilder();
        line(text, "rule \"" + rule.rule() + "\"" + (rule.fired() ? " fired" : " did not fire"));
        conditions(rule, text);
        return text.toString();
    }

    /** Each condition of a rule that did not fire, marked, with the actual values; and a word if all held. */
    private static void conditions(WhyNot.RuleDiagnosis rule, StringBuilder text) {
        for (WhyNot.ConditionCheck check : rule.conditions()) {
            line(text, "  " + switch (check.outcome()) {
                case MET -> "[met]     ";
                case NOT_MET -> "[NOT MET] ";
                case NOT_EVALUATED -> "[?]       ";
            } + shown(check) + "   actual: " + check.actual());
        }
        if (!rule.fired() && !rule.conditions().isEmpty()
                && rule.conditions().stream().allMatch(check -> check.outcome() == WhyNot.Outcome.MET)) {
            line(text, "  Every condition holds on the facts at the end of the run, so they did not all hold while"
                    + " the rule's phase ran (or an attribute such as lock-on-active or activation-group held it back).");
        }
    }

    /**
     * A condition as the rule file reads: a constraint inside its pattern, {@code OrgProfile(
     * plannedHires > 0 )}; a whole element ({@code not}, {@code exists}, an {@code or}, an
     * {@code eval}, a pattern no fact meets) as written, not wrapped in its type again; a phase as
     * a phase.
     */
    private static String shown(WhyNot.ConditionCheck check) {
        String condition = check.condition().replaceAll("\\s+", " ");
        if (check.pattern().equals(WhyNot.ConditionCheck.PHASE)) {
            return "phase: " + condition;
        }
        if (check.pattern().equals(WhyNot.ConditionCheck.OR)) {
            return "( " + condition + " )";
        }
        // A keyword in lower case names a whole element; so does a condition that starts with its pattern.
        boolean whole = check.pattern().isEmpty() || Character.isLowerCase(check.pattern().charAt(0))
                || condition.startsWith("not ") || condition.startsWith("exists ")
                || condition.startsWith(check.pattern() + "(");
        return whole ? condition : check.pattern() + "( " + condition + " )";
    }

    /** Why the advice left an item out: it keeps another rule's item in its place, or there is no opening for it. */
    private static String notKept(WhyNot.NotKept left) {
        return left.keptInstead().map(kept -> "it keeps the " + kept.message().key() + " item of rule \""
                        + kept.explanation().rule() + "\" in its place, " + (kept instanceof SourcingAdvice
                                ? "for the same role and channel (of two, the one of the rule whose name sorts first)"
                                : kept instanceof AssessmentChoice
                                        ? "for the same role and assessment (of two, the one of the rule whose name sorts"
                                                + " first)"
                                        : (kept instanceof SkillRequirement || kept instanceof InterviewCheck
                                                ? "with the same key, for the same role" : "with the same key")
                                                + " (of two, the one whose first cited knowledge comes earlier in the"
                                                + " catalogue)")
                        + "; an @override of that rule replaces it")
                .orElse("it is for a role or seniority with no opening (skills, sourcing and interview items go to"
                        + " openings only)");
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
