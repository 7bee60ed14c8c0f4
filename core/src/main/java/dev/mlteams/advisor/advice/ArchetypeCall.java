package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.Objects;

/**
 * A classification: the archetype a rule settled on, ranked primary or alternative.
 *
 * @param rank              primary, or a close alternative
 * @param archetype         the archetype
 * @param confidencePercent the archetype's share of all evidence, 0 to 100
 * @param message           the classification in words
 * @param explanation       the rule and the scores behind it
 */
public record ArchetypeCall(Rank rank, Archetype archetype, int confidencePercent, Message message,
        Explanation explanation) implements Explained {

    /** Whether a classification is the main answer or a close second. */
    public enum Rank {
        /** The archetype the rules settled on: the main answer. */
        PRIMARY,
        /** A close second, for an organisation that mixes two archetypes. */
        ALTERNATIVE
    }

    /**
     * @param rank              primary, or a close alternative; not null
     * @param archetype         the archetype the rule settled on; not null
     * @param confidencePercent the archetype's share of all evidence; 0 to 100
     * @param message           the classification in words; not null
     * @param explanation       the rule and the scores behind it; not null
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code confidencePercent} is outside 0..100
     */
    public ArchetypeCall {
        Objects.requireNonNull(rank, "rank");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
        if (confidencePercent < 0 || confidencePercent > 100) {
            throw new IllegalArgumentException("confidence must be 0..100 percent, was " + confidencePercent);
        }
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived(rank == Rank.PRIMARY ? "primaryArchetype" : "alternativeArchetype",
                archetype.name(), explanation.evidence());
    }
}
