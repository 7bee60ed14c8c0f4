package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.List;
import java.util.Objects;

/**
 * What would move the organisation up the article's ladder: nascent, then product-embedded or
 * research-and-development, then an independent division, then ML-first.
 *
 * @param steps unmet conditions, grouped by the archetype they lead to
 * @param notes remarks, for example that the company is already at the top
 */
public record Roadmap(List<RoadmapStep> steps, List<RoadmapNote> notes) {

    /**
     * @param steps unmet conditions, grouped by the archetype they lead to; not null, nor any element; copied
     * @param notes remarks on the roadmap as a whole; not null, nor any element; copied
     * @throws NullPointerException if a list, or an element of one, is null
     */
    public Roadmap {
        steps = List.copyOf(Objects.requireNonNull(steps, "steps"));
        notes = List.copyOf(Objects.requireNonNull(notes, "notes"));
    }

    /**
     * The archetypes the steps lead to, in ladder order.
     *
     * @return each archetype a step leads to, once; unmodifiable, and empty if there are no steps
     */
    public List<Archetype> targets() {
        return steps.stream().map(RoadmapStep::target).distinct().sorted().toList();
    }
}
