package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Role;
import java.util.Objects;

/**
 * A skill to ask for when hiring for a role.
 *
 * @param role        the role
 * @param required    true for a must-have skill, false for a nice-to-have
 * @param message     the skill in words
 * @param explanation the rule and facts behind it
 */
public record SkillRequirement(Role role, boolean required, Message message, Explanation explanation)
        implements Explained {

    /** @throws NullPointerException if an argument is null */
    public SkillRequirement {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
