package dev.mlteams.advisor.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two pieces of advice.
 *
 * @param aspect  what kind of advice changed
 * @param subject which one: a design dimension, a role, a message key ...
 * @param before  the value before, or {@code "absent"}
 * @param after   the value after, or {@code "absent"}
 * @param rules   the rules behind the item in either run, or behind the votes that differ
 * @param fields  the changed profile fields in the evidence of those items; when the link is
 *                indirect (for example through the archetype), every changed field that the
 *                evidence of either run names; when no evidence names a changed field (a rule
 *                tested it without binding it), every changed field but the company's name
 */
public record Change(Aspect aspect, String subject, String before, String after, List<String> rules,
        List<String> fields) {

    /** What kind of advice a change is about. */
    public enum Aspect {
        ARCHETYPE,
        DESIGN,
        REPORTING_LINE,
        ROLE_MIX,
        HIRE,
        PRACTICE,
        RISK,
        WARNING
    }

    /** The value of an item that is present in only one of the two runs. */
    public static final String ABSENT = "absent";

    /** @throws NullPointerException if an argument is null */
    public Change {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        rules = List.copyOf(rules);
        fields = List.copyOf(fields);
    }
}
