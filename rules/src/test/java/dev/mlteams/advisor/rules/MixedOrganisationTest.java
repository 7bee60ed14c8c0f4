package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
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
    void an_ml_first_company_with_signs_of_a_division_is_not_asked_to_choose_between_them() {
        // A central division beside ML in the business units, reporting to the CTO: ML-first, with a
        // division close behind. A5 holds a division, so there is nothing to choose.
        OrgProfile spread = OrgProfile.builder().name("Spread").industry(Industry.HEALTHCARE).headcount(500)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 1)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).plannedHires(3).build();

        Advice advice = Advisor.recommend(spread);

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().alternative().orElseThrow().archetype());
        List<Practice> mixed = mixedOrganisationPractices(advice);
        assertEquals(List.of("practice.mixed-organisation.mlfirst"), mixed.stream().map(p -> p.message().key()).toList());
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION.name()), mixed.get(0).message().args());
        assertTrue(mixed.get(0).message().text().contains("hard, long-term projects"), mixed.get(0).message().text());
    }

    @Test
    void an_ml_first_company_without_both_parts_is_told_to_build_them_not_to_share_work_between_them() {
        // Product teams only: no central division yet.
        OrgProfile teams = OrgProfile.builder().name("Teams").industry(Industry.OIL_AND_GAS).headcount(50_000)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 4)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 2).ceoInvestsInMl(true).dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                .leadershipUnderstanding(LeadershipUnderstanding.MEDIUM).plannedHires(3).build();

        Advice advice = Advisor.recommend(teams);

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        List<Practice> mixed = mixedOrganisationPractices(advice);
        assertEquals(List.of("practice.mixed-organisation.mlfirst.build"), mixed.stream().map(p -> p.message().key()).toList());
        assertTrue(mixed.get(0).message().text().contains("though its ML home today is product teams: build both parts"),
                mixed.get(0).message().text());
    }

    @Test
    void a_division_with_signs_of_ml_first_is_not_asked_to_choose_between_them() {
        // A separate division whose CEO invests in ML and whose ML runs the data platform: a
        // division, with ML-first close behind. ML-first holds a division (A5): one path, not a choice.
        OrgProfile growing = OrgProfile.builder().name("Growing").industry(Industry.FINANCIAL_SERVICES).headcount(8000)
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 12)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 2).mlStaff(Role.DATA_ENGINEER, 4).ceoInvestsInMl(true)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).leadershipUnderstanding(LeadershipUnderstanding.MEDIUM)
                .plannedHires(5).build();

        Advice advice = Advisor.recommend(growing);

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        assertEquals(Archetype.ML_FIRST, advice.archetype().alternative().orElseThrow().archetype());
        List<Practice> mixed = mixedOrganisationPractices(advice);
        assertEquals(List.of("practice.mixed-organisation.toward-mlfirst"), mixed.stream().map(p -> p.message().key()).toList());
        assertEquals(List.of(Archetype.INDEPENDENT_DIVISION.name()), mixed.get(0).message().args());
    }

    @Test
    void a_nascent_organisation_with_signs_of_another_is_not_offered_nascent_as_a_direction() {
        // Ad hoc ML with one data scientist, at a retailer whose ML runs the data platform and
        // whose leaders understand ML: nascent, with ML-first signs.
        Advice advice = Advisor.recommend(OrgProfile.builder().name("DataCo").industry(Industry.RETAIL).headcount(500)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).mlStaff(Role.DATA_SCIENTIST, 1)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).leadershipUnderstanding(LeadershipUnderstanding.HIGH)
                .plannedHires(4).build());

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        Archetype alternative = advice.archetype().alternative().orElseThrow().archetype();
        List<Practice> mixed = mixedOrganisationPractices(advice);
        assertEquals(List.of("practice.mixed-organisation.nascent"), mixed.stream().map(p -> p.message().key()).toList());
        assertEquals(List.of(alternative.name()), mixed.get(0).message().args());
    }

    @Test
    void signs_of_nascent_ml_beside_an_organised_archetype_are_ad_hoc_work_to_bring_inside_not_a_direction() {
        // No home and a single engineer (nascent) in a software firm whose product-team lead runs
        // the models it ships (embedded).
        Advice advice = Advisor.recommend(OrgProfile.builder().name("Halfway").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(500).mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 1).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .publishesResearch(true).build());

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(Archetype.NASCENT, advice.archetype().alternative().orElseThrow().archetype());
        assertEquals(List.of("practice.mixed-organisation.ad-hoc"), advice.practices().stream().map(p -> p.message().key())
                .filter(k -> k.startsWith("practice.mixed-organisation")).toList());
    }

    @Test
    void signs_of_nascent_ml_in_an_organisation_with_a_home_are_its_youth_not_work_outside_it() {
        // Every ML person sits in a product team; nascent is the alternative only for a low-tech
        // sector and a small team with nothing shipped. There is no ad-hoc work to bring inside.
        Advice advice = Advisor.recommend(OrgProfile.builder().name("Classroom").industry(Industry.EDUCATION)
                .headcount(300).mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.CTO)
                .mlStaff(Role.ML_ENGINEER, 2).plannedHires(2).build());

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(Archetype.NASCENT, advice.archetype().alternative().orElseThrow().archetype());
        List<Practice> mixed = mixedOrganisationPractices(advice);
        assertEquals(List.of("practice.mixed-organisation.early"), mixed.stream().map(p -> p.message().key()).toList());
        assertTrue(mixed.get(0).explanation().evidence().stream().anyMatch(e -> e.name().equals("mlHome")));
    }

    @Test
    void a_tie_goes_to_the_archetype_earlier_on_the_ladder() {
        // Embedded 5 points (product teams, software firm, runs its models); ML-first 5 (the CEO
        // invests, leaders understand ML, ML runs the data platform).
        Advice advice = Advisor.recommend(Companies.saasCompany().toBuilder().mlReportsTo(ReportingLine.CEO)
                .ceoInvestsInMl(true).leadershipUnderstanding(LeadershipUnderstanding.HIGH)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).build());

        assertEquals(5, points(advice, Archetype.PRODUCT_EMBEDDED));
        assertEquals(5, points(advice, Archetype.ML_FIRST));
        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(Archetype.ML_FIRST, advice.archetype().alternative().orElseThrow().archetype());
    }

    @Test
    void the_runner_up_is_an_alternative_only_with_at_least_half_the_top_score() {
        OrgProfile.Builder ceoBacked = Companies.saasCompany().toBuilder().ceoInvestsInMl(true);

        Advice half = Advisor.recommend(ceoBacked.leadershipUnderstanding(LeadershipUnderstanding.HIGH).build());
        assertEquals(List.of(7, 4), List.of(points(half, Archetype.PRODUCT_EMBEDDED), points(half, Archetype.ML_FIRST)));
        assertEquals(Archetype.ML_FIRST, half.archetype().alternative().orElseThrow().archetype());

        Advice less = Advisor.recommend(ceoBacked.leadershipUnderstanding(LeadershipUnderstanding.MEDIUM).build());
        assertEquals(List.of(7, 3), List.of(points(less, Archetype.PRODUCT_EMBEDDED), points(less, Archetype.ML_FIRST)));
        assertTrue(less.archetype().alternative().isEmpty());
    }

    private static int points(Advice advice, Archetype archetype) {
        return advice.archetype().scores().stream().filter(s -> s.archetype() == archetype)
                .mapToInt(ArchetypeScore::points).findFirst().orElseThrow();
    }

    @Test
    void a_clear_case_has_no_alternative() {
        Advice advice = Advisor.recommend(Companies.freightCompany());

        assertTrue(advice.archetype().alternative().isEmpty());
        assertEquals(100, advice.archetype().primary().confidencePercent());
    }

    private static List<Practice> mixedOrganisationPractices(Advice advice) {
        return advice.practices().stream().filter(p -> p.message().key().startsWith("practice.mixed-organisation")).toList();
    }
}
