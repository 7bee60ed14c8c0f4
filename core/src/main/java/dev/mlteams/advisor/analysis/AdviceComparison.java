package dev.mlteams.advisor.analysis;

import dev.mlteams.advisor.Advice;
import java.util.List;
import java.util.Objects;

/**
 * What changes in the advice when the profile changes: "what if our ML team reported to the CTO
 * instead of a product lead?"
 *
 * @param before          the advice for the first profile
 * @param after           the advice for the second profile
 * @param changedFields   the profile fields that differ
 * @param changes         every difference in archetype, design, reporting line, role mix, hires,
 *                        practices, risks and warnings, each tied to rules and fields
 * @param rulesOnlyBefore rules that fired for the first profile only
 * @param rulesOnlyAfter  rules that fired for the second profile only
 */
public record AdviceComparison(Advice before, Advice after, List<FieldChange> changedFields, List<Change> changes,
        List<String> rulesOnlyBefore, List<String> rulesOnlyAfter) {

    /** @throws NullPointerException if an argument is null */
    public AdviceComparison {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        changedFields = List.copyOf(changedFields);
        changes = List.copyOf(changes);
        rulesOnlyBefore = List.copyOf(rulesOnlyBefore);
        rulesOnlyAfter = List.copyOf(rulesOnlyAfter);
    }

    /** The changes of one kind. */
    public List<Change> changes(Change.Aspect aspect) {
        return changes.stream().filter(c -> c.aspect() == aspect).toList();
    }
}
