package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.List;
import java.util.Objects;

/**
 * The total weight of the votes for one archetype. Classification rules insert one per
 * archetype and compare them.
 *
 * @param archetype the archetype
 * @param points    the sum of its vote weights, zero or more
 */
public record ArchetypeScore(Archetype archetype, int points) implements Evidential {

    /**
     * @param archetype the archetype scored; not null
     * @param points    the sum of its vote weights; not negative
     * @throws NullPointerException     if {@code archetype} is null
     * @throws IllegalArgumentException if {@code points} is negative
     */
    public ArchetypeScore {
        Objects.requireNonNull(archetype, "archetype");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative, was " + points);
        }
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived("score[" + archetype.name() + "]", Integer.toString(points), List.of());
    }
}
