package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.AssessmentType;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.Objects;

/**
 * An assessment to include in a role's interview loop.
 *
 * @param role        the role being hired
 * @param type        the kind of assessment
 * @param message     what it should probe, in words
 * @param explanation the rule and facts behind it
 */
public record AssessmentChoice(Role role, AssessmentType type, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param role        the role being hired; not null
     * @param type        the kind of assessment; not null
     * @param message     what the assessment should probe, in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public AssessmentChoice {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
