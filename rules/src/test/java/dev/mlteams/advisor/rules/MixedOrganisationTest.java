package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import org.junit.jupiter.api.Test;

/** A mixed organisation gets a primary archetype and a lower-confidence alternative. */
class MixedOrganisationTest {

    @Test
    void embedded_ml_people_reporting_to_the_cto_are_embedded_with_a_division_alternative() {
        // Product teams (embedded) but reporting to the CTO with ML product managers (division).
        Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder()
                .mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_PRODUCT_MANAGER, 1)
                .build());

        ArchetypeCall primary = advice.archetype().primary();
        ArchetypeCall alternative = advice.archetype().alternative().orElseThrow();
        assertEquals(Archetype.PRODUCT_EMBEDDED, primary.archetype());
        assertEquals(Archetype.INDEPENDENT_DIVISION, alternative.archetype());
        assertTrue(alternative.confidencePercent() < primary.confidencePercent());
        assertTrue(advice.practices().stream().anyMatch(p -> p.message().key().equals("practice.mixed-organisation")));
        assertEquals(3, advice.archetype().evidenceFor(Archetype.PRODUCT_EMBEDDED).size());
        assertEquals(2, advice.archetype().evidenceFor(Archetype.INDEPENDENT_DIVISION).size());
    }

    @Test
    void a_clear_case_has_no_alternative() {
        Advice advice = Advisor.recommend(Companies.freightCompany());

        assertTrue(advice.archetype().alternative().isEmpty());
        assertEquals(100, advice.archetype().primary().confidencePercent());
    }
}
