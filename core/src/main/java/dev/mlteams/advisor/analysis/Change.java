package dev.mlteams.advisor.analysis;

import java.util.List;
import java.util.Objects;

/**
 * One difference between two pieces of advice.
 *
 * @param aspect  what kind of advice changed
 * @param subject which one, as its {@link Aspect} says: a design dimension, a role, a message key ...
 * @param before  the value before, or {@code "absent"}; when the values are equal but the items
 *                differ otherwise (the same stance worded by another message key, a risk with another
 *                mitigation, a practice in another area), the value and, in brackets, that detail,
 *                such as {@code CTO (reporting.nascent)}
 * @param after   the value after, or {@code "absent"}, likewise
 * @param rules   the rules behind the item in either run; for the archetype and its confidence, also
 *                those of the votes that differ; for a score, those of the differing votes for its
 *                archetype
 * @param fields  the changed profile fields in the evidence of those items; when the link is
 *                indirect (for example through the archetype), every changed field that the
 *                evidence of either run names; when no evidence names a changed field (a rule
 *                tested it without binding it), every changed field but the company's name
 */
public record Change(Aspect aspect, String subject, String before, String after, List<String> rules,
        List<String> fields) {

    /**
     * What kind of advice a change is about, in the order {@link AdviceComparison#changes()} lists
     * them. Each says what its subject and value are, and what detail, if any, its values show in
     * brackets when only that differs.
     */
    public enum Aspect {
        /**
         * The archetype: subject {@code primary} or {@code alternative}; value the archetype's name;
         * detail the message key.
         */
        ARCHETYPE,
        /** The confidence in an archetype: subject {@code primary} or {@code alternative}; value such as {@code 64%}. */
        CONFIDENCE,
        /** An archetype's score: subject the archetype's name; value its points. */
        SCORE,
        /** A vote: subject the archetype's name and the vote's message key; value its weight. */
        VOTE,
        /**
         * A design dimension: subject its name, such as {@code modelOwnership}; value the stance;
         * detail the message key.
         */
        DESIGN,
        /** The reporting line: subject {@code reportingLine}; value the recommended line; detail the message key. */
        REPORTING_LINE,
        /** A role in the role mix: subject the role; value its emphasis; detail the message key. */
        ROLE_MIX,
        /**
         * An opening: subject the seniority and role; value the count and priority, such as
         * {@code 2 at priority 3}; detail the message key.
         */
        HIRE,
        /**
         * A skill asked of a role's openings: subject the role and message key; value
         * {@code must-have} or {@code nice-to-have}.
         */
        SKILL,
        /** Where to find candidates: subject the role and channel; value {@code present}; detail the message key. */
        SOURCING,
        /** A way to attract ML practitioners: subject the message key; value {@code present}. */
        ATTRACTION,
        /**
         * A check or an assessment in a role's interview loop: subject the role and message key;
         * value the check's focus or the assessment's type.
         */
        INTERVIEW,
        /** A talent-market figure: subject the message key; value {@code present}. */
        MARKET,
        /** A practice, collaboration included: subject the message key; value {@code present}; detail its area. */
        PRACTICE,
        /** A risk: subject the message key; value {@code present}; detail its mitigation's message key. */
        RISK,
        /** A warning about the input: subject the message key; value {@code present}. */
        WARNING,
        /**
         * A step on the roadmap: subject the archetype it leads to and the profile field; value the
         * value needed; detail the message key.
         */
        ROADMAP_STEP,
        /** A remark on the roadmap: subject the message key; value {@code present}. */
        ROADMAP_NOTE
    }

    /** The value of an item that is present in only one of the two runs. */
    public static final String ABSENT = "absent";

    /**
     * @param aspect  what kind of advice changed; not null
     * @param subject which one, as the aspect says; not null
     * @param before  the value before, or {@link #ABSENT}, with any differing detail in brackets; not null
     * @param after   the value after, or {@link #ABSENT}, likewise; not null
     * @param rules   the rules behind the item in either run; not null, nor any element; copied
     * @param fields  the changed profile fields the change is tied to; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public Change {
        Objects.requireNonNull(aspect, "aspect");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        rules = List.copyOf(Objects.requireNonNull(rules, "rules"));
        fields = List.copyOf(Objects.requireNonNull(fields, "fields"));
    }
}
