package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Which archetype the company is, how sure the rules are, and the evidence for each archetype.
 *
 * @param primary     the archetype the classification rules settled on: the rules decide, usually
 *                    for the highest score; the default rules make a company where nobody works
 *                    on ML nascent whatever the scores (A1)
 * @param alternative a close second, if the rules judge the organisation mixed; the default rules
 *                    give none where nobody works on ML
 * @param scores      the score of every archetype the classification rules totalled (zeros
 *                    included), highest first, ties in catalogue order; ordered by score, so
 *                    {@code scores().get(0)} need not be the {@code primary}
 * @param votes       every vote cast, in catalogue order of the archetype
 */
public record ArchetypeAssessment(ArchetypeCall primary, Optional<ArchetypeCall> alternative,
        List<ArchetypeScore> scores, List<ArchetypeVote> votes) {

    /**
     * @param primary     the archetype the classification rules settled on; not null
     * @param alternative a close second, or empty if the rules judge the organisation not mixed; not null
     * @param scores      the score of every archetype, highest first; not null, nor any element; copied
     * @param votes       every vote cast, in catalogue order of the archetype; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of {@code scores} or {@code votes}, is null
     */
    public ArchetypeAssessment {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(alternative, "alternative");
        scores = List.copyOf(Objects.requireNonNull(scores, "scores"));
        votes = List.copyOf(Objects.requireNonNull(votes, "votes"));
    }

    /**
     * The votes cast for one archetype: the evidence for it.
     *
     * @param archetype the archetype whose votes are wanted; not null
     * @return its votes, in the order of {@link #votes()}; unmodifiable, and empty if it has none
     * @throws NullPointerException if {@code archetype} is null
     */
    public List<ArchetypeVote> evidenceFor(Archetype archetype) {
        Objects.requireNonNull(archetype, "archetype");
        return votes.stream().filter(v -> v.archetype() == archetype).toList();
    }
}
