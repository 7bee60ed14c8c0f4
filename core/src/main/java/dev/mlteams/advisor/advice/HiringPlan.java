package dev.mlteams.advisor.advice;

import java.util.List;
import java.util.Objects;

/**
 * Whom to hire, in what order, where to find them, how to attract them and how to interview them.
 *
 * @param positions      openings in priority order; of equal priority, by role (in {@link
 *                       dev.mlteams.advisor.vocabulary.Role}'s order), seniority and rule name
 * @param sourcing       where to look, grouped by role in the order of the positions
 * @param attraction     what makes the company attractive to ML practitioners
 * @param interviewLoops one loop per role, in the order of the positions
 * @param market         figures about the talent market
 */
public record HiringPlan(List<Position> positions, List<SourcingAdvice> sourcing,
        List<AttractionLever> attraction, List<InterviewLoop> interviewLoops, List<MarketFact> market) {

    /**
     * @param positions      the openings, in priority order; not null, nor any element; copied
     * @param sourcing       where to look, grouped by role; not null, nor any element; copied
     * @param attraction     what makes the company attractive; not null, nor any element; copied
     * @param interviewLoops one loop per role; not null, nor any element; copied
     * @param market         figures about the talent market; not null, nor any element; copied
     * @throws NullPointerException if a list, or an element of one, is null
     */
    public HiringPlan {
        positions = List.copyOf(Objects.requireNonNull(positions, "positions"));
        sourcing = List.copyOf(Objects.requireNonNull(sourcing, "sourcing"));
        attraction = List.copyOf(Objects.requireNonNull(attraction, "attraction"));
        interviewLoops = List.copyOf(Objects.requireNonNull(interviewLoops, "interviewLoops"));
        market = List.copyOf(Objects.requireNonNull(market, "market"));
    }
}
