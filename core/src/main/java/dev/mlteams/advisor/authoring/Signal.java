package dev.mlteams.advisor.authoring;

import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Evidential;
import dev.mlteams.advisor.advice.Explanation;
import java.util.Objects;

/**
 * A named fact derived from the profile, such as {@code "ml-reports-to-senior-leadership"}.
 * Rules create signals with {@link Advise#signal} and match them with
 * {@code Signal( name == "..." )}; a matched signal appears in the evidence with the profile
 * fields it came from.
 *
 * @param name        the signal name, lower-case words joined by hyphens
 * @param value       the value that triggered it, as text
 * @param explanation the rule that derived it and its evidence
 */
public record Signal(String name, String value, Explanation explanation) implements Evidential {

    /**
     * @param name        the signal name; not null
     * @param value       the value that triggered it, as text; not null
     * @param explanation the rule that derived it and its evidence; not null
     * @throws NullPointerException if an argument is null
     */
    public Signal {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived(name, value, explanation.evidence());
    }
}
