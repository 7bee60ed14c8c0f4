package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.Objects;

/**
 * One piece of evidence for an archetype, with its weight in the score.
 *
 * @param archetype   the archetype the evidence points to
 * @param weight      how much it adds to that archetype's score, at least 1
 * @param message     why, in words
 * @param explanation the rule and facts behind the vote
 */
public record ArchetypeVote(Archetype archetype, int weight, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param archetype   the archetype the evidence points to; not null
     * @param weight      how much the vote adds to that archetype's score; at least 1
     * @param message     why, in words; not null
     * @param explanation the rule and facts behind the vote; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code weight} is below 1
     */
    public ArchetypeVote {
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
        if (weight < 1) {
            throw new IllegalArgumentException("vote weight must be at least 1, was " + weight);
        }
    }
}
