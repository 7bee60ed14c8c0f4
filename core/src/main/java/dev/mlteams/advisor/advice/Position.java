package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.List;
import java.util.Objects;

/**
 * An opening in the hiring plan.
 *
 * @param priority    1 is hired first
 * @param role        the role to hire
 * @param count       how many people, at least 1
 * @param seniority   how experienced
 * @param message     why this opening is needed now
 * @param mustHave    skills the hire must have
 * @param niceToHave  skills that help but are not required
 * @param explanation the rule and facts behind the opening
 */
public record Position(int priority, Role role, int count, Seniority seniority, Message message,
        List<SkillRequirement> mustHave, List<SkillRequirement> niceToHave, Explanation explanation)
        implements Explained {

    /**
     * @param priority    the hiring order, 1 first; at least 1
     * @param role        the role to hire; not null
     * @param count       how many people; at least 1
     * @param seniority   how experienced; not null
     * @param message     why the opening is needed now; not null
     * @param mustHave    skills the hire must have; not null, nor any element; copied
     * @param niceToHave  skills that help but are not required; not null, nor any element; copied
     * @param explanation the rule and facts behind the opening; not null
     * @throws NullPointerException     if an argument, or an element of a list, is null
     * @throws IllegalArgumentException if {@code priority} or {@code count} is below 1
     */
    public Position {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(seniority, "seniority");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
        mustHave = List.copyOf(Objects.requireNonNull(mustHave, "mustHave"));
        niceToHave = List.copyOf(Objects.requireNonNull(niceToHave, "niceToHave"));
        if (priority < 1) {
            throw new IllegalArgumentException("priority must be at least 1, was " + priority);
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
    }

    /**
     * The same opening with its skill lists filled in.
     *
     * @param mustHave   skills the hire must have; not null, nor any element; copied
     * @param niceToHave skills that help but are not required; not null, nor any element; copied
     * @return a new position, equal to this one but for the two skill lists
     * @throws NullPointerException if a list, or an element of one, is null
     */
    public Position withSkills(List<SkillRequirement> mustHave, List<SkillRequirement> niceToHave) {
        return new Position(priority, role, count, seniority, message, mustHave, niceToHave, explanation);
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived("position[" + role.name() + "]", seniority.name() + " x" + count,
                explanation.evidence());
    }
}
