package dev.mlteams.advisor.report;

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
                    : " fired, but its consequence did not give this item for this profile"
                            + " (for example, a count that came to zero)"));
            for (WhyNot.ConditionCheck check : rule.conditions()) {
                line(text, "  " + switch (check.outcome()) {
                    case MET -> "[met]     ";
                    case NOT_MET -> "[NOT MET] ";
                    case NOT_EVALUATED -> "[?]       ";
                } + check.pattern() + "( " + check.condition().replaceAll("\\s+", " ") + " )   actual: "
                        + check.actual());
            }
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
