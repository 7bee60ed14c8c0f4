package dev.mlteams.advisor.advice;

import java.util.List;

/**
 * Whom to hire, in what order, where to find them, how to attract them and how to interview them.
 *
 * @param positions      openings in priority order
 * @param sourcing       where to look, grouped by role in the order of the positions
 * @param attraction     what makes the company attractive to ML practitioners
 * @param interviewLoops one loop per role, in the order of the positions
 * @param market         figures about the talent market
 */
public record HiringPlan(List<Position> positions, List<SourcingAdvice> sourcing,
        List<AttractionLever> attraction, List<InterviewLoop> interviewLoops, List<MarketFact> market) {

    /** @throws NullPointerException if an argument is null */
    public HiringPlan {
        positions = List.copyOf(positions);
        sourcing = List.copyOf(sourcing);
        attraction = List.copyOf(attraction);
        interviewLoops = List.copyOf(interviewLoops);
        market = List.copyOf(market);
    }
}
