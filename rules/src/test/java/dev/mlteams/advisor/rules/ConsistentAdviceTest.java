package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.AssessmentType;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import dev.mlteams.advisor.vocabulary.SourcingChannel;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Advice that neither contradicts the profile it was given nor itself, for the cases a domain
 * review of the default rules found: each profile here once got advice the knowledge does not
 * support.
 */
class ConsistentAdviceTest {

    private static List<String> keys(Advice advice) {
        return advice.items().stream().map(Explained::message).map(m -> m.key()).toList();
    }

    private static List<String> ruleNames(Advice advice) {
        return advice.trace().stream().map(fired -> fired.rule()).toList();
    }

    private static void assertNoVoteForTheCeoOrTheTopReportingLine(Advice advice) {
        assertFalse(ruleNames(advice).contains("vote ML-first: the CEO invests in ML"), ruleNames(advice).toString());
        assertFalse(ruleNames(advice).contains("vote division: ML reports to senior leadership"),
                ruleNames(advice).toString());
    }

    @Test
    void aTieAtTheTopIsSaid_andGoesToTheArchetypeListedFirst() {
        // A research lab whose people report to a team's engineering lead: R&D 3, embedded 3.
        OrgProfile tied = OrgProfile.builder().name("Lab Bank").industry(Industry.FINANCIAL_SERVICES).headcount(300)
                .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 3).build();

