package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.Objects;
import java.util.Optional;

/**
 * A skill to ask for when hiring for a role: for every opening for the role, or only for the
 * openings of one seniority.
 *
 * @param role        the role
 * @param seniority   the seniority of the openings it applies to; empty for every opening for the role
 * @param required    true for a must-have skill, false for a nice-to-have
 * @param message     the skill in words
 * @param explanation the rule and facts behind it
 */
public record SkillRequirement(Role role, Optional<Seniority> seniority, boolean required, Message message,
        Explanation explanation) implements Explained {

    /**
     * @param role        the role; not null
     * @param seniority   the seniority of the openings it applies to, or empty for every opening; not null
     * @param required    true for a must-have skill, false for a nice-to-have
     * @param message     the skill in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public SkillRequirement {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }

    /**
     * A skill for every opening for {@code role}.
     *
     * @param role        the role; not null
     * @param required    true for a must-have skill, false for a nice-to-have
     * @param message     the skill in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public SkillRequirement(Role role, boolean required, Message message, Explanation explanation) {
        this(role, Optional.empty(), required, message, explanation);
    }

    /**
     * Whether the skill is asked of an opening of {@code openingSeniority}: always for a skill
     * without a seniority, else only for that seniority (so never for null).
     *
     * @param openingSeniority the seniority of the opening; may be null
     * @return true if the skill is asked of such an opening
     */
    public boolean appliesTo(Seniority openingSeniority) {
        return seniority.isEmpty() || seniority.get() == openingSeniority;
    }
}
