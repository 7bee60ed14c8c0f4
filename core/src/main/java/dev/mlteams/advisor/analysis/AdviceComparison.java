package dev.mlteams.advisor.analysis;

import dev.mlteams.advisor.Advice;
import java.util.List;
import java.util.Objects;

/**
 * What changes in the advice when the profile changes: "what if our ML team reported to the CTO
 * instead of a product lead?"
 *
 * <p>Every part of the {@link Advice} that a rule decides is compared, as a {@link Change} of one
 * {@link Change.Aspect}:
 * <ul>
 *   <li>{@link Advice#archetype()}: the primary and alternative archetype, the confidence in each,
 *       every archetype's score and every vote;</li>
 *   <li>{@link Advice#teamDesign()}: the three design dimensions, the reporting line, the role mix,
 *       and the collaboration practices (as practices);</li>
 *   <li>{@link Advice#hiringPlan()}: the openings (count and priority), their skills, sourcing,
 *       attraction, every check and assessment of the interview loops, and the market figures;</li>
 *   <li>{@link Advice#practices()}, {@link Advice#risks()} (with their mitigations) and
 *       {@link Advice#warnings()};</li>
 *   <li>{@link Advice#roadmap()}: its steps and notes.</li>
 * </ul>
 * Items are compared by what they say and by their message key, not by how it is worded: a
 * message's rendered text and arguments are not compared, as the arguments quote the profile (whose
 * differences are {@link #changedFields()}) or what is compared in its own right, such as the scores.
 * Nor are an item's explanation (the rules and evidence are each change's provenance) or the other
 * components of the advice: {@link Advice#profile()} is in {@link #changedFields()}, {@link
 * Advice#trace()} in {@link #rulesOnlyBefore()} and {@link #rulesOnlyAfter()} (the firing numbers
 * of the rest shift with any change), and {@link Advice#ruleSet()} and {@link Advice#locale()} are
 * the same for both, because one advisor gives both pieces of advice in one language.
 *
 * @param before          the advice for the first profile
 * @param after           the advice for the second profile
 * @param changedFields   the profile fields that differ
 * @param changes         every difference in the parts listed above, each tied to rules and fields,
 *                        in the order of {@link Change.Aspect}, and within an aspect in the order of
 *                        the advice; empty exactly when those parts are the same
 * @param rulesOnlyBefore rules that fired for the first profile only
 * @param rulesOnlyAfter  rules that fired for the second profile only
 */
public record AdviceComparison(Advice before, Advice after, List<FieldChange> changedFields, List<Change> changes,
        List<String> rulesOnlyBefore, List<String> rulesOnlyAfter) {

    /**
     * @param before          the advice for the first profile; not null
     * @param after           the advice for the second profile; not null
     * @param changedFields   the profile fields that differ; not null, nor any element; copied
     * @param changes         every difference, in the order of {@link Change.Aspect}; not null, nor any element; copied
     * @param rulesOnlyBefore rules that fired for the first profile only; not null, nor any element; copied
     * @param rulesOnlyAfter  rules that fired for the second profile only; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public AdviceComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changedFields = List.copyOf(Objects.requireNonNull(changedFields, "changedFields"));
        changes = List.copyOf(Objects.requireNonNull(changes, "changes"));
        rulesOnlyBefore = List.copyOf(Objects.requireNonNull(rulesOnlyBefore, "rulesOnlyBefore"));
        rulesOnlyAfter = List.copyOf(Objects.requireNonNull(rulesOnlyAfter, "rulesOnlyAfter"));
    }

    /**
     * The changes of one kind.
     *
     * @param aspect the kind of change wanted
     * @return the changes of that aspect, in the order of {@link #changes()}; unmodifiable, and empty if
     *         there are none
     */
    public List<Change> changes(Change.Aspect aspect) {
        return changes.stream().filter(c -> c.aspect() == aspect).toList();
    }
}
