package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import java.util.Objects;

/**
 * The interview loop for one role.
 *
 * @param role        the role
 * @param strengths   the strengths to validate
 * @param minimumBar  the weaker areas that must still meet a minimum bar
 * @param assessments the assessments to run
 */
public record InterviewLoop(Role role, List<InterviewCheck> strengths, List<InterviewCheck> minimumBar,
        List<AssessmentChoice> assessments) {

    /**
     * @param role        the role the loop is for; not null
     * @param strengths   the strengths to validate; not null, nor any element; copied
     * @param minimumBar  the weaker areas that must still meet a minimum bar; not null, nor any element; copied
     * @param assessments the assessments to run; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public InterviewLoop {
        Objects.requireNonNull(role, "role");
        strengths = List.copyOf(Objects.requireNonNull(strengths, "strengths"));
        minimumBar = List.copyOf(Objects.requireNonNull(minimumBar, "minimumBar"));
        assessments = List.copyOf(Objects.requireNonNull(assessments, "assessments"));
    }
}
