package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * A risk the organisation faces, with what to do about it.
 *
 * @param message     the risk in words
 * @param mitigation  what to do about it
 * @param explanation the rule and facts behind it
 */
public record Risk(Message message, Message mitigation, Explanation explanation) implements Explained {

    /**
     * @param message     the risk in words; not null
     * @param mitigation  what to do about it; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public Risk {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(mitigation, "mitigation");
        Objects.requireNonNull(explanation, "explanation");
    }
}
