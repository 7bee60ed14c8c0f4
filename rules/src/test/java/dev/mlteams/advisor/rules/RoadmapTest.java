package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ladder: nascent, then embedded or R&amp;D, then an independent division, then ML-first. */
class RoadmapTest {

    @Test
    void aNascentCompanyCanMoveToEmbeddedOrResearch() {
        Advice advice = Advisor.recommend(Companies.freightCompany());

        assertEquals(List.of(Archetype.RESEARCH_AND_DEVELOPMENT, Archetype.PRODUCT_EMBEDDED),
                advice.roadmap().targets());
        RoadmapStep home = step(advice, Archetype.PRODUCT_EMBEDDED, "mlHome");
        assertEquals("PRODUCT_TEAMS", home.needed());
        assertTrue(home.explanation().evidence().contains(Evidence.profileField("mlHome", "NOWHERE")));
        assertEquals(List.of("A1", "A3", "C2"), home.explanation().sourceIds());
    }

    @Test
    void embeddedAndResearchCompaniesMoveToADivision() {
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION), Advisor.recommend(Companies.saasCompany()).roadmap().targets());
        Advice lab = Advisor.recommend(Companies.telecomLab());
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION), lab.roadmap().targets());
        assertEquals("true", step(lab, Archetype.INDEPENDENT_DIVISION, "modelsInProduction").needed());
    }

    @Test
    void aDivisionMovesToMlFirst() {
        Advice advice = Advisor.recommend(Companies.bank());

        assertEquals(List.of(Archetype.ML_FIRST), advice.roadmap().targets());
        assertEquals(List.of("ceoInvestsInMl", "dataAccess", "leadershipUnderstanding", "mlHome"),
                advice.roadmap().steps().stream().map(RoadmapStep::field).toList());
    }

    @Test
    void mlFirstIsTheTop() {
        Advice advice = Advisor.recommend(Companies.mlStartup());

        assertEquals(List.of(), advice.roadmap().steps());
        assertEquals("roadmap.top", advice.roadmap().notes().get(0).message().key());
    }

    @Test
    void whenNoRuleNamesANextStepTheRoadmapSaysSo() {
        Advisor withoutDivisionSteps = Advisor.builder()
                .disableRule("roadmap to division: a separate ML division")
                .disableRule("roadmap to division: report to senior leadership")
                .disableRule("roadmap to division: ML product managers")
                .disableRule("roadmap to division: a data-engineering function")
                .build();

        Advice advice = withoutDivisionSteps.advise(Companies.saasCompany());

        assertEquals(List.of(), advice.roadmap().steps());
        assertEquals("roadmap.no-step", advice.roadmap().notes().get(0).message().key());
        assertEquals(List.of("PRODUCT_EMBEDDED"), advice.roadmap().notes().get(0).message().args());
    }

    private static RoadmapStep step(Advice advice, Archetype target, String field) {
        return advice.roadmap().steps().stream().filter(s -> s.target() == target && s.field().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + field + " in " + advice.roadmap()));
    }
}
