package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * H1.3 and R2: ML engineers need DevOps, and the team a platform engineer, only if nobody else
 * runs production; before the first model ships, where the design has them run it (D1, D3).
 */
class ProductionOwnershipTest {

    @Test
    void whenTheMlTeamRunsProductionAloneDevOpsIsAMustAndAPlatformEngineerIsAdvised() {
        Advice advice = Advisor.recommend(Companies.saasCompany());

        assertTrue(mustHave(advice).contains("skill.devops"));
        assertTrue(advice.teamDesign().roleMix().stream().map(RoleTarget::role).toList()
                .contains(Role.ML_PLATFORM_ENGINEER));
    }

    @Test
    void whenASoftwareTeamMaintainsTheModelsDevOpsIsOptionalAndNoPlatformEngineerIsAdded() {
        Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder()
                .modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).build());

        assertFalse(mustHave(advice).contains("skill.devops"));
        Position engineer = advice.hiringPlan().positions().get(0);
        assertTrue(engineer.niceToHave().stream().anyMatch(s -> s.message().key().equals("skill.devops.optional")));
        assertFalse(advice.teamDesign().roleMix().stream().map(RoleTarget::role).toList()
                .contains(Role.ML_PLATFORM_ENGINEER));
    }

    @Test
    void beforeTheFirstModelShipsANascentOrEmbeddedTeamsEngineersNeedDevOps_asTheirDesignHasThemRunIt() {
        // Nascent (D1: builders deploy and look after their models) and embedded (D3: engineers
        // own what they deploy), no model in production yet and no platform engineer.
        Advice nascent = Advisor.recommend(Companies.freightCompany());
        Advice embedded = Advisor.recommend(Companies.saasCompany().toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build());
        assertEquals(Archetype.NASCENT, nascent.archetype().primary().archetype());
        assertEquals(Archetype.PRODUCT_EMBEDDED, embedded.archetype().primary().archetype());
        for (Advice advice : List.of(nascent, embedded)) {
            assertTrue(mustHave(advice).contains("skill.devops"), advice.hiringPlan().positions().toString());
            assertFalse(niceToHave(advice).contains("skill.devops.optional"), advice.hiringPlan().positions().toString());
        }
        assertEquals(List.of("H1.3", "D1"), devOps(nascent).explanation().sourceIds());
        assertEquals(List.of("H1.3", "D3"), devOps(embedded).explanation().sourceIds());
    }

    private static SkillRequirement devOps(Advice advice) {
        return advice.hiringPlan().positions().stream().flatMap(p -> p.mustHave().stream())
                .filter(s -> s.message().key().equals("skill.devops")).findFirst().orElseThrow();
    }

    @Test
    void beforeTheFirstModelShipsDevOpsStaysOptionalWhereThePrimaryDesignDoesNotHaveEngineersRunModels() {
        Advice lab = Advisor.recommend(Companies.telecomLab());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, lab.archetype().primary().archetype());
        assertFalse(mustHave(lab).contains("skill.devops"));
        assertTrue(niceToHave(lab).contains("skill.devops.optional"), lab.hiringPlan().positions().toString());

        // A nascent team with a platform engineer: someone else runs production.
        Advice withPlatform = Advisor.recommend(Companies.freightCompany().toBuilder()
                .mlStaff(Role.ML_PLATFORM_ENGINEER, 1).build());
        assertEquals(Archetype.NASCENT, withPlatform.archetype().primary().archetype());
        assertFalse(mustHave(withPlatform).contains("skill.devops"));
        assertTrue(niceToHave(withPlatform).contains("skill.devops.optional"), withPlatform.hiringPlan().positions().toString());
    }

    private static List<String> niceToHave(Advice advice) {
        return advice.hiringPlan().positions().stream().flatMap(p -> p.niceToHave().stream())
                .map(SkillRequirement::message).map(m -> m.key()).toList();
    }

    private static List<String> mustHave(Advice advice) {
        return advice.hiringPlan().positions().stream().flatMap(p -> p.mustHave().stream())
                .map(SkillRequirement::message).map(m -> m.key()).toList();
    }
}
