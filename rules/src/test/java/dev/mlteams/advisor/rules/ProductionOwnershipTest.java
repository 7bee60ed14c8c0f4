package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * H1.3: DevOps follows the design the advice gives, so the hiring plan never contradicts it. A
 * must where ML engineers run what they build (nascent D1, embedded D3), whoever runs production
 * today, except for juniors, who learn it there (H1.2); a plus where few models ship (R&amp;D D2) or their users operate them (division D4, ML-first
 * D5). Who runs production today decides the platform engineer in the role mix instead (R2).
 */
class ProductionOwnershipTest {

    @Test
    void whenTheMlTeamRunsProductionAloneAPlatformEngineerIsAdvised() {
        Advice advice = Advisor.recommend(Companies.saasCompany());

        assertTrue(roleMix(advice).contains(Role.ML_PLATFORM_ENGINEER));
    }

    @Test
    void whenASoftwareTeamMaintainsTheModelsNoPlatformEngineerIsAddedButEmbeddedEngineersStillNeedDevOps() {
        // The design says ML engineers fully own what they deploy (D3): a plus would contradict it.
        Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder()
                .modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).build());

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertFalse(roleMix(advice).contains(Role.ML_PLATFORM_ENGINEER));
        assertEquals(List.of("H1.3", "D3"), devOps(advice).explanation().sourceIds());
        // Only the juniors' DevOps is a plus: they learn it beside those who run the models (H1.2).
        assertEquals(List.of("skill.devops.junior"),
                niceToHave(advice).stream().filter(k -> k.startsWith("skill.devops")).toList());
    }

    @Test
    void juniorsAreNotAskedForDevOps_theyLearnItFromTheEngineersWhoRunTheModels() {
        for (OrgProfile company : List.of(Companies.freightCompany(), Companies.saasCompany())) {
            Advice advice = Advisor.recommend(company);
            Position experienced = advice.hiringPlan().positions().get(0);
            Position junior = advice.hiringPlan().positions().stream()
                    .filter(p -> p.seniority() == Seniority.JUNIOR).findFirst().orElseThrow();

            assertEquals(Role.ML_ENGINEER, experienced.role());
            assertTrue(keys(experienced.mustHave()).contains("skill.devops"), company.name());
            assertFalse(keys(experienced.niceToHave()).contains("skill.devops.junior"), company.name());
            assertFalse(keys(junior.mustHave()).contains("skill.devops"), company.name());
            assertTrue(keys(junior.niceToHave()).contains("skill.devops.junior"), company.name());
            // The skills every ML engineer needs still apply to juniors.
            assertTrue(keys(junior.mustHave()).containsAll(List.of("skill.software-engineering", "skill.ml-fundamentals")),
                    company.name());
        }
    }

    @Test
    void nascentAndEmbeddedEngineersNeedDevOpsBeforeTheFirstModelShipsAndWithAPlatformEngineer() {
        List<OrgProfile> profiles = List.of(Companies.freightCompany(),
                Companies.freightCompany().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 1).build(),
                Companies.saasCompany().toBuilder().modelsInProduction(false).modelMaintainer(ModelMaintainer.NOBODY).build(),
                Companies.saasCompany().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 1).build());
        List<List<String>> sources = profiles.stream().map(Advisor::recommend)
                .map(advice -> devOps(advice).explanation().sourceIds()).toList();

        assertEquals(List.of(List.of("H1.3", "D1"), List.of("H1.3", "D1"), List.of("H1.3", "D3"), List.of("H1.3", "D3")),
                sources);
    }

    @Test
    void inRndDevOpsIsAPlusAsFewModelsShipEvenWhereTheTeamRunsItsOwn() {
        OrgProfile shipping = Companies.telecomLab().toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build();
        for (OrgProfile lab : List.of(Companies.telecomLab(), shipping)) {
            Advice advice = Advisor.recommend(lab);

            assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
            assertFalse(mustHave(advice).contains("skill.devops"));
        }
        assertTrue(niceToHave(Advisor.recommend(Companies.telecomLab())).contains("skill.devops.optional.rnd"));
        // A lab whose models run in production is not told that few of its models get there.
        List<String> shippingPlus = niceToHave(Advisor.recommend(shipping));
        assertTrue(shippingPlus.contains("skill.devops.optional.rnd.shipped"), shippingPlus.toString());
        assertFalse(shippingPlus.contains("skill.devops.optional.rnd"), shippingPlus.toString());
    }

    @Test
    void aLabWhoseProductionModelsNobodyMaintainsIsToldToNameOwnersNotToKeepThem() {
        OrgProfile unmaintained = Companies.telecomLab().toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.NOBODY).build();

        Advice advice = Advisor.recommend(unmaintained);

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertEquals("design.model.rnd.unowned", advice.teamDesign().modelOwnership().message().key());
        String text = advice.teamDesign().modelOwnership().message().text();
        assertTrue(text.contains("nobody maintains them today: name an owner for each now"), text);
        assertFalse(text.contains("keeps an owner"), text);
        // A lab whose models someone maintains keeps them owned, and is told who maintains them.
        Advice maintained = Advisor.recommend(unmaintained.toBuilder().modelMaintainer(ModelMaintainer.ML_TEAM).build());
        assertEquals("design.model.rnd.shipping", maintained.teamDesign().modelOwnership().message().key());
    }

    @Test
    void unmaintainedModelsWithPlatformEngineersOnStaffAreNotToldOneWouldHelp() {
        OrgProfile unmaintained = Companies.saasCompany().toBuilder().modelMaintainer(ModelMaintainer.NOBODY).build();

        Risk without = techDebt(Advisor.recommend(unmaintained));
        Risk with = techDebt(Advisor.recommend(unmaintained.toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 1).build()));

        assertEquals("mitigation.tech-debt", without.mitigation().key());
        assertEquals("mitigation.tech-debt.platform", with.mitigation().key());
        assertTrue(with.mitigation().text().endsWith("the platform engineer on the ML staff can set up that monitoring."),
                with.mitigation().text());
    }

    @Test
    void theModelDesignCitesWhoMaintainsModelsOnlyOnceSomeAreInProduction() {
        // Before the first model ships, any maintainer gives the same design: it decided nothing.
        for (ModelMaintainer maintainer : ModelMaintainer.values()) {
            for (OrgProfile company : List.of(Companies.freightCompany(), Companies.saasCompany())) {
                OrgProfile beforeShipping = company.toBuilder().modelsInProduction(false).modelMaintainer(maintainer).build();

                assertEquals(Set.of("modelsInProduction"), modelDesignFields(beforeShipping), company.name() + " " + maintainer);
            }
        }
        OrgProfile shipped = Companies.saasCompany().toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build();
        assertEquals(Set.of("modelsInProduction", "modelMaintainer"), modelDesignFields(shipped));
    }

    private static Set<String> modelDesignFields(OrgProfile company) {
        return Advisor.recommend(company).teamDesign().modelOwnership().explanation().evidence().stream()
                .filter(e -> e.kind() == Evidence.Kind.PROFILE_FIELD).map(Evidence::name).collect(Collectors.toSet());
    }

    private static Risk techDebt(Advice advice) {
        return advice.risks().stream().filter(r -> r.message().key().equals("risk.tech-debt")).findFirst().orElseThrow();
    }

    @Test
    void thePlatformEngineerInTheRoleMixSaysWhoRunsTheModelsUntilOneJoins() {
        // The hiring plan opens no platform engineer for an embedded team (its engineers own what
        // they deploy, D3): the role mix must not read as an opening the plan forgot.
        Advice advice = Advisor.recommend(Companies.saasCompany());
        RoleTarget platform = advice.teamDesign().roleMix().stream()
                .filter(target -> target.role() == Role.ML_PLATFORM_ENGINEER).findFirst().orElseThrow();

        assertTrue(platform.message().text().contains("until one joins"), platform.message().text());
        // ... and the engineers it does open are the ones who run the models meanwhile.
        assertEquals(List.of("H1.3", "D3"), devOps(advice).explanation().sourceIds());
    }

    @Test
    void platformEngineersOnTheMlStaffStayInTheRoleMix() {
        // The risk's mitigation counts on "the 2 platform engineers on the ML staff" (R2): the role
        // mix must not leave them out.
        OrgProfile staffed = Companies.saasCompany().toBuilder().modelMaintainer(ModelMaintainer.NOBODY)
                .mlStaff(Role.ML_PLATFORM_ENGINEER, 2).build();

        Advice advice = Advisor.recommend(staffed);

        assertTrue(techDebt(advice).mitigation().text().contains("the 2 platform engineers on the ML staff"),
                techDebt(advice).mitigation().text());
        RoleTarget platform = advice.teamDesign().roleMix().stream()
                .filter(target -> target.role() == Role.ML_PLATFORM_ENGINEER).findFirst().orElseThrow();
        assertEquals("roles.situational.platform-engineer.staffed", platform.message().key());
        assertEquals(Emphasis.SUPPORTING, platform.emphasis());
        assertEquals(List.of("2"), platform.message().args());
        assertFalse(platform.message().text().contains("until one joins"), platform.message().text());
        // Whoever maintains the models, and in the singular for one.
        for (ModelMaintainer maintainer : ModelMaintainer.values()) {
            Advice one = Advisor.recommend(staffed.toBuilder().modelMaintainer(maintainer)
                    .mlStaff(Role.ML_PLATFORM_ENGINEER, 1).build());
            RoleTarget target = one.teamDesign().roleMix().stream()
                    .filter(t -> t.role() == Role.ML_PLATFORM_ENGINEER).findFirst().orElseThrow();
            assertTrue(target.message().text().startsWith("The platform engineer on the ML staff brings"),
                    target.message().text());
        }
        // R2 deploys and monitors production systems: with no model in production, the situation
        // calls for no platform role.
        assertFalse(roleMix(Advisor.recommend(staffed.toBuilder().modelsInProduction(false).build()))
                .contains(Role.ML_PLATFORM_ENGINEER));
    }

    @Test
    void whereTheModelsUsersOperateThemDevOpsIsAPlusEvenWhereTheMlTeamRunsProductionToday() {
        // Here the ML team runs its models with no platform engineer: the design still has their
        // users operate them (D4, D5), and the role mix adds a platform engineer.
        OrgProfile bank = Companies.bank().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 0).build();
        OrgProfile startup = Companies.mlStartup().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 0)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build();
        for (OrgProfile company : List.of(bank, startup)) {
            Advice advice = Advisor.recommend(company);

            assertTrue(List.of(Archetype.INDEPENDENT_DIVISION, Archetype.ML_FIRST)
                    .contains(advice.archetype().primary().archetype()), company.name());
            assertFalse(mustHave(advice).contains("skill.devops"), company.name());
            // A division still maintains what its users operate (D4); an ML-first company hands both over (D5).
            assertTrue(niceToHave(advice).contains(company == bank ? "skill.devops.optional.division"
                    : "skill.devops.optional.users"), company.name());
            assertTrue(roleMix(advice).contains(Role.ML_PLATFORM_ENGINEER), company.name());
        }
    }

    private static SkillRequirement devOps(Advice advice) {
        return advice.hiringPlan().positions().stream().flatMap(p -> p.mustHave().stream())
                .filter(s -> s.message().key().equals("skill.devops")).findFirst().orElseThrow();
    }

    private static List<String> keys(List<SkillRequirement> skills) {
        return skills.stream().map(s -> s.message().key()).toList();
    }

    private static List<Role> roleMix(Advice advice) {
        return advice.teamDesign().roleMix().stream().map(RoleTarget::role).toList();
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
