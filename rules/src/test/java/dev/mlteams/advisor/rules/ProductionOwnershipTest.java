package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.Role;
import org.junit.jupiter.api.Test;

/** H1.3 and R2: ML engineers need DevOps, and the team a platform engineer, only if nobody else runs production. */
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

    private static java.util.List<String> mustHave(Advice advice) {
        return advice.hiringPlan().positions().stream().flatMap(p -> p.mustHave().stream())
                .map(SkillRequirement::message).map(m -> m.key()).toList();
    }
}
