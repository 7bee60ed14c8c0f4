package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * A figure about the ML talent market that frames the hiring plan.
 *
 * @param message     the fact in words, with its figure
 * @param explanation the rule and facts behind it
 */
public record MarketFact(Message message, Explanation explanation) implements Explained {

    /**
     * @param message     the fact in words, with its figure; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public MarketFact {
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