        var assessment = Advisor.recommend(tied).archetype();

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, assessment.primary().archetype());
        assertEquals("The top score is a tie: research-and-development ML and product-embedded ML score 3 of 7"
                + " evidence points each; the tie goes to research-and-development ML, listed first in the article, as"
                + " the more modest reading of the evidence.", assessment.primary().message().text());
        assertEquals("It scores as much for product-embedded ML (3 points), so treat it as a mix of"
                + " research-and-development ML and product-embedded ML.",
                assessment.alternative().orElseThrow().message().text());
        String chinese = Advisor.recommend(tied, Locale.SIMPLIFIED_CHINESE).archetype().primary().message().text();
        assertTrue(chinese.startsWith("“研发型机器学习”与“嵌入产品型机器学习”得分相同：证据共计 7 分，各得 3 分；"
                + "平分时取文中先列出的“研发型机器学习”"), chinese);
        // Three tied: the first two are named, and the third is counted.
        OrgProfile threeTied = OrgProfile.builder().name("Three Ways").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(300).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .ceoInvestsInMl(true).leadershipUnderstanding(LeadershipUnderstanding.LOW)
                .mlStaff(Role.ML_ENGINEER, 3).build();
        assertEquals("The top score is a tie: product-embedded ML, independent ML division and one other archetype"
                + " score 3 of 10 evidence points each; the tie goes to product-embedded ML, listed first in the"
                + " article, as the more modest reading of the evidence.",
                Advisor.recommend(threeTied).archetype().primary().message().text());
        assertTrue(Advisor.recommend(threeTied, Locale.SIMPLIFIED_CHINESE).archetype().primary().message().text()
                .startsWith("“嵌入产品型机器学习”与“独立机器学习部门”及另一种类型得分相同"));
        // Four tied: the first two are named, and the other two are counted.
        OrgProfile fourTied = threeTied.toBuilder().name("Four Ways").publishesResearch(true)
                .mlStaff(Role.ML_RESEARCHER, 4).build();
        assertEquals("The top score is a tie: research-and-development ML, product-embedded ML and 2 other archetypes"
                + " score 3 of 12 evidence points each; the tie goes to research-and-development ML, listed first in"
                + " the article, as the more modest reading of the evidence.",
                Advisor.recommend(fourTied).archetype().primary().message().text());
        assertTrue(Advisor.recommend(fourTied, Locale.SIMPLIFIED_CHINESE).archetype().primary().message().text()
                .startsWith("“研发型机器学习”与“嵌入产品型机器学习”及另外 2 种类型得分相同"));
        // A runner-up with fewer points is a mix by the half-score rule, in those words.
        String fewer = Advisor.recommend(tied.toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build()).archetype().alternative().orElseThrow().message().text();
        assertTrue(fewer.startsWith("It also shows signs of research-and-development ML (3 points, at least half as"
                + " many as product-embedded ML)"), fewer);
    }

    @Test
    void aCompanyWhereNobodyWorksOnMlIsNascent_whateverItsStructureScores() {
        OrgProfile emptyDivision = OrgProfile.builder().name("Shelf Co").industry(Industry.RETAIL).headcount(300)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CEO).ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).plannedHires(4).build();

        Advice advice = Advisor.recommend(emptyDivision);

        // ML-first scores more (the CEO, the home, leaders) than nascent, but nobody does ML yet (A1).
        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals("archetype.primary.no-ml-staff", advice.archetype().primary().message().key());
        assertEquals(List.of("A1"), advice.archetype().primary().explanation().sourceIds());
        // Nascent's own points of all the points cast (ML-first 7, division 2, nascent 3), not the other way round.
        assertEquals(List.of("3", "12"), advice.archetype().primary().message().args());
        assertTrue(advice.archetype().primary().message().text().endsWith("nascent scores 3 of 12 evidence points."),
                advice.archetype().primary().message().text());
        String chinese = Advisor.recommend(emptyDivision, Locale.SIMPLIFIED_CHINESE).archetype().primary().message().text();
        assertTrue(chinese.endsWith("证据共计 12 分，起步期得到 3 分。"), chinese);
        // A structure without people is not a mix of two archetypes.
        assertTrue(advice.archetype().alternative().isEmpty(), advice.archetype().toString());
        assertFalse(keys(advice).contains("design.model.mlfirst"), keys(advice).toString());
        assertTrue(keys(advice).contains("warning.home-without-staff"), keys(advice).toString());
    }

    @Test
    void anEmptyGroupTiedWithNascentIsNoMixEither() {
        OrgProfile emptyTeams = OrgProfile.builder().name("Shelf Co").industry(Industry.RETAIL).headcount(400)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.NO_ONE).build();

        Advice advice = Advisor.recommend(emptyTeams);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertTrue(advice.archetype().alternative().isEmpty(), advice.archetype().toString());
        assertFalse(keys(advice).contains("practice.mixed-organisation"), keys(advice).toString());
    }

    @Test
    void anEmptyDivisionIsToldToStaffIt_notToMoveItSideways_andItsDeclaredArchetypeIsAnswered() {
        OrgProfile emptyDivision = OrgProfile.builder().name("Vault Bank").industry(Industry.FINANCIAL_SERVICES)
                .headcount(5000).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).ceoInvestsInMl(true)
                .declaredArchetype(Archetype.INDEPENDENT_DIVISION).build();

        Advice advice = Advisor.recommend(emptyDivision);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(List.of("roadmap.staff-the-home"), advice.roadmap().steps().stream()
                .map(step -> step.message().key()).filter(key -> key.endsWith(".home")
                        || key.equals("roadmap.embedded.reporting") || key.equals("roadmap.staff-the-home")).toList());
        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.roadmap().steps().stream()
                .filter(step -> step.message().key().equals("roadmap.staff-the-home")).findFirst().orElseThrow().target());
        // The declaration is answered: nobody works on ML, so the advice is for nascent.
        assertTrue(keys(advice).contains("warning.declared-archetype-without-staff"), keys(advice).toString());
        assertFalse(keys(advice).contains("warning.declared-archetype"), keys(advice).toString());
    }

    @Test
    void aCeoBackingAnAdHocTeamDoesNotMakeItMlFirst() {
        OrgProfile adHoc = OrgProfile.builder().name("Small Soft").industry(Industry.SOFTWARE_AND_INTERNET).headcount(40)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CEO).mlStaff(Role.ML_ENGINEER, 3)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).plannedHires(2).build();

        Advice advice = Advisor.recommend(adHoc);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        // Nor does a manager at the top make a lone team an independent division.
        assertNoVoteForTheCeoOrTheTopReportingLine(advice);
    }

    @Test
    void anAdHocTeamReportingToTheCtoIsToldToKeepThatSponsor_notToMixItWithADivision() {
        OrgProfile adHoc = OrgProfile.builder().name("Corner Shop").industry(Industry.RETAIL).headcount(300)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 2).plannedHires(3)
                .build();

        Advice advice = Advisor.recommend(adHoc);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(ReportingLine.CTO, advice.teamDesign().reportingLine().recommended());
        assertTrue(advice.archetype().alternative().isEmpty(), advice.archetype().toString());
        assertFalse(keys(advice).contains("practice.mixed-organisation"), keys(advice).toString());
    }

    @Test
    void aResearchLabThatOwnsTheDataPlatformIsNotWarnedThatDataIsHardToGet_norToldToExpectNoAccess() {
        OrgProfile lab = OrgProfile.builder().name("Signal Labs").industry(Industry.TELECOM).headcount(30000)
                .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.RESEARCH_HEAD)
                .mlStaff(Role.ML_RESEARCHER, 12).mlStaff(Role.ML_ENGINEER, 2).publishesResearch(true)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).dataEngineeringFunction(true).plannedHires(2).build();

        Advice owning = Advisor.recommend(lab);
        Advice poor = Advisor.recommend(lab.toBuilder().dataAccess(DataAccess.POOR).build());

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, owning.archetype().primary().archetype());
        assertFalse(keys(owning).contains("risk.rnd.data"), keys(owning).toString());
        assertTrue(keys(poor).contains("risk.rnd.data"), keys(poor).toString());
        // Nor told to expect no access to data it reaches, nor to agree access with itself: the
        // usual R&D design, said as such.
        assertEquals("design.data.rnd.platform", owning.teamDesign().dataOwnership().message().key());
        // The stance, which the report's diagram shows, says what the text says: the lab owns the data.
        assertEquals(DataOwnership.OWNS_COMPANY_DATA, owning.teamDesign().dataOwnership().stance());
        assertEquals(DataOwnership.NO_CONTROL, poor.teamDesign().dataOwnership().stance());
        assertFalse(owning.teamDesign().dataOwnership().message().text().contains("data owners"));
        assertEquals("design.data.rnd.reachable", Advisor.recommend(lab.toBuilder().dataAccess(DataAccess.SELF_SERVE)
                .build()).teamDesign().dataOwnership().message().key());
        assertEquals("design.data.rnd", poor.teamDesign().dataOwnership().message().key());
    }

    @Test
    void aResearchLabWhoseModelsShipIsNotToldToTakeAResultToProductionAsIfNoneHad() {
        OrgProfile shipping = Companies.telecomLab().toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build();

        String mitigation = Advisor.recommend(shipping).risks().stream()
                .filter(risk -> risk.message().key().equals("risk.rnd.value")).findFirst().orElseThrow().mitigation().key();

        assertEquals("mitigation.rnd.value.shipped", mitigation);
        assertEquals("mitigation.rnd.value", Advisor.recommend(Companies.telecomLab()).risks().stream()
                .filter(risk -> risk.message().key().equals("risk.rnd.value")).findFirst().orElseThrow().mitigation().key());
    }

    @Test
    void mlThatKeepsItsLineToTheCtoOrCeoIsNotToldToTakeComputeToSeniorLeadership() {
        OrgProfile freight = Companies.freightCompany();
        OrgProfile scarceBank = Companies.bank().toBuilder().computeAccess(ComputeAccess.SCARCE).build();
        // Nascent keeps a CTO line; a division keeps a CTO or CEO line.
        for (OrgProfile company : List.of(freight.toBuilder().mlReportsTo(ReportingLine.CTO).build(), scarceBank,
                scarceBank.toBuilder().mlReportsTo(ReportingLine.CEO).build())) {
            var compute = computeRisk(Advisor.recommend(company));

            // A4's senior leader is already ML's own line: the mitigation uses it and says so.
            assertEquals("mitigation.compute.sponsor", compute.mitigation().key(), company.mlReportsTo().toString());
            assertEquals(List.of(company.mlReportsTo().toString()), compute.mitigation().args());
            assertTrue(compute.explanation().evidence().stream().anyMatch(e -> e.name().equals("mlReportsTo")),
                    compute.explanation().toString());
        }
        // A nascent team reporting to the CEO is advised to move to the CTO: not told to use the CEO's budget.
        assertEquals("mitigation.compute", computeRisk(Advisor.recommend(freight.toBuilder()
                .mlReportsTo(ReportingLine.CEO).build())).mitigation().key());
        assertEquals("mitigation.compute", computeRisk(Advisor.recommend(freight)).mitigation().key());
    }

    @Test
    void aLabAdvisedToKeepItsHeadOfResearchStillTakesScarceComputeToSeniorLeadership() {
        OrgProfile scarceLab = Companies.telecomLab().toBuilder().computeAccess(ComputeAccess.SCARCE).build();

        Advice advice = Advisor.recommend(scarceLab);

        // Neither the CTO nor the CEO is ML's line or the advised one, so no leader's budget is named.
        assertEquals(ReportingLine.RESEARCH_HEAD, advice.teamDesign().reportingLine().recommended());
        var compute = computeRisk(advice);
        assertEquals("risk: scarce compute outside the embedded archetype", compute.explanation().rule());
        assertEquals(List.of("H4.1", "A4"), compute.explanation().sourceIds());
        assertEquals("mitigation.compute", compute.mitigation().key());
        assertEquals("Take the compute need to senior leadership, who can marshal the budget.",
                compute.mitigation().text());
        assertEquals("[computeAccess=SCARCE]", compute.explanation().evidence().toString());
        // Compute the lab has is no risk.
        assertFalse(keys(Advisor.recommend(Companies.telecomLab())).contains("risk.compute"));
    }

    private static dev.mlteams.advisor.advice.Risk computeRisk(Advice advice) {
        return advice.risks().stream().filter(risk -> risk.message().key().equals("risk.compute")).findFirst()
                .orElseThrow(() -> new AssertionError(keys(advice).toString()));
    }

    @Test
    void aLargeAdHocOrganisationIsNotDescribedAsAFewPeopleWithNoDataEngineers() {
        // Nascent on its ad-hoc home alone: 55 people, data engineers among them, models that a
        // software team maintains.
        OrgProfile adHoc = OrgProfile.builder().name("Scattered").industry(Industry.RETAIL).headcount(5000)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.PRODUCT_OR_BUSINESS_LEAD)
                .mlStaff(Role.ML_ENGINEER, 30).mlStaff(Role.DATA_SCIENTIST, 20).mlStaff(Role.DATA_ENGINEER, 5)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).dataEngineeringFunction(true)
                .plannedHires(4).build();

        Advice advice = Advisor.recommend(adHoc);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        // D1 has the builders own their models: with a software team maintaining them, take them over.
        assertEquals("design.model.nascent.take-over", advice.teamDesign().modelOwnership().message().key());
        assertEquals(List.of("SOFTWARE_TEAM"), advice.teamDesign().modelOwnership().message().args());
        assertFalse(advice.teamDesign().modelOwnership().message().text().contains("few"));
        // Who takes over is named: "them" could be read as today's maintainer.
        assertTrue(advice.teamDesign().modelOwnership().message().text()
                .contains("a software team, so plan for the ML people to take it over"),
                advice.teamDesign().modelOwnership().message().text());
        assertFalse(advice.teamDesign().reportingLine().message().text().contains("first ML people"));
        // Five data engineers on staff are not a role to add later.
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals(Emphasis.SUPPORTING, dataEngineers.emphasis());
        assertEquals("roles.nascent.data-engineer.staffed", dataEngineers.message().key());
        assertEquals(List.of("5"), dataEngineers.message().args());

        OrgProfile unmaintained = adHoc.toBuilder().modelMaintainer(ModelMaintainer.NOBODY).build();
        assertEquals("design.model.nascent.unowned",
                Advisor.recommend(unmaintained).teamDesign().modelOwnership().message().key());
    }

    @Test
    void aNascentTeamThatRunsTheDataPlatformAndHasShippedIsNotToldToWaitForItsFirstModels() {
        OrgProfile shipped = OrgProfile.builder().name("Platformers").industry(Industry.RETAIL).headcount(400)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 2)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).build();

        Advice advice = Advisor.recommend(shipped);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals("design.data.nascent.platform.shipped", advice.teamDesign().dataOwnership().message().key());
        assertEquals(DataOwnership.OWNS_COMPANY_DATA, advice.teamDesign().dataOwnership().stance());
        assertEquals("design.data.nascent.platform", Advisor.recommend(shipped.toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build()).teamDesign().dataOwnership().message().key());
    }

    @Test
    void aNascentCompanyWhoseLeadersBackMlIsNotToldItGetsLittleSupport() {
        OrgProfile backed = OrgProfile.builder().name("Backed").industry(Industry.SOFTWARE_AND_INTERNET).headcount(200)
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).plannedHires(3).build();
        OrgProfile understood = Companies.freightCompany().toBuilder()
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).build();

        for (OrgProfile company : List.of(backed, understood)) {
            Advice advice = Advisor.recommend(company);

            assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype(), company.name());
            assertFalse(keys(advice).contains("risk.nascent.support"), keys(advice).toString());
            assertTrue(keys(advice).contains("risk.nascent.support.backed"), keys(advice).toString());
        }
        assertTrue(keys(Advisor.recommend(Companies.freightCompany())).contains("risk.nascent.support"));
    }

    @Test
    void rolesAlreadyOnStaffAreNotALaterStep() {
        Advice embedded = Advisor.recommend(Companies.saasCompany().toBuilder().mlStaff(Role.ML_RESEARCHER, 3).build());
        Advice lab = Advisor.recommend(Companies.telecomLab().toBuilder().mlStaff(Role.DATA_ENGINEER, 3).build());

        assertEquals(Archetype.PRODUCT_EMBEDDED, embedded.archetype().primary().archetype());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, lab.archetype().primary().archetype());
        var researchers = roleTarget(embedded, Role.ML_RESEARCHER);
        var dataEngineers = roleTarget(lab, Role.DATA_ENGINEER);
        assertEquals(Emphasis.SUPPORTING, researchers.emphasis());
        assertEquals("roles.embedded.researcher.staffed", researchers.message().key());
        assertEquals(Emphasis.SUPPORTING, dataEngineers.emphasis());
        assertEquals("roles.rnd.data-engineer.staffed", dataEngineers.message().key());
        // Without them, they stay a later step.
        assertEquals(Emphasis.LATER, roleTarget(Advisor.recommend(Companies.saasCompany()), Role.ML_RESEARCHER).emphasis());
    }

    @Test
    void embeddedDataEngineersOnTheMlStaffAreNotPlacedInAPartnerTeam() {
        OrgProfile ownDataEngineers = Companies.saasCompany().toBuilder().mlStaff(Role.DATA_ENGINEER, 4).build();
        OrgProfile partnerDataEngineers = Companies.saasCompany().toBuilder().mlStaff(Role.DATA_ENGINEER, 0).build();

        Advice withOwn = Advisor.recommend(ownDataEngineers);
        Advice withPartner = Advisor.recommend(partnerDataEngineers);
        assertEquals(Archetype.PRODUCT_EMBEDDED, withOwn.archetype().primary().archetype());
        assertEquals(Archetype.PRODUCT_EMBEDDED, withPartner.archetype().primary().archetype());
        var own = roleTarget(withOwn, Role.DATA_ENGINEER);
        var partner = roleTarget(withPartner, Role.DATA_ENGINEER);

        assertEquals("roles.embedded.data-engineer.staffed", own.message().key());
        assertEquals(List.of("4"), own.message().args());
        assertFalse(own.message().text().contains("partner team"), own.message().text());
        assertEquals(Emphasis.SUPPORTING, own.emphasis());
        assertEquals("roles.embedded.data-engineer", partner.message().key());
        assertEquals(Emphasis.SUPPORTING, partner.emphasis());
    }

    @Test
    void anEmbeddedTeamThatRunsTheDataPlatformIsNotToldItsDataEngineersSitInAPartnerTeam() {
        OrgProfile platform = Companies.saasCompany().toBuilder().dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                .mlStaff(Role.DATA_ENGINEER, 0).build();

        Advice advice = Advisor.recommend(platform);

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals("roles.embedded.data-engineer.platform", dataEngineers.message().key());
        assertFalse(dataEngineers.message().text().contains("partner team"), dataEngineers.message().text());
        assertEquals(Emphasis.SUPPORTING, dataEngineers.emphasis());
        assertTrue(dataEngineers.explanation().evidence().contains(Evidence.profileField("dataAccess", "OWNS_DATA_PLATFORM")),
                dataEngineers.explanation().toString());
        // Where the data platform is someone else's, the partner team stays.
        assertEquals("roles.embedded.data-engineer", roleTarget(Advisor.recommend(platform.toBuilder()
                .dataAccess(DataAccess.SELF_SERVE).build()), Role.DATA_ENGINEER).message().key());
    }

    @Test
    void anEmbeddedCompanyWithNoDataEngineersAnywhereIsNotToldTheySitInAPartnerTeam() {
        OrgProfile noFunction = Companies.saasCompany().toBuilder().dataEngineeringFunction(false).build();

        Advice advice = Advisor.recommend(noFunction);

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals("roles.embedded.data-engineer.none", dataEngineers.message().key());
        assertFalse(dataEngineers.message().text().contains("partner team"), dataEngineers.message().text());
        assertTrue(dataEngineers.message().text().contains("find or hire one"), dataEngineers.message().text());
        assertTrue(dataEngineers.explanation().evidence().contains(Evidence.profileField("dataEngineeringFunction", "false")),
                dataEngineers.explanation().toString());
        // The data design says the same of that company.
        assertEquals("design.data.embedded.no-data-engineers", advice.teamDesign().dataOwnership().message().key());
    }

    @Test
    void aNascentTeamWithModelsInProductionIsNotToldItsDataEngineerWaitsForTheFirstModels() {
        OrgProfile shipped = Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).build();

        Advice advice = Advisor.recommend(shipped);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals("roles.nascent.data-engineer.models-shipped", dataEngineers.message().key());
        assertFalse(dataEngineers.message().text().contains("first models"), dataEngineers.message().text());
        // A later step, as the plan opens ML engineers first: not "soon" beside "later".
        assertEquals(Emphasis.LATER, dataEngineers.emphasis());
        assertFalse(dataEngineers.message().text().contains("soon"), dataEngineers.message().text());
        assertTrue(dataEngineers.explanation().evidence().contains(Evidence.profileField("modelsInProduction", "true")),
                dataEngineers.explanation().toString());
        // Before any model ships, the data engineer waits for the first ones.
        assertEquals("roles.nascent.data-engineer", roleTarget(Advisor.recommend(shipped.toBuilder()
                .modelsInProduction(false).modelMaintainer(ModelMaintainer.NOBODY).build()), Role.DATA_ENGINEER).message().key());
    }

    /** The role mix's place for {@code role}. */
    private static RoleTarget roleTarget(Advice advice, Role role) {
        return advice.teamDesign().roleMix().stream().filter(t -> t.role() == role).findFirst().orElseThrow();
    }

    /** The hiring plan's first opening for {@code role}. */
    private static Position opening(Advice advice, Role role) {
        return advice.hiringPlan().positions().stream().filter(p -> p.role() == role).findFirst().orElseThrow();
    }

    @Test
    void oneDataEngineerOrResearcherOnStaffIsNotTalkedOfInThePlural() {
        Advice lab = Advisor.recommend(Companies.telecomLab().toBuilder().mlStaff(Role.DATA_ENGINEER, 1).build());
        Advice embedded = Advisor.recommend(Companies.saasCompany().toBuilder().mlStaff(Role.DATA_ENGINEER, 1)
                .mlStaff(Role.ML_RESEARCHER, 1).build());
        Advice nascent = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.DATA_ENGINEER, 1).build());

        assertEquals(Archetype.NASCENT, nascent.archetype().primary().archetype());
        assertTrue(lab.teamDesign().dataOwnership().message().text().contains("the team has a data engineer of its own,"),
                lab.teamDesign().dataOwnership().message().text());
        List<String> staffed = Stream.of(lab, embedded, nascent)
                .flatMap(advice -> advice.teamDesign().roleMix().stream())
                .filter(target -> target.message().key().contains(".staffed"))
                .map(target -> target.message().text()).toList();
        assertEquals(List.of(
                "The data engineer the team already has makes good data easier to get; keep data engineering close to the research.",
                "The data engineer on the ML staff builds the pipelines with the ML engineers; the data itself usually stays with the teams that produce it.",
                "The researcher already on staff needs solid engineering skills too, since everyone here ships what they build.",
                "The data engineer already on staff can have reliable pipelines ready for the first models; keep data engineering close to the ML work."),
                staffed);
        // In Chinese the count stands beside the noun, and no pronoun speaks of "them".
        List<String> chinese = Stream.of(Companies.telecomLab().toBuilder().mlStaff(Role.DATA_ENGINEER, 1).build(),
                        Companies.freightCompany().toBuilder().mlStaff(Role.DATA_ENGINEER, 1).build())
                .map(company -> Advisor.defaults().advise(company, Locale.SIMPLIFIED_CHINESE))
                .flatMap(advice -> Stream.concat(Stream.of(advice.teamDesign().dataOwnership().message()),
                        advice.teamDesign().roleMix().stream().map(target -> target.message())))
                .filter(message -> message.key().contains(".staffed") || message.key().endsWith(".own-data-engineers"))
                .map(message -> message.text()).toList();
        assertEquals(3, chinese.size(), chinese.toString());
        chinese.forEach(text -> assertTrue(text.contains("（1 人）") && !text.contains("他们"), text));
    }

    @Test
    void theDivisionsResearchDepthCheckDoesNotPointBackToACheckListedAfterIt() {
        // Checks are listed by their first source and then key, so the research-depth check comes first.
        for (Locale language : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<String> strengths = Advisor.defaults().advise(Companies.bank(), language).hiringPlan().interviewLoops()
                    .stream().filter(loop -> loop.role() == Role.ML_ENGINEER).flatMap(loop -> loop.strengths().stream())
                    .map(check -> check.message().text()).toList();

            assertEquals(language == Locale.ENGLISH
                    ? List.of("Probe research depth through how they chose, adapted and judged methods in past work: the"
                            + " division needs engineers who are strong in research too.",
                            "Confirm they are a generalist with solid software engineering.")
                    : List.of("从候选人过去如何选择、改造和评判方法，考察其研究深度；部门需要研究能力同样过硬的工程师。",
                            "确认候选人是具备扎实软件工程能力的多面手。"), strengths);
        }
    }

    @Test
    void aReportingLineThatIsKeptClaimsNoHomeTheProfileDoesNotGive() {
        // Embedded by the reporting line and the shipped models, though the people sit in a research lab.
        OrgProfile labTeam = OrgProfile.builder().name("Lab Team").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(300).mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 4).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).build();
        // A division by its product manager, reporting line and industry, though the people sit in a research lab.
        OrgProfile labDivision = OrgProfile.builder().name("Lab Division").industry(Industry.FINANCIAL_SERVICES)
                .headcount(5000).mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.CTO)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 1).mlStaff(Role.ML_ENGINEER, 5).mlStaff(Role.ML_RESEARCHER, 2).build();

        Advice embedded = Advisor.recommend(labTeam);
        Advice division = Advisor.recommend(labDivision);

        assertEquals(Archetype.PRODUCT_EMBEDDED, embedded.archetype().primary().archetype());
        assertEquals("Keep ML people reporting to a product team's engineering lead, as they do today; they belong"
                + " inside that team.", embedded.teamDesign().reportingLine().message().text());
        assertEquals(Archetype.INDEPENDENT_DIVISION, division.archetype().primary().archetype());
        assertEquals("ML already reports directly to senior leadership: keep that line to the CTO.",
                division.teamDesign().reportingLine().message().text());
    }

    @Test
    void peopleAlreadyOnTheMlStaffAreInTheRoleMix() {
        // Platform engineers are named once models run in production (R2): see ProductionOwnershipTest.
        List<Role> roles = Stream.of(Role.values()).filter(r -> r != Role.ML_PLATFORM_ENGINEER).toList();
        for (OrgProfile company : List.of(Companies.freightCompany(), Companies.telecomLab(), Companies.saasCompany(),
                Companies.bank(), Companies.mlStartup())) {
            for (Role role : roles) {
                Advice advice = Advisor.recommend(company.toBuilder().mlStaff(role, 3).build());

                assertTrue(advice.teamDesign().roleMix().stream().anyMatch(t -> t.role() == role),
                        company.name() + " with 3 " + role + ": " + advice.teamDesign().roleMix());
            }
        }
        // A nascent team's researchers and product manager, with their numbers.
        Advice nascent = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_RESEARCHER, 12)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 1).build());
        assertEquals(Archetype.NASCENT, nascent.archetype().primary().archetype());
        assertEquals(List.of("roles.situational.product-manager.staffed", "roles.situational.researcher.staffed"),
                nascent.teamDesign().roleMix().stream().map(t -> t.message().key()).filter(k -> k.contains("situational"))
                        .toList());
        assertTrue(nascent.teamDesign().roleMix().stream().anyMatch(t -> t.message().text()
                .startsWith("The 12 ML researchers already on staff can take")), nascent.teamDesign().roleMix().toString());
        assertTrue(nascent.teamDesign().roleMix().stream().anyMatch(t -> t.message().text()
                .startsWith("The ML product manager already on staff plans")), nascent.teamDesign().roleMix().toString());
        // Every verb agrees with the count, the last one too.
        Advice twoManagers = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 1)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 2).build());
        assertTrue(twoManagers.teamDesign().roleMix().stream().anyMatch(t -> t.message().text().equals(
                "The 2 ML product managers already on staff plan the ML work with the business and its users, and set its"
                        + " priorities.")), twoManagers.teamDesign().roleMix().toString());
    }

    @Test
    void itemsTheDataEngineeringFunctionDoesNotDecideDoNotCiteIt() {
        // The embedded practice is given whatever the function: it is no evidence for it. (The
        // division's data design now depends on it: see the test of a division that keeps its function.)
        for (boolean function : List.of(true, false)) {
            Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder().dataEngineeringFunction(function).build());
            List<Explained> items = DeepChecks.everyExplainedItem(advice).stream()
                    .filter(item -> item.message().key().equals("collab.data-partnership"))
                    .toList();

            assertEquals(1, items.size(), "function " + function);
            assertFalse(items.get(0).explanation().evidence().stream()
                    .anyMatch(e -> e.name().contains("dataEngineeringFunction")),
                    items.get(0).explanation().evidence().toString());
        }
    }

    @Test
    void aDivisionWhoseCompanyHasADataEngineeringFunctionIsNotToldToStartOne() {
        OrgProfile withFunction = Companies.bank().toBuilder().mlStaff(Role.DATA_ENGINEER, 0).build();
        OrgProfile plentyOfManagers = withFunction.toBuilder().mlStaff(Role.ML_PRODUCT_MANAGER, 12).build();

        for (OrgProfile division : List.of(withFunction, plentyOfManagers)) {
            Advice advice = Advisor.recommend(division);

            // The design keeps the company's function strong; the openings do not start another.
            assertEquals("design.data.division.function", advice.teamDesign().dataOwnership().message().key());
            Position dataEngineers = opening(advice, Role.DATA_ENGINEER);
            assertTrue(dataEngineers.message().text().contains("for the division's own data pipelines"),
                    dataEngineers.message().text());
            assertFalse(dataEngineers.message().text().contains("function"), dataEngineers.message().text());
            assertFalse(opening(Advisor.recommend(division, Locale.SIMPLIFIED_CHINESE), Role.DATA_ENGINEER).message().text()
                    .contains("建立"), division.toString());
        }
    }

    @Test
    void aLabReportingToACeoWhoInvestsInMlKeepsThatSponsor_whichTheRoadmapToADivisionCountsAsMet() {
        OrgProfile underCeo = Companies.telecomLab().toBuilder().mlReportsTo(ReportingLine.CEO).ceoInvestsInMl(true).build();

        Advice advice = Advisor.recommend(underCeo);

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertEquals(ReportingLine.CEO, advice.teamDesign().reportingLine().recommended());
        assertEquals("reporting.rnd.ceo", advice.teamDesign().reportingLine().message().key());
        assertTrue(advice.roadmap().steps().stream().noneMatch(s -> s.field().equals("mlReportsTo")),
                advice.roadmap().toString());
        // A CEO who does not invest in ML is no sponsor of it: the head of research, as A2 has it.
        assertEquals(ReportingLine.RESEARCH_HEAD, Advisor.recommend(underCeo.toBuilder().ceoInvestsInMl(false).build())
                .teamDesign().reportingLine().recommended());
    }

    @Test
    void aLabWhoseCeoInvestsInMlIsNotToldItsInvestmentStaysSmall() {
        for (boolean shipped : List.of(false, true)) {
            OrgProfile lab = Companies.telecomLab().toBuilder().ceoInvestsInMl(true).modelsInProduction(shipped)
                    .modelMaintainer(shipped ? ModelMaintainer.ML_TEAM : ModelMaintainer.NOBODY).build();

            Advice advice = Advisor.recommend(lab);

            assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
            var value = advice.risks().stream().filter(r -> r.message().key().startsWith("risk.rnd.value")).toList();
            assertEquals(List.of("risk.rnd.value.backed"), value.stream().map(r -> r.message().key()).toList());
            assertFalse(value.get(0).message().text().contains("investment stays small"), value.get(0).message().text());
            assertTrue(value.get(0).explanation().evidence().contains(Evidence.profileField("ceoInvestsInMl", "true")),
                    value.get(0).explanation().toString());
            // Without the CEO's investment, it does stay small.
            assertEquals("risk.rnd.value", Advisor.recommend(lab.toBuilder().ceoInvestsInMl(false).build()).risks().stream()
                    .filter(r -> r.message().key().startsWith("risk.rnd.value")).findFirst().orElseThrow().message().key());
        }
    }

    @Test
    void aDivisionWithNoModelInProductionIsNotToldOfDeployedModels() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build());

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        String platform = roleTarget(advice, Role.ML_PLATFORM_ENGINEER).message().text();
        assertFalse(platform.contains("deployed models"), platform);
        assertTrue(platform.startsWith("Platform engineers deploy the division's models"), platform);
    }

    @Test
    void whereNobodyWorksOnMlTheSoftwareEngineersToRetrainAreTaughtByTheFirstExperiencedHires() {
        Advice nobody = Advisor.recommend(Companies.freightCompany().toBuilder().plannedHires(4).build());

        var retrain = nobody.hiringPlan().sourcing().stream()
                .filter(s -> s.channel() == SourcingChannel.INTERNAL_SOFTWARE_ENGINEERS).toList();
        assertEquals(1, retrain.size(), retrain.toString());
        assertEquals("sourcing.internal-engineers.from-first-hires", retrain.get(0).message().key());
        assertTrue(retrain.get(0).message().text().endsWith("the experienced engineers hired first can train them."),
                retrain.get(0).message().text());
        // With one planned hire, the experienced engineer, there is no later opening for them to fill.
        assertTrue(Advisor.recommend(Companies.freightCompany().toBuilder().plannedHires(1).build()).hiringPlan().sourcing()
                .stream().noneMatch(s -> s.channel() == SourcingChannel.INTERNAL_SOFTWARE_ENGINEERS));
        // With ML people on staff, they can train them.
        Advice staffed = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .plannedHires(4).build());
        assertEquals(List.of("sourcing.internal-engineers"), staffed.hiringPlan().sourcing().stream()
                .filter(s -> s.channel() == SourcingChannel.INTERNAL_SOFTWARE_ENGINEERS).map(s -> s.message().key()).toList());
    }

    @Test
    void whereNobodyWorksOnMlTheFirstHiresAreNotToldTheCompanyCanTeachThem() {
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder().plannedHires(4).build());
        Position senior = advice.hiringPlan().positions().get(0);
        Position junior = advice.hiringPlan().positions().get(1);

        assertEquals(Seniority.SENIOR, senior.seniority());
        assertFalse(skillKeys(senior.niceToHave()).stream().anyMatch(k -> k.startsWith("skill.learns-ml")),
                senior.toString());
        assertEquals(Seniority.JUNIOR, junior.seniority());
        assertTrue(skillKeys(junior.niceToHave()).contains("skill.learns-ml.from-first-hires"), junior.toString());
        // Two of the four are experienced; with two planned hires, one is, and is spoken of as one.
        assertTrue(junior.niceToHave().stream().anyMatch(skill -> skill.message().text()
                .endsWith("the experienced engineers hired first can teach the rest.")), junior.toString());
        Position onlyJunior = Advisor.recommend(Companies.freightCompany()).hiringPlan().positions().get(1);
        assertTrue(onlyJunior.niceToHave().stream().anyMatch(skill -> skill.message().text()
                .endsWith("the experienced engineer hired first can teach the rest.")), onlyJunior.toString());
        // Nor is the one experienced hire "the experienced engineers on the team" in the junior's DevOps skill.
        assertTrue(onlyJunior.niceToHave().stream().noneMatch(skill -> skill.message().text()
                .contains("experienced engineers")), onlyJunior.toString());
        assertFalse(skillKeys(junior.niceToHave()).contains("skill.learns-ml"), junior.toString());
        // With ML people on staff, the company can teach: every engineer opening says so.
        Advice staffed = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .plannedHires(4).build());
        assertTrue(staffed.hiringPlan().positions().stream()
                .allMatch(p -> skillKeys(p.niceToHave()).contains("skill.learns-ml")), staffed.hiringPlan().toString());
    }

    @Test
    void theTakeHomeProjectInTheSharedEngineerLoopSaysItIsForJuniors() {
        // One loop per role: seniors and juniors of the freight plan go through the same one.
        Advice advice = Advisor.recommend(Companies.freightCompany());
        var takeHome = advice.hiringPlan().interviewLoops().stream().filter(loop -> loop.role() == Role.ML_ENGINEER)
                .flatMap(loop -> loop.assessments().stream())
                .filter(a -> a.type() == AssessmentType.TAKE_HOME_PROJECT).findFirst().orElseThrow();

        assertTrue(takeHome.message().text().startsWith("For junior candidates"), takeHome.message().text());
    }

    @Test
    void anEmbeddedCompanyIsToldOnlyOfTheResourceThatLags() {
        OrgProfile saas = Companies.saasCompany();
        Map<String, OrgProfile> cases = Map.of(
                "risk.embedded.data", saas.toBuilder().dataAccess(DataAccess.ON_REQUEST).computeAccess(ComputeAccess.SHARED).build(),
                "risk.embedded.compute", saas.toBuilder().dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                        .computeAccess(ComputeAccess.SCARCE).build(),
                "risk.embedded.resources", saas.toBuilder().dataAccess(DataAccess.POOR).computeAccess(ComputeAccess.SCARCE).build());
        for (var expected : cases.entrySet()) {
            Advice advice = Advisor.recommend(expected.getValue());

            assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype(), expected.getKey());
            List<String> resourceRisks = keys(advice).stream().filter(k -> k.startsWith("risk.embedded.")
                    && List.of("risk.embedded.data", "risk.embedded.compute", "risk.embedded.resources").contains(k)).toList();
            assertEquals(List.of(expected.getKey()), resourceRisks, expected.getKey());
        }
        Advice served = Advisor.recommend(saas.toBuilder().dataAccess(DataAccess.SELF_SERVE)
                .computeAccess(ComputeAccess.DEDICATED).build());
        assertFalse(keys(served).stream().anyMatch(k -> k.equals("risk.embedded.data") || k.equals("risk.embedded.compute")
                || k.equals("risk.embedded.resources")), keys(served).toString());
    }

    @Test
    void aResearchLabWithDataEngineersOfItsOwnIsNotToldItUsuallyHasNone() {
        OrgProfile lab = Companies.telecomLab().toBuilder().mlStaff(Role.DATA_ENGINEER, 4).build();

        Advice advice = Advisor.recommend(lab);

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertEquals("design.data.rnd.own-data-engineers", advice.teamDesign().dataOwnership().message().key());
        String text = advice.teamDesign().dataOwnership().message().text();
        assertTrue(text.contains("the team has 4 data engineers of its own"), text);
        assertEquals("design.data.rnd", Advisor.recommend(Companies.telecomLab()).teamDesign().dataOwnership()
                .message().key());
    }

    @Test
    void anEmbeddedTeamWhoseModelsOthersMaintainIsToldToTakeThatOver_notThatItRunsThem() {
        for (ModelMaintainer other : List.of(ModelMaintainer.MODEL_USERS, ModelMaintainer.SOFTWARE_TEAM, ModelMaintainer.NOBODY)) {
            Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder().modelMaintainer(other).build());

            assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype(), other.name());
            // Models nobody maintains are not "maintained by nobody": they need an owner now.
            assertEquals(other == ModelMaintainer.NOBODY ? "design.model.embedded.unowned" : "design.model.embedded.take-over",
                    advice.teamDesign().modelOwnership().message().key());
            assertFalse(advice.teamDesign().modelOwnership().message().text().contains("nobody, so"), other.name());
        }
        String software = Advisor.recommend(Companies.saasCompany().toBuilder()
                .modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).build()).teamDesign().modelOwnership().message().text();
        assertTrue(software.endsWith("today maintenance falls to a software team, so plan for the ML engineers to take it over."),
                software);
        assertEquals("design.model.embedded", Advisor.recommend(Companies.saasCompany()).teamDesign().modelOwnership()
                .message().key());
    }

    @Test
    void aResearchLabWhoseModelsRunInProductionIsNotToldModelsRarelyGetThere() {
        OrgProfile shipping = Companies.telecomLab().toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build();

        Advice advice = Advisor.recommend(shipping);

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertEquals("design.model.rnd.shipping", advice.teamDesign().modelOwnership().message().key());
        assertTrue(advice.teamDesign().modelOwnership().explanation().evidence()
                .contains(Evidence.profileField("modelsInProduction", "true")));
        assertEquals("design.model.rnd",
                Advisor.recommend(Companies.telecomLab()).teamDesign().modelOwnership().message().key());
    }

    @Test
    void aDivisionWhoseModelsOthersMaintainIsToldToTakeThatOver_notThatItKeepsMaintainingThem() {
        for (ModelMaintainer other : List.of(ModelMaintainer.MODEL_USERS, ModelMaintainer.SOFTWARE_TEAM, ModelMaintainer.NOBODY)) {
            Advice advice = Advisor.recommend(Companies.bank().toBuilder().modelMaintainer(other).build());

            assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
            assertEquals(other == ModelMaintainer.NOBODY ? "design.model.division.unowned" : "design.model.division.take-over",
                    advice.teamDesign().modelOwnership().message().key());
            assertFalse(advice.teamDesign().modelOwnership().message().text().contains("nobody, so"), other.name());
            assertFalse(advice.teamDesign().modelOwnership().message().text().contains("keeps maintaining"), other.name());
        }
        String users = Advisor.recommend(Companies.bank().toBuilder().modelMaintainer(ModelMaintainer.MODEL_USERS).build())
                .teamDesign().modelOwnership().message().text();
        assertTrue(users.endsWith("; today maintenance falls to the model users, so plan for the division to take it over."),
                users);
        // Its own models: the design as D4 gives it. None in production yet: the same, for the models to come.
        assertEquals("design.model.division", Advisor.recommend(Companies.bank()).teamDesign().modelOwnership().message().key());
        String firstModels = Advisor.recommend(Companies.bank().toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build()).teamDesign().modelOwnership().message().text();
        assertTrue(firstModels.startsWith("Once models ship, their users operate them"), firstModels);
    }

    @Test
    void aNascentTeamThatRunsTheDataPlatformIsNotToldNotToOwnDataYet() {
        OrgProfile platform = Companies.freightCompany().toBuilder().dataAccess(DataAccess.OWNS_DATA_PLATFORM).build();

        Advice advice = Advisor.recommend(platform);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals("design.data.nascent.platform", advice.teamDesign().dataOwnership().message().key());
        assertEquals("design.data.nascent",
                Advisor.recommend(Companies.freightCompany()).teamDesign().dataOwnership().message().key());
    }

    @Test
    void anEmbeddedTeamWithNoDataEngineersIsNotToldToBuildPipelinesWithThem() {
        OrgProfile clinic = OrgProfile.builder().name("Care Co").industry(Industry.HEALTHCARE).headcount(800)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 4).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.POOR).plannedHires(2).build();

        Advice without = Advisor.recommend(clinic);
        Advice with = Advisor.recommend(clinic.toBuilder().mlStaff(Role.DATA_ENGINEER, 1).build());

        assertEquals(Archetype.PRODUCT_EMBEDDED, without.archetype().primary().archetype());
        assertEquals("design.data.embedded.no-data-engineers", without.teamDesign().dataOwnership().message().key());
        assertEquals("design.data.embedded", with.teamDesign().dataOwnership().message().key());
    }

    @Test
    void aDivisionWithNoDataEngineersHiresItsFirst_asTheRoleMixMakesThemCore() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().mlStaff(Role.DATA_ENGINEER, 0).plannedHires(10).build());

        assertEquals(List.of("ML_PRODUCT_MANAGER x2", "DATA_ENGINEER x1", "ML_RESEARCHER x3", "ML_ENGINEER x4"),
                openings(advice));
        assertTrue(advice.teamDesign().roleMix().stream()
                .anyMatch(target -> target.role() == Role.DATA_ENGINEER && target.emphasis() == Emphasis.CORE));
        // With data engineers on staff, the plan is the one D4 gives a staffed division.
        assertEquals(List.of("ML_PRODUCT_MANAGER x2", "ML_RESEARCHER x3", "ML_ENGINEER x5"),
                openings(Advisor.recommend(Companies.bank().toBuilder().plannedHires(10).build())));
    }

    @Test
    void aDivisionsMlEngineersAreAskedForResearchDepth_notToLearnMlOnTheJob() {
        // D4: every group strong in both engineering and research.
        Advice division = Advisor.recommend(Companies.bank());
        Position engineer = opening(division, Role.ML_ENGINEER);

        assertTrue(skillKeys(engineer.mustHave()).contains("skill.research-depth"), engineer.toString());
        assertFalse(skillKeys(engineer.niceToHave()).contains("skill.learns-ml"), engineer.toString());
        assertTrue(division.hiringPlan().interviewLoops().stream().filter(loop -> loop.role() == Role.ML_ENGINEER)
                .flatMap(loop -> loop.strengths().stream())
                .anyMatch(check -> check.message().key().equals("interview.engineer.research-depth")));
        // Nor sourced from software engineers to be taught ML (H1.1), who would rarely have that depth.
        assertFalse(division.hiringPlan().sourcing().stream()
                .anyMatch(s -> s.channel() == SourcingChannel.INTERNAL_SOFTWARE_ENGINEERS), division.hiringPlan().sourcing().toString());
        // Elsewhere a will to learn is still welcome, and research depth not demanded.
        Position embedded = Advisor.recommend(Companies.saasCompany()).hiringPlan().positions().get(0);
        assertTrue(skillKeys(embedded.niceToHave()).contains("skill.learns-ml"));
        assertFalse(skillKeys(embedded.mustHave()).contains("skill.research-depth"));
    }

    @Test
    void aDivisionWithoutADivisionHomeIsNotToldAboutItsCentralDivisionAsIfItHadOne() {
        OrgProfile lab = OrgProfile.builder().name("LabCeo").industry(Industry.FINANCIAL_SERVICES).headcount(30000)
                .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.CEO).mlStaff(Role.ML_ENGINEER, 6)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 2).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .plannedHires(3).build();

        Advice advice = Advisor.recommend(lab);

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        String home = advice.roadmap().steps().stream().filter(step -> step.field().equals("mlHome")).findFirst()
                .orElseThrow().message().text();
        assertFalse(home.contains("the central division"), home);
        assertTrue(home.startsWith("Have a central ML division with ML experts in the business units"), home);
    }

    private static List<String> skillKeys(List<SkillRequirement> skills) {
        return skills.stream().map(s -> s.message().key()).toList();
    }

    @Test
    void anEmbeddedTeamToldToHireADataEngineerOpensOneFromTwoHires() {
        OrgProfile noDataEngineers = OrgProfile.builder().name("Emb3").industry(Industry.SOFTWARE_AND_INTERNET).headcount(120)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 2).plannedHires(3).build();

        Advice advice = Advisor.recommend(noDataEngineers);

        assertEquals("design.data.embedded.no-data-engineers", advice.teamDesign().dataOwnership().message().key());
        assertEquals(List.of("ML_ENGINEER x1", "DATA_ENGINEER x1", "ML_ENGINEER x1"), openings(advice));
        assertEquals(List.of("ML_ENGINEER x1", "DATA_ENGINEER x1"),
                openings(Advisor.recommend(noDataEngineers.toBuilder().plannedHires(2).build())));
        // With a data-engineering function to build with, a quarter of the plan, as before: none of three.
        assertEquals(List.of("ML_ENGINEER x1", "ML_ENGINEER x2"),
                openings(Advisor.recommend(noDataEngineers.toBuilder().dataEngineeringFunction(true).build())));
    }

    @Test
    void anMlFirstCompanyWithNoPlatformEngineersHiresThem_withSkillsAndAnInterviewOfTheirOwn() {
        Advice advice = Advisor.recommend(Companies.mlStartup().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 0)
                .plannedHires(10).build());

        assertEquals(List.of("DATA_ENGINEER x2", "ML_PLATFORM_ENGINEER x1", "ML_RESEARCHER x3", "ML_ENGINEER x4"),
                openings(advice));
        Position platform = advice.hiringPlan().positions().get(1);
        assertEquals(List.of("skill.deploy-and-monitor"), platform.mustHave().stream().map(s -> s.message().key()).toList());
        assertEquals(List.of("skill.ml-workloads"), platform.niceToHave().stream().map(s -> s.message().key()).toList());
        assertEquals(List.of("interview.infrastructure.strength", "interview.infrastructure.bar"),
                advice.hiringPlan().interviewLoops().stream().filter(loop -> loop.role() == Role.ML_PLATFORM_ENGINEER)
                        .flatMap(loop -> Stream.concat(loop.strengths().stream(), loop.minimumBar().stream()))
                        .map(check -> check.message().key()).toList());
        assertEquals(List.of("DATA_ENGINEER x2", "ML_RESEARCHER x3", "ML_ENGINEER x5"),
                openings(Advisor.recommend(Companies.mlStartup().toBuilder().plannedHires(10).build())));
    }

    private static List<String> openings(Advice advice) {
        return advice.hiringPlan().positions().stream().map(p -> p.role() + " x" + p.count()).toList();
    }

    @Test
    void aCompanyAfterQuickWinsThatRunsModelsIsNotToldToGetAFirstPipelineRunning() {
        Advice running = Advisor.recommend(Companies.saasCompany());
        Advice notYet = Advisor.recommend(Companies.saasCompany().toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build());

        assertTrue(keys(running).contains("practice.end-to-end-first.next-use-case"), keys(running).toString());
        assertFalse(keys(running).contains("practice.end-to-end-first"), keys(running).toString());
        assertTrue(keys(notYet).contains("practice.end-to-end-first"), keys(notYet).toString());
        assertFalse(keys(notYet).contains("practice.end-to-end-first.next-use-case"), keys(notYet).toString());
    }

    @Test
    void researchersAreAskedForCodeInTheInterview_andPublicationsAreNotRequired() {
        Advice advice = Advisor.recommend(Companies.telecomLab());
        Position researcher = opening(advice, Role.ML_RESEARCHER);

        // The minimum bar in engineering (H5.2) is judged on code.
        assertTrue(advice.hiringPlan().interviewLoops().stream()
                .filter(loop -> loop.role() == Role.ML_RESEARCHER)
                .flatMap(loop -> loop.assessments().stream())
                .anyMatch(a -> a.type() == AssessmentType.WHITEBOARD_CODING), advice.hiringPlan().toString());
        // Sourcing looks beyond PhDs (H2.5), so a publication record is judged, not demanded.
        assertFalse(researcher.mustHave().stream().anyMatch(s -> s.message().key().equals("skill.publication-quality")));
        assertTrue(researcher.niceToHave().stream().anyMatch(s -> s.message().key().equals("skill.publication-quality")));
        // ... and the opening itself does not demand the publication record the skills make a plus.
        assertFalse(researcher.message().text().contains("publication record"), researcher.message().text());
        assertTrue(researcher.message().text().contains("published or not"), researcher.message().text());
    }

    @Test
    void anOpeningIsWordedForTheNumberItOpens() {
        // The division bank's first opening is 20% of its planned hires: one of 5, two of 10.
        Position one = Advisor.recommend(Companies.bank().toBuilder().plannedHires(5).build())
                .hiringPlan().positions().get(0);
        Position two = Advisor.recommend(Companies.bank().toBuilder().plannedHires(10).build())
                .hiringPlan().positions().get(0);

        assertEquals(1, one.count());
        assertTrue(one.message().text().startsWith("First, an ML product manager to"), one.message().text());
        assertEquals(2, two.count());
        assertTrue(two.message().text().startsWith("First, ML product managers to"), two.message().text());
        // Chinese does not inflect, but a count in the text is a count.
        String chinese = Advisor.recommend(Companies.bank().toBuilder().plannedHires(10).build(),
                java.util.Locale.SIMPLIFIED_CHINESE).hiringPlan().positions().get(0).message().text();
        assertTrue(chinese.startsWith("首先招 2 位机器学习产品经理"), chinese);
    }

    @Test
    void anMlFirstCompanyWhoseCeoDoesNotBackMlIsNotToldItDoes() {
        OrgProfile noCeo = OrgProfile.builder().name("Spread Inc").industry(Industry.SOFTWARE_AND_INTERNET).headcount(900)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.PRODUCT_OR_BUSINESS_LEAD)
                .mlStaff(Role.ML_ENGINEER, 20).mlStaff(Role.ML_RESEARCHER, 3).modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).plannedHires(6).build();

        Advice advice = Advisor.recommend(noCeo);

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        // Told to make the CEO its sponsor, from the line it has today, not to keep a CEO who backs it.
        assertEquals("Have the ML organisation answer to the top of the company, with the CEO as its sponsor (today:"
                + " a product or business lead). (Derived: the article says the CEO invests in ML, not whom ML"
                + " reports to.)", advice.teamDesign().reportingLine().message().text());
        assertEquals("reporting.mlfirst", Advisor.recommend(noCeo, java.util.Locale.SIMPLIFIED_CHINESE).teamDesign()
                .reportingLine().message().key());
    }

    @Test
    void aNascentTeamReportingToACeoWhoInvestsInMlKeepsThatSponsor_otherwiseTheCtoIsAdvised() {
        OrgProfile backed = OrgProfile.builder().name("Study Hall").industry(Industry.EDUCATION).headcount(300)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CEO).mlStaff(Role.ML_ENGINEER, 2)
                .ceoInvestsInMl(true).leadershipUnderstanding(LeadershipUnderstanding.LOW).plannedHires(2).build();

        Advice advice = Advisor.recommend(backed);
        Advice notBacked = Advisor.recommend(backed.toBuilder().ceoInvestsInMl(false).build());

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(ReportingLine.CEO, advice.teamDesign().reportingLine().recommended());
        assertEquals("reporting.nascent.ceo", advice.teamDesign().reportingLine().message().key());
        assertEquals(Archetype.NASCENT, notBacked.archetype().primary().archetype());
        assertEquals(ReportingLine.CTO, notBacked.teamDesign().reportingLine().recommended());
    }

    @Test
    void mlPeopleWithNoHomeReportingToACeoWhoBacksMlAreNeitherADivisionNorMlFirst() {
        // As for an ad-hoc team, so with no home at all: a manager at the top and the CEO's backing
        // make no division and no ML-first company (A4, A5).
        OrgProfile noHome = OrgProfile.builder().name("Loose Ends").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(200).mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.CEO).mlStaff(Role.DATA_SCIENTIST, 2)
                .ceoInvestsInMl(true).leadershipUnderstanding(LeadershipUnderstanding.HIGH).build();

        Advice advice = Advisor.recommend(noHome);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertNoVoteForTheCeoOrTheTopReportingLine(advice);
    }

    @Test
    void aResearchLabIsWarnedThatDataIsHardToGetExactlyWhereItIs() {
        for (DataAccess access : DataAccess.values()) {
            Advice advice = Advisor.recommend(Companies.telecomLab().toBuilder().dataAccess(access).build());

            assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype(), access.name());
            // Poor or on request only: self-serve access or the lab's own platform is no struggle for data.
            assertEquals(access == DataAccess.POOR || access == DataAccess.ON_REQUEST, keys(advice).contains("risk.rnd.data"),
                    access.name());
        }
    }

    /** The start of each opening's text for one person and for several. */
    private static final Map<String, List<String>> OPENINGS = Map.ofEntries(
            Map.entry("position.nascent.generalist", List.of("First, an experienced ML engineer who", "First, experienced ML engineers who")),
            Map.entry("position.juniors", List.of("Then a junior ML engineer:", "Then junior ML engineers:")),
            Map.entry("position.rnd.researcher", List.of("First, an experienced researcher with", "First, experienced researchers with")),
            Map.entry("position.rnd.engineer", List.of("Then an ML engineer who", "Then ML engineers who")),
            Map.entry("position.embedded.engineer", List.of("First, an ML engineer who", "First, ML engineers who")),
            Map.entry("position.embedded.data-engineer", List.of("A data engineer to", "Data engineers to")),
            Map.entry("position.division.product-manager", List.of("First, an ML product manager to", "First, ML product managers to")),
            Map.entry("position.division.data-engineer",
                    List.of("A senior data engineer for the division's", "Senior data engineers for the division's")),
            Map.entry("position.division.researcher", List.of("A researcher for the division", "Researchers for the division")),
            Map.entry("position.division.engineer", List.of("An ML engineer strong", "ML engineers strong")),
            Map.entry("position.mlfirst.data-engineer", List.of("First, a senior data engineer for", "First, senior data engineers for")),
            Map.entry("position.mlfirst.platform-engineer", List.of("A senior platform engineer so", "Senior platform engineers so")),
            Map.entry("position.mlfirst.researcher", List.of("A researcher for the central", "Researchers for the central")),
            Map.entry("position.mlfirst.engineer", List.of("An ML engineer to", "ML engineers to")));

    @Test
    void everyOpeningIsWordedForItsOwnCount_oneOrTwoOrMore() {
        Map<String, Set<Integer>> counts = new TreeMap<>();
        for (OrgProfile company : List.of(Companies.freightCompany(), Companies.telecomLab(), Companies.saasCompany(),
                Companies.bank(), Companies.mlStartup(), Companies.bank().toBuilder().mlStaff(Role.DATA_ENGINEER, 0).build(),
                Companies.saasCompany().toBuilder().dataEngineeringFunction(false).mlStaff(Role.DATA_ENGINEER, 1).build(),
                Companies.mlStartup().toBuilder().mlStaff(Role.ML_PLATFORM_ENGINEER, 0).build())) {
            for (int hires = 1; hires <= 14; hires++) {
                for (Position opening : Advisor.recommend(company.toBuilder().plannedHires(hires).build())
                        .hiringPlan().positions()) {
                    String key = opening.message().key();
                    String text = opening.message().text();
                    // The opening's own count, not the plan's, chooses the wording.
                    assertTrue(text.startsWith(OPENINGS.get(key).get(opening.count() == 1 ? 0 : 1)),
                            () -> key + " x" + opening.count() + ": " + text);
                    counts.computeIfAbsent(key, k -> new TreeSet<>()).add(opening.count());
                }
            }
        }
        // Each of the fourteen texts was seen for one person and for two, either side of the choice.
        assertEquals(OPENINGS.keySet(), counts.keySet());
        counts.forEach((key, seen) -> assertTrue(seen.contains(1) && seen.contains(2), key + " " + seen));
    }

    /** The embedded company of the first review finding: its ML team runs the company's data platform. */
    private static OrgProfile embeddedPlatformOwner() {
        return OrgProfile.builder().name("Stackyard").industry(Industry.SOFTWARE_AND_INTERNET).headcount(1500)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 6).mlStaff(Role.DATA_ENGINEER, 4)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).dataEngineeringFunction(true).plannedHires(4).build();
    }

    @Test
    void anEmbeddedTeamThatRunsTheDataPlatformIsNotToldOthersOwnTheData() {
        // D3's embedded team usually leaves data production to others; this one runs the platform.
        Advice advice = Advisor.recommend(embeddedPlatformOwner());

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals("design.data.embedded.platform", advice.teamDesign().dataOwnership().message().key());
        assertEquals(DataOwnership.OWNS_COMPANY_DATA, advice.teamDesign().dataOwnership().stance());
        assertFalse(advice.teamDesign().dataOwnership().message().text().contains("will not own"),
                advice.teamDesign().dataOwnership().message().text());
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals("roles.embedded.data-engineer.staffed.platform", dataEngineers.message().key());
        assertEquals(List.of("4"), dataEngineers.message().args());
        assertFalse(dataEngineers.message().text().contains("stays with the teams"), dataEngineers.message().text());
        assertTrue(keys(advice).contains("collab.data-partnership.platform"), keys(advice).toString());
        assertFalse(keys(advice).contains("collab.data-partnership"), keys(advice).toString());
        // Nor where it has no data engineers and the company no data-engineering function.
        Advice alone = Advisor.recommend(embeddedPlatformOwner().toBuilder().mlStaff(Role.DATA_ENGINEER, 0)
                .dataEngineeringFunction(false).build());
        assertEquals("design.data.embedded.platform", alone.teamDesign().dataOwnership().message().key());
        // A team that reaches its data through others keeps D3's usual design, role and practice.
        Advice usual = Advisor.recommend(embeddedPlatformOwner().toBuilder().dataAccess(DataAccess.ON_REQUEST).build());
        assertEquals("design.data.embedded", usual.teamDesign().dataOwnership().message().key());
        assertEquals("roles.embedded.data-engineer.staffed", roleTarget(usual, Role.DATA_ENGINEER).message().key());
        assertTrue(keys(usual).contains("collab.data-partnership"), keys(usual).toString());
    }

    @Test
    void aDivisionKeepsTheDataEngineeringFunctionAndTheDataPlatformItHas() {
        OrgProfile platformOwner = OrgProfile.builder().name("Keel Bank").industry(Industry.FINANCIAL_SERVICES)
                .headcount(30_000).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CEO)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 2).mlStaff(Role.ML_ENGINEER, 20).mlStaff(Role.ML_RESEARCHER, 5)
                .mlStaff(Role.DATA_ENGINEER, 12).mlStaff(Role.ML_PLATFORM_ENGINEER, 3)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).dataEngineeringFunction(true)
                .computeAccess(ComputeAccess.DEDICATED).leadershipUnderstanding(LeadershipUnderstanding.HIGH)
                .plannedHires(8).build();

        Advice advice = Advisor.recommend(platformOwner);

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        var data = advice.teamDesign().dataOwnership();
        assertEquals("design.data.division.platform", data.message().key());
        assertEquals(DataOwnership.OWNS_COMPANY_DATA, data.stance());
        assertTrue(data.message().text().contains("already runs the company's data platform"), data.message().text());
        assertFalse(data.message().text().contains("and a strong data-engineering function"), data.message().text());
        // The platform without a data-engineering function: the division builds one to run it.
        assertEquals("design.data.division.platform.no-function", Advisor.recommend(platformOwner.toBuilder()
                .dataEngineeringFunction(false).build()).teamDesign().dataOwnership().message().key());
        // A function but no platform (the bank): a voice in governance, keeping the function it has.
        var kept = Advisor.recommend(Companies.bank()).teamDesign().dataOwnership();
        assertEquals("design.data.division.function", kept.message().key());
        assertEquals(DataOwnership.GOVERNANCE_VOICE, kept.stance());
        assertFalse(kept.message().text().contains("and a strong data-engineering function"), kept.message().text());
        assertTrue(kept.explanation().evidence().contains(Evidence.profileField("dataEngineeringFunction", "true")),
                kept.explanation().evidence().toString());
        // Neither: D4 as the article gives it.
        assertEquals("design.data.division", Advisor.recommend(Companies.bank().toBuilder()
                .dataEngineeringFunction(false).build()).teamDesign().dataOwnership().message().key());
    }

    @Test
    void anMlFirstCompanyThatOwnsItsDataInfrastructureIsNotToldItShouldOwnIt() {
        Advice owning = Advisor.recommend(Companies.mlStartup());
        Advice borrowing = Advisor.recommend(Companies.mlStartup().toBuilder().dataAccess(DataAccess.SELF_SERVE).build());

        assertEquals(Archetype.ML_FIRST, owning.archetype().primary().archetype());
        assertEquals("design.data.mlfirst.owned", owning.teamDesign().dataOwnership().message().key());
        var owned = roleTarget(owning, Role.DATA_ENGINEER);
        assertEquals("roles.mlfirst.data-engineer.owned", owned.message().key());
        assertEquals(Emphasis.CORE, owned.emphasis());
        assertFalse(owned.message().text().contains("should own"), owned.message().text());
        var toOwn = roleTarget(borrowing, Role.DATA_ENGINEER);
        assertEquals("roles.mlfirst.data-engineer", toOwn.message().key());
        assertEquals(Emphasis.CORE, toOwn.emphasis());
        // The other roles are the same whoever owns the data, and do not cite it.
        for (Advice advice : List.of(owning, borrowing)) {
            assertEquals(List.of("ML_PLATFORM_ENGINEER CORE roles.mlfirst.platform-engineer",
                            "ML_ENGINEER CORE roles.mlfirst.ml-engineer", "ML_RESEARCHER CORE roles.mlfirst.researcher",
                            "ML_PRODUCT_MANAGER SUPPORTING roles.mlfirst.product-manager",
                            "DATA_SCIENTIST SUPPORTING roles.mlfirst.data-scientist"),
                    advice.teamDesign().roleMix().stream().filter(t -> t.role() != Role.DATA_ENGINEER)
                            .map(t -> t.role() + " " + t.emphasis() + " " + t.message().key()).toList());
            assertTrue(advice.teamDesign().roleMix().stream().filter(t -> t.role() != Role.DATA_ENGINEER)
                    .allMatch(t -> t.explanation().evidence().stream().noneMatch(e -> e.name().equals("dataAccess"))));
        }
    }

    @Test
    void anMlFirstCompanyIsToldToHandItsModelsOver_notThatTheirUsersAlreadyRunThem() {
        OrgProfile central = OrgProfile.builder().name("Lattice").industry(Industry.SOFTWARE_AND_INTERNET).headcount(900)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CEO)
                .mlStaff(Role.ML_ENGINEER, 20).mlStaff(Role.DATA_ENGINEER, 5)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).plannedHires(5).build();

        Advice advice = Advisor.recommend(central);

        // D5: the users operate and maintain models; here the ML team maintains them today.
        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        var design = advice.teamDesign().modelOwnership();
        assertEquals("design.model.mlfirst.take-over", design.message().key());
        assertEquals(List.of("ML_TEAM"), design.message().args());
        assertTrue(design.message().text().endsWith(
                "today maintenance falls to the ML team, so plan for the users to take it over."), design.message().text());
        assertEquals("design.model.mlfirst.take-over", Advisor.recommend(central.toBuilder()
                .modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).build()).teamDesign().modelOwnership().message().key());
        // Nobody maintains them: hand them over now. None shipped yet: plan the hand-over.
        assertEquals("design.model.mlfirst.unowned", Advisor.recommend(central.toBuilder()
                .modelMaintainer(ModelMaintainer.NOBODY).build()).teamDesign().modelOwnership().message().key());
        var firstModels = Advisor.recommend(central.toBuilder().modelsInProduction(false)
                .modelMaintainer(ModelMaintainer.NOBODY).build()).teamDesign().modelOwnership();
        assertEquals("design.model.mlfirst.first-models", firstModels.message().key());
        assertTrue(firstModels.message().text().startsWith("Once models ship"), firstModels.message().text());
        assertEquals(Set.of("modelsInProduction"), firstModels.explanation().evidence().stream()
                .filter(e -> e.kind() == Evidence.Kind.PROFILE_FIELD).map(Evidence::name).collect(
                        java.util.stream.Collectors.toSet()));
        // The users maintain them already (the start-up): D5 as the article gives it.
        assertEquals("design.model.mlfirst",
                Advisor.recommend(Companies.mlStartup()).teamDesign().modelOwnership().message().key());
        for (ModelMaintainer maintainer : ModelMaintainer.values()) {
            assertEquals(ModelOwnership.HANDED_TO_USERS, Advisor.recommend(central.toBuilder().modelMaintainer(maintainer)
                    .build()).teamDesign().modelOwnership().stance(), maintainer.name());
        }
    }

    @Test
    void dataEngineersOnANascentStaffAreNotSaidToFeedModelsThatDoNotExist() {
        OrgProfile beforeModels = Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .mlStaff(Role.DATA_ENGINEER, 2).build();

        Advice advice = Advisor.recommend(beforeModels);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        var dataEngineers = roleTarget(advice, Role.DATA_ENGINEER);
        assertEquals("roles.nascent.data-engineer.staffed.first-models", dataEngineers.message().key());
        assertEquals(Emphasis.SUPPORTING, dataEngineers.emphasis());
        assertFalse(dataEngineers.message().text().contains("give the models"), dataEngineers.message().text());
        assertTrue(dataEngineers.message().text().startsWith("The 2 data engineers already on staff can have"),
                dataEngineers.message().text());
        // Once models run in production, they do give those models their pipelines.
        var shipped = roleTarget(Advisor.recommend(beforeModels.toBuilder().modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build()), Role.DATA_ENGINEER);
        assertEquals("roles.nascent.data-engineer.staffed", shipped.message().key());
    }
}
