package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * A remark about the roadmap as a whole, such as "already at the top of the ladder".
 *
 * @param message     the remark in words
 * @param explanation the rule and facts behind it
 */
public record RoadmapNote(Message message, Explanation explanation) implements Explained {

    /**
     * @param message     the remark in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public RoadmapNote {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
