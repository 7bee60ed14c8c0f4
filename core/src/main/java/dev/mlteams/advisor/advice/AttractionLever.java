package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * Something the company can do to attract ML practitioners.
 *
 * @param message     the lever in words
 * @param explanation the rule and facts behind it
 */
public record AttractionLever(Message message, Explanation explanation) implements Explained {

    /**
     * @param message     the lever in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public AttractionLever {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
