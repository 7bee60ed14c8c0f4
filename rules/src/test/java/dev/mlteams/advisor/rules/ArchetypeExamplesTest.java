package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** One realistic company per archetype, through the real default rules. */
class ArchetypeExamplesTest {

    @Test
    void nascent_freightCompanyWithNoMlPeople() {
        Advice advice = Advisor.recommend(Companies.freightCompany());

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertDesign(advice.teamDesign(), EngineeringResearchBalance.GENERALIST_ENGINEERING,
                DataOwnership.BORROWS_FROM_OWNERS, ModelOwnership.BUILDERS_OWN_END_TO_END);
        assertEquals(ReportingLine.CTO, advice.teamDesign().reportingLine().recommended());
        assertFirstHire(advice, Role.ML_ENGINEER, Seniority.SENIOR);
        assertCites(advice, "A1", "D1", "P9", "H1.1");
        // D1 is derived, and the design says so.
        assertTrue(advice.teamDesign().engineeringVsResearch().explanation().derived());
        assertTrue(advice.teamDesign().dataOwnership().explanation().derived());
        assertTrue(advice.teamDesign().modelOwnership().explanation().derived());
    }

    @Test
    void researchAndDevelopment_telecomLab() {
        Advice advice = Advisor.recommend(Companies.telecomLab());

        assertEquals(Archetype.RESEARCH_AND_DEVELOPMENT, advice.archetype().primary().archetype());
        assertDesign(advice.teamDesign(), EngineeringResearchBalance.RESEARCH_FIRST, DataOwnership.NO_CONTROL,
                ModelOwnership.RARELY_DEPLOYED);
        assertEquals(ReportingLine.RESEARCH_HEAD, advice.teamDesign().reportingLine().recommended());
        assertFirstHire(advice, Role.ML_RESEARCHER, Seniority.SENIOR);
        assertCites(advice, "A2", "D2", "P6", "P8", "P3", "H2.1", "H3.3");
        assertFalse(advice.teamDesign().engineeringVsResearch().explanation().derived());
    }

    @Test
    void productEmbedded_saasCompany() {
        Advice advice = Advisor.recommend(Companies.saasCompany());

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertDesign(advice.teamDesign(), EngineeringResearchBalance.ENGINEERING_FIRST,
                DataOwnership.SHARED_PIPELINES, ModelOwnership.ENGINEERS_OWN_DEPLOYED);
        assertEquals(ReportingLine.TEAM_ENGINEERING_LEAD, advice.teamDesign().reportingLine().recommended());
        assertFirstHire(advice, Role.ML_ENGINEER, Seniority.MID);
        assertCites(advice, "A3", "D3", "R6", "R2", "H1.3", "P9");
    }

    @Test
    void independentDivision_bank() {
        Advice advice = Advisor.recommend(Companies.bank());

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        assertDesign(advice.teamDesign(), EngineeringResearchBalance.BOTH_STRONG, DataOwnership.GOVERNANCE_VOICE,
                ModelOwnership.MAINTAINS_USERS_OPERATE);
        assertEquals(ReportingLine.CTO, advice.teamDesign().reportingLine().recommended());
        assertFirstHire(advice, Role.ML_PRODUCT_MANAGER, Seniority.SENIOR);
        assertCites(advice, "A4", "D4", "R1", "H4.3", "H4.4");
    }

    @Test
    void independentDivision_thatAlreadyReportsToTheCeo_keepsThatLine() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().mlReportsTo(ReportingLine.CEO).build());

        assertEquals(Archetype.INDEPENDENT_DIVISION, advice.archetype().primary().archetype());
        assertEquals(ReportingLine.CEO, advice.teamDesign().reportingLine().recommended());
        assertEquals("division reporting: keep the line to the CEO",
                advice.teamDesign().reportingLine().explanation().rule());
    }

    @Test
    void mlFirst_startupBackedByItsCeo() {
        Advice advice = Advisor.recommend(Companies.mlStartup());

        assertEquals(Archetype.ML_FIRST, advice.archetype().primary().archetype());
        assertDesign(advice.teamDesign(), EngineeringResearchBalance.VARIES_BY_TEAM, DataOwnership.OWNS_COMPANY_DATA,
                ModelOwnership.HANDED_TO_USERS);
        assertEquals(ReportingLine.CEO, advice.teamDesign().reportingLine().recommended());
        assertFirstHire(advice, Role.DATA_ENGINEER, Seniority.SENIOR);
        assertCites(advice, "A5", "D5", "R2", "R3", "R6");
    }

    @Test
    void planned_hires_are_split_without_exceeding_the_plan() {
        for (OrgProfile profile : new OrgProfile[] {Companies.freightCompany(), Companies.telecomLab(),
                Companies.saasCompany(), Companies.bank(), Companies.mlStartup()}) {
            int planned = Advisor.recommend(profile).hiringPlan().positions().stream().mapToInt(Position::count).sum();
            assertEquals(profile.plannedHires(), planned, profile.name());
        }
    }

    private static void assertDesign(TeamDesign design, EngineeringResearchBalance engineering, DataOwnership data,
            ModelOwnership model) {
        assertEquals(engineering, design.engineeringVsResearch().stance());
        assertEquals(data, design.dataOwnership().stance());
        assertEquals(model, design.modelOwnership().stance());
    }

    private static void assertFirstHire(Advice advice, Role role, Seniority seniority) {
        Position first = advice.hiringPlan().positions().get(0);
        assertEquals(1, first.priority());
        assertEquals(role, first.role());
        assertEquals(seniority, first.seniority());
        assertFalse(first.mustHave().isEmpty(), "the first hire lists must-have skills");
    }

    private static void assertCites(Advice advice, String... ids) {
        Set<String> cited = advice.items().stream().map(Explained::explanation)
                .flatMap(e -> e.sourceIds().stream()).collect(Collectors.toSet());
        for (String id : ids) {
            assertTrue(cited.contains(id), () -> "expected the advice to cite " + id + "; it cites " + cited);
        }
    }
}
