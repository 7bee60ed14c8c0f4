package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The hiring plan does not lead with a role the ML staff already has enough of: a division's ML
 * product managers or an ML-first company's data engineers who already make up the fifth of the
 * grown team their opening would give, and a research lab's researchers with no engineer beside
 * them. One test per rule of hiring.drl that decides it, with the case on either side of it.
 */
class HiringAroundStaffTest {

    /** Each opening as "priority role x count key", for messages that show the whole plan. */
    private static List<String> openings(Advice advice) {
        return advice.hiringPlan().positions().stream()
                .map(p -> p.priority() + " " + p.role() + " x" + p.count() + " " + p.message().key())
                .toList();
    }

    private static Position first(Advice advice) {
        return advice.hiringPlan().positions().get(0);
    }

    private static boolean opens(Advice advice, Role role) {
        return advice.hiringPlan().positions().stream().anyMatch(p -> p.role() == role);
    }

    private static Advice division(int productManagers, int dataEngineers, int plannedHires) {
        OrgProfile profile = Companies.bank().toBuilder()
                .mlStaff(Role.ML_PRODUCT_MANAGER, productManagers).mlStaff(Role.DATA_ENGINEER, dataEngineers)
                .mlStaff(Role.ML_ENGINEER, 5).mlStaff(Role.ML_RESEARCHER, 0).mlStaff(Role.ML_PLATFORM_ENGINEER, 0)
                .plannedHires(plannedHires).build();
        Advice advice = Advisor.recommend(profile);
        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype(), profile.toString());
        return advice;
    }

    private static Advice mlFirst(int dataEngineers, int platformEngineers, int plannedHires) {
        OrgProfile profile = Companies.mlStartup().toBuilder()
                .mlStaff(Role.DATA_ENGINEER, dataEngineers).mlStaff(Role.ML_PLATFORM_ENGINEER, platformEngineers)
                .plannedHires(plannedHires).build();
        Advice advice = Advisor.recommend(profile);
        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype(), profile.toString());
        return advice;
    }

    @Test
    void aDivisionOpensAnMlProductManagerFirst_untilThoseOnStaffMakeUpAFifthOfTheGrownTeam() {
        // 4 of 11 staff, 10 hires: 4 of 21 is 19%, short of a fifth, so the plan still opens product managers.
        Advice short1 = division(4, 2, 10);
        assertEquals(List.of("1 ML_PRODUCT_MANAGER x2 position.division.product-manager",
                "2 ML_RESEARCHER x3 position.division.researcher", "3 ML_ENGINEER x5 position.division.engineer"),
                openings(short1));

        // 5 of 12 staff, 10 hires: 5 of 22 is 22%, so none is opened.
        Advice enough = division(5, 2, 10);
        assertEquals(List.of("1 ML_RESEARCHER x3 position.division.researcher.managers-on-staff",
                "2 ML_ENGINEER x7 position.division.engineer"), openings(enough));
        assertEquals("division hiring: ML product managers already on staff, so researchers and engineers",
                first(enough).explanation().rule());
        assertEquals(List.of("10", "3", "5", "22"), first(enough).message().args());
        assertEquals("First, researchers for the division's long-term projects; no more ML product managers: "
                + "the 5 on staff already make up 22% of the team these hires grow it to (10 hires planned in all).",
                first(enough).message().text());
        Advice chinese = Advisor.recommend(Companies.bank().toBuilder().mlStaff(Role.ML_PRODUCT_MANAGER, 5)
                .mlStaff(Role.DATA_ENGINEER, 2).mlStaff(Role.ML_ENGINEER, 5).mlStaff(Role.ML_RESEARCHER, 0)
                .mlStaff(Role.ML_PLATFORM_ENGINEER, 0).build(), Locale.SIMPLIFIED_CHINESE);
        assertEquals("首先招 3 位研究员，负责部门的长期项目；不再招机器学习产品经理：现有的 5 位已占招聘后团队的 22%（共计划招聘 10 人）。",
                first(chinese).message().text());
    }

    @Test
    void aDivisionWithPlentyOfProductManagersAndTooFewHiresForAResearcherOpensEngineersFirst() {
        Advice advice = division(10, 2, 3);

        assertEquals(List.of("1 ML_ENGINEER x3 position.division.engineer.managers-on-staff"), openings(advice));
        assertTrue(first(advice).message().text().startsWith("First, ML engineers strong in both research and "
                + "engineering; no more ML product managers: the 10 on staff already make up 50% of the team"),
                first(advice).message().text());
    }

    @Test
    void aDivisionWithoutDataEngineersButWithPlentyOfProductManagersStartsItsDataEngineeringFirst() {
        Advice advice = division(10, 0, 10);

        assertEquals(List.of("1 DATA_ENGINEER x1 position.division.data-engineer.managers-on-staff",
                "2 ML_RESEARCHER x3 position.division.researcher", "3 ML_ENGINEER x6 position.division.engineer"),
                openings(advice));
        assertEquals("division hiring: ML product managers already on staff, so the data-engineering function first",
                first(advice).explanation().rule());
        // 10 managers of 15 staff, 10 hires: 40% of the grown team of 25.
        assertEquals(List.of("10", "1", "10", "40"), first(advice).message().args());
        // With too few product managers, the manager still comes first and the data engineer second.
        assertEquals(List.of("1 ML_PRODUCT_MANAGER x2 position.division.product-manager",
                "2 DATA_ENGINEER x1 position.division.data-engineer", "3 ML_RESEARCHER x3 position.division.researcher",
                "4 ML_ENGINEER x4 position.division.engineer"), openings(division(1, 0, 10)));
    }

    @Test
    void anMlFirstCompanyOpensDataEngineersFirst_untilThoseOnStaffMakeUpAFifthOfTheGrownTeam() {
        // The start-up: 8 of 59 staff, 12 hires; a fifth of 71 is 14.
        assertEquals("1 DATA_ENGINEER x2 position.mlfirst.data-engineer", openings(mlFirst(8, 5, 12)).get(0));

        // 20 of 71 staff, 12 hires: a fifth of 83 is 16.
        Advice enough = mlFirst(20, 5, 12);
        assertEquals(List.of("1 ML_RESEARCHER x3 position.mlfirst.researcher.data-engineers-on-staff",
                "2 ML_ENGINEER x9 position.mlfirst.engineer"), openings(enough));
        assertEquals(List.of("12", "3", "20", "24"), first(enough).message().args());
        assertFalse(opens(enough, Role.DATA_ENGINEER));
        // Too few hires for a researcher: the engineers lead, and say why there is no data engineer.
        assertEquals(List.of("1 ML_ENGINEER x3 position.mlfirst.engineer.data-engineers-on-staff"),
                openings(mlFirst(20, 5, 3)));
    }

    @Test
    void anMlFirstCompanyWithoutPlatformEngineersButWithPlentyOfDataEngineersHiresPlatformEngineersFirst() {
        Advice advice = mlFirst(20, 0, 12);

        assertEquals(List.of("1 ML_PLATFORM_ENGINEER x1 position.mlfirst.platform-engineer.data-engineers-on-staff",
                "2 ML_RESEARCHER x3 position.mlfirst.researcher", "3 ML_ENGINEER x8 position.mlfirst.engineer"),
                openings(advice));
        assertEquals("ML-first hiring: data engineers already on staff, so platform engineers first",
                first(advice).explanation().rule());
        // 20 data engineers of 66 staff, 12 hires: 25% of the grown team of 78.
        assertEquals(List.of("12", "1", "20", "25"), first(advice).message().args());
        assertEquals(List.of("1 DATA_ENGINEER x2 position.mlfirst.data-engineer",
                "2 ML_PLATFORM_ENGINEER x1 position.mlfirst.platform-engineer", "3 ML_RESEARCHER x3 position.mlfirst.researcher",
                "4 ML_ENGINEER x6 position.mlfirst.engineer"), openings(mlFirst(8, 0, 12)));
    }

    @Test
    void aLabOfResearchersWithNoEngineersHiresEngineersFirst_aLabWithSomeStillLeadsWithResearchers() {
        OrgProfile noEngineers = Companies.telecomLab().toBuilder().mlStaff(Role.ML_ENGINEER, 0).build();
        Advice advice = Advisor.recommend(noEngineers);

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertEquals(List.of("1 ML_ENGINEER x2 position.rnd.engineer.first",
                "2 ML_RESEARCHER x3 position.rnd.researcher.after-engineers"), openings(advice));
        assertEquals("R&D hiring: researchers with no engineers, so engineers first", first(advice).explanation().rule());
        assertEquals("First, ML engineers who can turn research results into working systems: the 12 researchers on "
                + "staff have no ML engineer to do that yet (5 hires planned in all).", first(advice).message().text());

        // Platform engineers deploy and run models (R2); they are not the engineers the researchers
        // lack, and the role mix of the same report names them, so the text must not say "no engineer".
        OrgProfile platformOnly = noEngineers.toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 3).modelsInProduction(true).build();
        Advice withPlatform = Advisor.recommend(platformOnly);
        assertEquals("R&D hiring: researchers with no engineers, so engineers first", first(withPlatform).explanation().rule());
        assertTrue(first(withPlatform).message().text().contains("the 12 researchers on staff have no ML engineer to do that yet"),
                first(withPlatform).message().text());
        assertEquals("首先招 2 位能把研究成果变成可运行系统的机器学习工程师：现有的 12 位研究员身边还没有机器学习工程师来做这件事（共计划招聘 5 人）。",
                first(Advisor.recommend(platformOnly, Locale.SIMPLIFIED_CHINESE)).message().text());

        // The lab with two engineers, and a lab with no researcher yet, lead with a researcher. (A lab
        // with nobody at all classifies as nascent, so the one without researchers has an engineer.)
        assertEquals(List.of("1 ML_RESEARCHER x3 position.rnd.researcher", "2 ML_ENGINEER x2 position.rnd.engineer"),
                openings(Advisor.recommend(Companies.telecomLab())));
        Advice noResearchers = Advisor.recommend(Companies.telecomLab().toBuilder().mlStaff(Role.ML_RESEARCHER, 0).build());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, noResearchers.archetype().primary().archetype());
        assertEquals("1 ML_RESEARCHER x3 position.rnd.researcher", openings(noResearchers).get(0));
    }

    /**
     * The three thresholds the tests above only probe far from the line, each on either side of it:
     * one fewer on staff keeps the first opening, a fifth of staff plus hires (not rounded) drops it.
     */
    @Test
    void eachStaffThresholdHoldsAtTheLine() {
        // Division without data engineers, 10 hires: 4 of 19 is 21%; 3 of 18 is 16%.
        assertEquals("1 DATA_ENGINEER x1 position.division.data-engineer.managers-on-staff", openings(division(4, 0, 10)).get(0));
        assertEquals("1 ML_PRODUCT_MANAGER x2 position.division.product-manager", openings(division(3, 0, 10)).get(0));
        // ML-first with platform engineers, 12 hires: 16 of 79 is 20%; 15 of 78 is 19%.
        assertEquals("1 ML_RESEARCHER x3 position.mlfirst.researcher.data-engineers-on-staff", openings(mlFirst(16, 5, 12)).get(0));
        assertEquals("1 DATA_ENGINEER x2 position.mlfirst.data-engineer", openings(mlFirst(15, 5, 12)).get(0));
        // ML-first without platform engineers, 12 hires: 15 of 73 is 20%; 14 of 72 is 19%.
        assertEquals("1 ML_PLATFORM_ENGINEER x1 position.mlfirst.platform-engineer.data-engineers-on-staff",
                openings(mlFirst(15, 0, 12)).get(0));
        assertEquals("1 DATA_ENGINEER x2 position.mlfirst.data-engineer", openings(mlFirst(14, 0, 12)).get(0));
        // Exactly 20% is enough, in each pair: 3 of 15, 5 of 25, 13 of 65, 12 of 60.
        assertEquals("1 ML_RESEARCHER x1 position.division.researcher.managers-on-staff", openings(division(3, 2, 5)).get(0));
        assertEquals("1 DATA_ENGINEER x2 position.division.data-engineer.managers-on-staff", openings(division(5, 0, 15)).get(0));
        assertEquals("1 ML_ENGINEER x1 position.mlfirst.engineer.data-engineers-on-staff", openings(mlFirst(13, 5, 1)).get(0));
        assertEquals("1 ML_PLATFORM_ENGINEER x1 position.mlfirst.platform-engineer.data-engineers-on-staff",
                openings(mlFirst(12, 0, 2)).get(0));
        // A lab with a single ML engineer beside its researchers still leads with a researcher.
        Advice oneEngineer = Advisor.recommend(Companies.telecomLab().toBuilder().mlStaff(Role.ML_ENGINEER, 1).build());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, oneEngineer.archetype().primary().archetype());
        assertEquals("1 ML_RESEARCHER x3 position.rnd.researcher", openings(oneEngineer).get(0));
    }
}
