package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The ladder: nascent, then embedded or R&amp;D, then an independent division, then ML-first. */
class RoadmapTest {

    @Test
    void aNascentCompanyMovesToEmbedded_andOneInAResearchHeavySectorCanMoveToResearchToo() {
        Advice advice = Advisor.recommend(Companies.freightCompany());
        Advice manufacturer = Advisor.recommend(Companies.freightCompany().toBuilder().industry(Industry.MANUFACTURING)
                .horizon(BusinessHorizon.BALANCED).build());

        // A large logistics company is A1's own example of a nascent one: not pointed at a research lab.
        assertEquals(List.of(Archetype.PRODUCT_EMBEDDED), advice.roadmap().targets());
        assertEquals(List.of(Archetype.RESEARCH_AND_DEVELOPMENT, Archetype.PRODUCT_EMBEDDED),
                manufacturer.roadmap().targets());
        RoadmapStep home = step(advice, Archetype.PRODUCT_EMBEDDED, "mlHome");
        assertEquals("PRODUCT_TEAMS", home.needed());
        assertTrue(home.explanation().evidence().contains(Evidence.profileField("mlHome", "NOWHERE")));
        assertEquals(List.of("A1", "A3", "C2"), home.explanation().sourceIds());
    }

    @Test
    void withNobodyInMlTheEmbeddedStepPlacesTheFirstHiresRatherThanMovingPeople() {
        Advice nobody = Advisor.recommend(Companies.freightCompany());
        RoadmapStep firstHires = step(nobody, Archetype.PRODUCT_EMBEDDED, "mlHome");
        assertEquals("roadmap.embedded.home.first-hires", firstHires.message().key());
        assertTrue(firstHires.explanation().evidence().contains(Evidence.profileField("mlStaffTotal", "0")),
                firstHires.explanation().toString());

        Advice twoEngineers = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2).build());
        assertEquals(Archetype.NASCENT, twoEngineers.archetype().primary().archetype());
        RoadmapStep move = step(twoEngineers, Archetype.PRODUCT_EMBEDDED, "mlHome");
        assertEquals("roadmap.embedded.home", move.message().key());
        // The people to move decided the step, as their absence decided the other.
        assertTrue(move.explanation().evidence().contains(Evidence.profileField("mlStaffTotal", "2")),
                move.explanation().toString());
        assertEquals(1, twoEngineers.roadmap().steps().stream().filter(s -> s.field().equals("mlHome")
                && s.target() == Archetype.PRODUCT_EMBEDDED).count());
    }

    @Test
    void embeddedAndResearchCompaniesMoveToADivision() {
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION), Advisor.recommend(Companies.saasCompany()).roadmap().targets());
        Advice lab = Advisor.recommend(Companies.telecomLab());
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION), lab.roadmap().targets());
        assertEquals("true", step(lab, Archetype.INDEPENDENT_DIVISION, "modelsInProduction").needed());
    }

    @Test
    void aCompanyWithADivisionBesideItsBusinessUnitsIsNotToldToGatherItsPeopleIntoOne() {
        // Embedded by its reporting lines, with A5's shape: a central division plus ML in the business units.
        OrgProfile spread = Companies.saasCompany().toBuilder().mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).build();

        Advice advice = Advisor.recommend(spread);

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION), advice.roadmap().targets());
        assertFalse(advice.roadmap().steps().stream().anyMatch(s -> s.field().equals("mlHome")),
                advice.roadmap().toString());
        assertEquals(MlHome.ML_DIVISION.name(), step(Advisor.recommend(Companies.saasCompany()),
                Archetype.INDEPENDENT_DIVISION, "mlHome").needed());
    }

    @Test
    void aDivisionMovesToMlFirst() {
        Advice advice = Advisor.recommend(Companies.bank());

        assertEquals(List.of(Archetype.ML_FIRST), advice.roadmap().targets());
        assertEquals(List.of("ceoInvestsInMl", "dataAccess", "leadershipUnderstanding", "mlHome"),
                advice.roadmap().steps().stream().map(RoadmapStep::field).toList());
    }

    @Test
    void mlFirstWithoutExpertsAcrossTheBusinessIsToldToPlaceThem_besideTheTopNote() {
        // Found by a sweep of generated profiles: ML-first on points, with ML only in a central division.
        OrgProfile centralOnly = OrgProfile.builder().name("Division First").industry(Industry.HEALTHCARE).headcount(3671)
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.DATA_ENGINEER, 8).mlStaff(Role.ML_PLATFORM_ENGINEER, 1).modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).dataAccess(DataAccess.OWNS_DATA_PLATFORM).ceoInvestsInMl(true)
                .horizon(BusinessHorizon.QUICK_WINS).build();

        Advice advice = Advisor.recommend(centralOnly);

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        assertEquals(List.of("leadershipUnderstanding", "mlHome"),
                advice.roadmap().steps().stream().map(RoadmapStep::field).sorted().toList());
        assertEquals(List.of(Archetype.ML_FIRST), advice.roadmap().targets());
        // The top note says that the steps above complete ML-first.
        assertEquals(List.of("roadmap.top.steps"), advice.roadmap().notes().stream().map(n -> n.message().key()).toList());
    }

    @Test
    void mlFirstWithoutTheCeoOrLeadersOrDataIsToldEachPartItLacks() {
        // Found by a sweep: ML-first on its home alone, told only that it is at the top.
        OrgProfile homeOnly = OrgProfile.builder().name("Home First").industry(Industry.RETAIL).headcount(3000)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CTO)
                .mlStaff(Role.ML_ENGINEER, 10).leadershipUnderstanding(LeadershipUnderstanding.LOW)
                .dataAccess(DataAccess.POOR).build();

        Advice advice = Advisor.recommend(homeOnly);

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        assertEquals(List.of("ceoInvestsInMl", "dataAccess", "leadershipUnderstanding"),
                advice.roadmap().steps().stream().map(RoadmapStep::field).sorted().toList());
        // The top note says that the steps above complete ML-first.
        assertEquals(List.of("roadmap.top.steps"), advice.roadmap().notes().stream().map(n -> n.message().key()).toList());
        // Nor is its culture risk to be "led from the top" by a CEO who is not behind it.
        assertEquals("mitigation.mlfirst.culture.no-ceo", advice.risks().stream()
                .filter(r -> r.message().key().equals("risk.mlfirst.culture")).findFirst().orElseThrow()
                .mitigation().key());
    }

    @Test
    void onlyALargeNascentCompanyInAResearchHeavySectorThatWantsMoreThanQuickWinsIsPointedAtAResearchLab() {
        // A2 is the research arm of a larger oil, manufacturing or telecom firm, with long-term priorities.
        OrgProfile large = Companies.freightCompany().toBuilder().industry(Industry.TELECOM)
                .horizon(BusinessHorizon.LONG_TERM_BETS).build();
        Advice small = Advisor.recommend(large.toBuilder().headcount(30).build());
        Advice quickWins = Advisor.recommend(large.toBuilder().horizon(BusinessHorizon.QUICK_WINS).build());
        Advice lowTech = Advisor.recommend(large.toBuilder().industry(Industry.EDUCATION).build());

        for (Advice advice : List.of(small, quickWins, lowTech)) {
            assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
            assertEquals(List.of(Archetype.PRODUCT_EMBEDDED), advice.roadmap().targets(), advice.profile().toString());
        }
        RoadmapStep lab = step(Advisor.recommend(large), Archetype.RESEARCH_AND_DEVELOPMENT, "mlHome");
        assertTrue(lab.explanation().evidence().contains(Evidence.profileField("horizon", "LONG_TERM_BETS")),
                lab.explanation().toString());
    }

    @Test
    void mlFirstIsTheTop() {
        Advice advice = Advisor.recommend(Companies.mlStartup());

        assertEquals(List.of(), advice.roadmap().steps());
        assertEquals("roadmap.top", advice.roadmap().notes().get(0).message().key());
    }

    @Test
    void aTeamWithDataEngineersIsToldToGrowThemIntoAFunction_notToBuildOneFromNothing() {
        OrgProfile without = Companies.saasCompany().toBuilder().dataEngineeringFunction(false).build();

        List<String> none = dataEngineeringSteps(Advisor.recommend(without));
        List<String> two = dataEngineeringSteps(Advisor.recommend(without.toBuilder().mlStaff(Role.DATA_ENGINEER, 2).build()));

        assertEquals(List.of("Build a strong data-engineering function; the company has none yet."), none);
        assertEquals(List.of("Grow the 2 data engineers on the ML staff into a strong data-engineering function"
                + ", which the company does not have yet."), two);
        assertEquals(List.of(), dataEngineeringSteps(Advisor.recommend(Companies.saasCompany())));
    }

    private static List<String> dataEngineeringSteps(Advice advice) {
        return advice.roadmap().steps().stream().filter(step -> step.field().equals("dataEngineeringFunction"))
                .map(step -> step.message().text()).toList();
    }

    @Test
    void whenNoRuleNamesANextStepTheRoadmapSaysSo() {
        Advisor withoutDivisionSteps = Advisor.builder()
                .disableRule("roadmap to division: a separate ML division")
                .disableRule("roadmap to division: report to senior leadership")
                .disableRule("roadmap to division: ML product managers")
                .disableRule("roadmap to division: a data-engineering function")
                .disableRule("roadmap to division: grow the data engineers into a function")
                .build();

        Advice advice = withoutDivisionSteps.advise(Companies.saasCompany());

        assertEquals(List.of(), advice.roadmap().steps());
        assertEquals("roadmap.no-step", advice.roadmap().notes().get(0).message().key());
        assertEquals(List.of("PRODUCT_EMBEDDED"), advice.roadmap().notes().get(0).message().args());
    }

    private static final String STAFF = "roadmap.staff-the-home";

    private static List<RoadmapStep> staffSteps(Advice advice) {
        return advice.roadmap().steps().stream().filter(s -> s.message().key().equals(STAFF)).toList();
    }

    private static int points(Advice advice, Archetype archetype) {
        return advice.archetype().scores().stream().filter(s -> s.archetype() == archetype).findFirst().orElseThrow()
                .points();
    }

    @Test
    void anEmptyMlGroupIsToldToStaffIt_asAStepOnTheFieldItLacks() {
        OrgProfile emptyDivision = OrgProfile.builder().name("Vault Bank").industry(Industry.FINANCIAL_SERVICES)
                .headcount(5000).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).build();

        RoadmapStep staff = step(Advisor.recommend(emptyDivision), Archetype.INDEPENDENT_DIVISION, "mlStaff[ML_ENGINEER]");

        assertEquals("at least 1", staff.needed());
        assertEquals(STAFF, staff.message().key());
        assertEquals(List.of("ML_DIVISION"), staff.message().args());
        assertTrue(staff.message().text().endsWith("(today: an ML division)."), staff.message().text());
        assertTrue(staff.explanation().evidence().containsAll(List.of(Evidence.profileField("mlHome", "ML_DIVISION"),
                Evidence.profileField("mlStaffTotal", "0"))), staff.explanation().evidence().toString());
        // The signal it follows names the home that is empty.
        assertTrue(staff.explanation().evidence().stream().anyMatch(e -> e.kind() == Evidence.Kind.DERIVED_FACT
                && e.name().equals("empty-ml-home") && e.value().equals("ML_DIVISION")), staff.explanation().evidence().toString());
        String chinese = step(Advisor.recommend(emptyDivision, Locale.SIMPLIFIED_CHINESE), Archetype.INDEPENDENT_DIVISION,
                "mlStaff[ML_ENGINEER]").message().text();
        assertTrue(chinese.endsWith("（当前：机器学习部门）。"), chinese);
    }

    @Test
    void nobodyInMlIsToldToHireTheFirstMlEngineers_andFollowingEveryEmbeddedStepMakesTheCompanyEmbedded() {
        OrgProfile freight = Companies.freightCompany();
        Advice advice = Advisor.recommend(freight);

        RoadmapStep hire = step(advice, Archetype.PRODUCT_EMBEDDED, "mlStaff[ML_ENGINEER]");
        assertEquals("at least 1", hire.needed());
        assertEquals("roadmap.embedded.first-engineers", hire.message().key());
        assertTrue(hire.explanation().evidence().contains(Evidence.profileField("mlStaffTotal", "0")),
                hire.explanation().toString());
        // Steps are listed by field, so hiring comes after the home: only one of them speaks of the first hires.
        assertEquals(1, advice.roadmap().steps().stream().filter(s -> s.target() == Archetype.PRODUCT_EMBEDDED)
                .filter(s -> s.message().text().contains("first ML")).count(), advice.roadmap().toString());
        // Every step toward embedded, taken: the company is embedded, and no step toward it is left.
        assertEquals(Set.of("mlStaff[ML_ENGINEER]", "mlHome", "mlReportsTo", "modelsInProduction"),
                advice.roadmap().steps().stream().filter(s -> s.target() == Archetype.PRODUCT_EMBEDDED)
                        .map(RoadmapStep::field).collect(Collectors.toSet()));
        Advice after = Advisor.recommend(freight.toBuilder().mlStaff(Role.ML_ENGINEER, 1).mlHome(MlHome.PRODUCT_TEAMS)
                .mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD).modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).build());
        assertEquals(Archetype.PRODUCT_EMBEDDED, after.archetype().primary().archetype(), after.archetype().toString());
        // With an ML engineer on staff, the step is gone.
        assertTrue(Advisor.recommend(freight.toBuilder().mlStaff(Role.ML_ENGINEER, 1).build()).roadmap().steps().stream()
                .noneMatch(s -> s.field().equals("mlStaff[ML_ENGINEER]")));
    }

    @Test
    void takingTheStepsTowardAResearchLabLandsOnRnd_evenWhereTheCeoBacksMl() {
        // A large manufacturer, ML done ad hoc by two engineers, a CEO who backs ML and leaders who understand it.
        OrgProfile adHoc = OrgProfile.builder().name("Aisle Nine").industry(Industry.MANUFACTURING).headcount(5000)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD).mlStaff(Role.ML_ENGINEER, 2)
                .ceoInvestsInMl(true).leadershipUnderstanding(LeadershipUnderstanding.HIGH).build();
        Advice advice = Advisor.recommend(adHoc);
        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(Set.of("mlHome", "mlStaff[ML_RESEARCHER]"), advice.roadmap().steps().stream()
                .filter(s -> s.target() == Archetype.RESEARCH_AND_DEVELOPMENT).map(RoadmapStep::field)
                .collect(Collectors.toSet()));

        Advice lab = Advisor.recommend(adHoc.toBuilder().mlHome(MlHome.RESEARCH_LAB).mlStaff(Role.ML_RESEARCHER, 1).build());

        // A lab is A2's home: the CEO's backing does not make it ML-first (A5 needs the business and a division).
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, lab.archetype().primary().archetype(), lab.archetype().toString());
        assertFalse(lab.trace().stream().map(FiredRule::rule).anyMatch("vote ML-first: the CEO invests in ML"::equals));
    }

    @Test
    void anEmptyGroupIsStaffedWithMlEngineers_whichReachesItsTarget_whereAResearcherWouldNot() {
        // An empty division at a publishing firm whose CEO backs ML.
        OrgProfile emptyDivision = OrgProfile.builder().name("Civic ML").industry(Industry.GOVERNMENT).headcount(200)
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.NO_ONE).ceoInvestsInMl(true).publishesResearch(true)
                .build();
        RoadmapStep division = staffSteps(Advisor.recommend(emptyDivision)).get(0);
        assertEquals(Archetype.INDEPENDENT_DIVISION, division.target());
        assertEquals("mlStaff[ML_ENGINEER]", division.field());
        assertTrue(division.message().text().contains("starting with ML engineers"), division.message().text());
        assertEquals(Archetype.INDEPENDENT_DIVISION, Advisor.recommend(emptyDivision.toBuilder().mlStaff(Role.ML_ENGINEER, 1)
                .build()).archetype().primary().archetype());
        // A first researcher instead would tip it into R&D: the role named matters.
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, Advisor.recommend(emptyDivision.toBuilder()
                .mlStaff(Role.ML_RESEARCHER, 1).build()).archetype().primary().archetype());

        // An empty research lab is staffed the same way, as its hiring plan starts (D1), and is then R&D.
        OrgProfile emptyLab = Companies.telecomLab().toBuilder().mlStaff(Role.ML_RESEARCHER, 0).mlStaff(Role.ML_ENGINEER, 0)
                .build();
        Advice lab = Advisor.recommend(emptyLab);
        RoadmapStep staffLab = staffSteps(lab).get(0);
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, staffLab.target());
        assertEquals("mlStaff[ML_ENGINEER]", staffLab.field());
        assertEquals(Role.ML_ENGINEER, lab.hiringPlan().positions().get(0).role());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, Advisor.recommend(emptyLab.toBuilder().mlStaff(Role.ML_ENGINEER, 1)
                .build()).archetype().primary().archetype());
    }

    @Test
    void anEmptyMlGroupIsGivenOnlyTheStepToStaffIt_notStepsTowardOtherArchetypes() {
        // Researchers or a first model in production would need people first.
        OrgProfile emptyDivision = OrgProfile.builder().name("Vault Bank").industry(Industry.FINANCIAL_SERVICES)
                .headcount(20_000).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).build();

        Advice advice = Advisor.recommend(emptyDivision);

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(List.of("mlStaff[ML_ENGINEER]"), advice.roadmap().steps().stream().map(RoadmapStep::field).toList());
    }

    @Test
    void emptyProductTeamsAreToldToStaffThem_whereNascentScoresMoreThanTheTeamsDo() {
        // A logistics firm: nobody in ML (3) and a low-tech sector (1) outscore product teams (3).
        OrgProfile emptyTeams = Companies.freightCompany().toBuilder().mlHome(MlHome.PRODUCT_TEAMS).build();

        Advice advice = Advisor.recommend(emptyTeams);

        assertTrue(points(advice, Archetype.NASCENT) > points(advice, Archetype.PRODUCT_EMBEDDED), advice.archetype().toString());
        // One step, toward the archetype the home scores for; never toward nascent, where the company is.
        assertEquals(List.of(Archetype.PRODUCT_EMBEDDED), staffSteps(advice).stream().map(RoadmapStep::target).toList());
    }

    @Test
    void anEmptyHomeScoringTheSameForTwoArchetypesIsStaffedTowardTheEarlierOne() {
        // Empty product teams under their engineering lead (embedded 3 + 2) at a retailer whose CEO
        // backs ML, whose leaders understand it and whose ML runs the data platform (ML-first 3 + 1 + 1).
        OrgProfile tied = OrgProfile.builder().name("Aisle Nine").industry(Industry.RETAIL).headcount(800)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD).ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).dataAccess(DataAccess.OWNS_DATA_PLATFORM).build();

        Advice advice = Advisor.recommend(tied);

        assertEquals(points(advice, Archetype.PRODUCT_EMBEDDED), points(advice, Archetype.ML_FIRST));
        // As the classification breaks ties: toward the more modest archetype, once.
        assertEquals(List.of(Archetype.PRODUCT_EMBEDDED), staffSteps(advice).stream().map(RoadmapStep::target).toList());
    }

    @Test
    void onlyAnEmptyHomeBeyondAdHocIsToldToStaffIt() {
        // People in ML, ad hoc: the nascent ladder, and their work scores for other archetypes too.
        OrgProfile adHocTeam = OrgProfile.builder().name("Small Soft").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(40).mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CEO).mlStaff(Role.ML_ENGINEER, 3)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).build();
        Advice withPeople = Advisor.recommend(adHocTeam);
        assertEquals(Archetype.NASCENT, withPeople.archetype().primary().archetype());
        assertTrue(points(withPeople, Archetype.PRODUCT_EMBEDDED) > 0, withPeople.archetype().toString());
        assertEquals(List.of(), staffSteps(withPeople));

        // Nobody, and ML done ad hoc: no group to staff, so the steps to a home of its own.
        Advice adHocNobody = Advisor.recommend(Companies.freightCompany().toBuilder().mlHome(MlHome.AD_HOC)
                .industry(Industry.MANUFACTURING).horizon(BusinessHorizon.BALANCED).build());
        assertEquals(List.of(), staffSteps(adHocNobody));
        assertEquals("PRODUCT_TEAMS", step(adHocNobody, Archetype.PRODUCT_EMBEDDED, "mlHome").needed());
        assertEquals("RESEARCH_LAB", step(adHocNobody, Archetype.RESEARCH_AND_DEVELOPMENT, "mlHome").needed());
    }

    @Test
    void theEmptyHomeSignalIsAHomeBeyondAdHocWithNobodyInIt() {
        for (MlHome home : MlHome.values()) {
            for (int staff = 0; staff <= 1; staff++) {
                OrgProfile profile = Companies.freightCompany().toBuilder().mlHome(home)
                        .mlStaff(Role.ML_ENGINEER, staff).build();
                boolean fired = Advisor.recommend(profile).trace().stream().map(FiredRule::rule)
                        .anyMatch("signal: an ML home with nobody in it"::equals);

                assertEquals(staff == 0 && home != MlHome.NOWHERE && home != MlHome.AD_HOC, fired, home + " " + staff);
            }
        }
    }

    private static RoadmapStep step(Advice advice, Archetype target, String field) {
        return advice.roadmap().steps().stream().filter(s -> s.target() == target && s.field().equals(field))
                .findFirst().orElseThrow(() -> new AssertionError("no step " + field + " in " + advice.roadmap()));
    }

    @Test
    void aSmallerCompanyIsToldThatTheDivisionStepsShowWhereGrowthLeads() {
        Advice saas = Advisor.recommend(Companies.saasCompany());

        assertEquals(Archetype.PRODUCT_EMBEDDED, saas.archetype().primary().archetype());
        assertTrue(saas.roadmap().targets().contains(Archetype.INDEPENDENT_DIVISION));
        var note = saas.roadmap().notes().stream()
                .filter(n -> n.message().key().equals("roadmap.division.smaller-company")).findFirst().orElseThrow();
        assertEquals("Independent ML divisions are mostly found in large companies; at 600 people, read the steps "
                + "toward one as where growth would lead rather than as the next move.", note.message().text());
        assertEquals(Evidence.profileField("headcount", "600"), note.explanation().evidence().get(0));
        assertEquals(List.of("A4"), note.explanation().sourceIds());

        // A large company, and a company whose roadmap names no division step, get no such note.
        assertTrue(noteKeys(Advisor.recommend(Companies.saasCompany().toBuilder().headcount(1000).build()))
                .stream().noneMatch(k -> k.equals("roadmap.division.smaller-company")));
        Advice lab = Advisor.recommend(Companies.telecomLab().toBuilder().headcount(400).build());
        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, lab.archetype().primary().archetype());
        assertTrue(noteKeys(lab).contains("roadmap.division.smaller-company"), noteKeys(lab).toString());
        Advice division = Advisor.recommend(Companies.bank().toBuilder().headcount(400).build());
        assertEquals(Archetype.INDEPENDENT_DIVISION, division.archetype().primary().archetype());
        assertFalse(noteKeys(division).contains("roadmap.division.smaller-company"), noteKeys(division).toString());
    }

    private static List<String> noteKeys(Advice advice) {
        return advice.roadmap().notes().stream().map(n -> n.message().key()).toList();
    }
}
