package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.Objects;

/**
 * One role in the recommended team and how central it is.
 *
 * @param role        the role
 * @param emphasis    core, supporting, or later
 * @param message     what the role does here, in words
 * @param explanation the rule and facts behind it
 */
public record RoleTarget(Role role, Emphasis emphasis, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param role        the role; not null
     * @param emphasis    core, supporting, or later; not null
     * @param message     what the role does here, in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public RoleTarget {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(emphasis, "emphasis");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived("roleMix[" + role.name() + "]", emphasis.name(), explanation.evidence());
    }
}
