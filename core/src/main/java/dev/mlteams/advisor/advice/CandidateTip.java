package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.CandidateTopic;
import java.util.Objects;

/**
 * A piece of advice for someone looking for an ML job.
 *
 * @param topic       where to look, how to stand out, or how to prepare
 * @param message     the tip in words
 * @param explanation the rule and facts behind it
 */
public record CandidateTip(CandidateTopic topic, Message message, Explanation explanation) implements Explained {

    /**
     * @param topic       where to look, how to stand out, or how to prepare; not null
     * @param message     the tip in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public CandidateTip {
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
