package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * Something about the input that looks wrong or contradictory, though it is legal.
 *
 * @param message     the warning in words, naming the fields involved
 * @param explanation the rule and the contradicting facts
 */
public record Warning(Message message, Explanation explanation) implements Explained {

    /**
     * @param message     the warning in words, naming the fields involved; not null
     * @param explanation the rule and the contradicting facts; not null
     * @throws NullPointerException if an argument is null
     */
    public Warning {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
