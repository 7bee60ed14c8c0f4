package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.InterviewFocus;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.Objects;

/**
 * Something an interview loop must establish about a candidate.
 *
 * @param role        the role being hired
 * @param focus       a strength to validate, or a minimum bar in a weaker area
 * @param message     what to check, in words
 * @param explanation the rule and facts behind it
 */
public record InterviewCheck(Role role, InterviewFocus focus, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param role        the role being hired; not null
     * @param focus       a strength to validate, or a minimum bar in a weaker area; not null
     * @param message     what to check, in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public InterviewCheck {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
