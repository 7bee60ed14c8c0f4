package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.Change.Aspect;
import dev.mlteams.advisor.analysis.FieldChange;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** "What if our ML team reported to the CTO instead of a product lead?" */
class WhatIfTest {

    private static final OrgProfile PRODUCT_LEAD = Companies.saasCompany().toBuilder()
            .mlReportsTo(ReportingLine.PRODUCT_OR_BUSINESS_LEAD).mlStaff(Role.ML_PRODUCT_MANAGER, 1).build();

    @Test
    void reportingToTheCtoInsteadOfAProductLead() {
        AdviceComparison comparison = Advisor.defaults().compare(PRODUCT_LEAD,
                PRODUCT_LEAD.toBuilder().mlReportsTo(ReportingLine.CTO).build());

        assertEquals(List.of(new FieldChange("mlReportsTo", "PRODUCT_OR_BUSINESS_LEAD", "CTO")),
                comparison.changedFields());
        assertTrue(comparison.rulesOnlyBefore().contains("vote embedded: ML reports to a team or product lead"));
        assertTrue(comparison.rulesOnlyAfter().contains("vote division: ML reports to senior leadership"));
        Change mixed = comparison.changes(Aspect.PRACTICE).stream()
                .filter(c -> c.subject().equals("practice.mixed-organisation")).findFirst().orElseThrow();
        assertEquals(Change.ABSENT, mixed.before());
        assertEquals("present", mixed.after());
        assertEquals(List.of("practice: a mixed organisation should choose where it is heading"), mixed.rules());
        assertEquals(List.of("mlReportsTo"), mixed.fields());
    }

    @Test
    void movingIntoADivisionChangesTheArchetypeDesignAndHires() {
        AdviceComparison comparison = Advisor.defaults().compare(PRODUCT_LEAD, PRODUCT_LEAD.toBuilder()
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).build());

        Change archetype = comparison.changes(Aspect.ARCHETYPE).get(0);
        assertEquals("PRODUCT_EMBEDDED", archetype.before());
        assertEquals("INDEPENDENT_DIVISION", archetype.after());
        assertTrue(archetype.rules().contains("vote division: a separate ML division"), archetype.rules().toString());
        assertTrue(archetype.fields().contains("mlHome"), archetype.fields().toString());

        assertEquals(List.of("engineeringVsResearch", "dataOwnership", "modelOwnership"),
                comparison.changes(Aspect.DESIGN).stream().map(Change::subject).toList());
        assertEquals("TEAM_ENGINEERING_LEAD", comparison.changes(Aspect.REPORTING_LINE).get(0).before());
        assertEquals("CTO", comparison.changes(Aspect.REPORTING_LINE).get(0).after());
        assertTrue(comparison.changes(Aspect.HIRE).stream()
                .anyMatch(c -> c.subject().equals("SENIOR ML_PRODUCT_MANAGER") && c.before().equals(Change.ABSENT)));
    }

    @Test
    void theCompanyNameIsNeverAFieldBehindAChange() {
        OrgProfile renamedDivision = PRODUCT_LEAD.toBuilder().name("Renamed Ltd").mlHome(MlHome.ML_DIVISION)
                .mlReportsTo(ReportingLine.CTO).build();

        AdviceComparison comparison = Advisor.defaults().compare(PRODUCT_LEAD, renamedDivision);

        assertEquals(List.of("name", "mlHome", "mlReportsTo"),
                comparison.changedFields().stream().map(FieldChange::field).toList());
        for (Change change : comparison.changes()) {
            assertFalse(change.fields().contains("name"), change.toString());
        }
        // The design follows the archetype, so its evidence holds no profile field: its fields are
        // the changed ones that the rules read.
        assertEquals(List.of("mlHome", "mlReportsTo"), comparison.changes(Aspect.DESIGN).get(0).fields());
    }

    @Test
    void aFieldARuleTestsWithoutBindingItIsStillBehindItsChange() {
        // A rule set of its own, where no rule binds the headcount.
        Advisor advisor = Advisor.builder().withoutDefaultRules().addKnowledge(CustomRulesTest.ACME_1)
                .addMessages(CustomRulesTest.ACME_MESSAGES).addRules("acme.drl", CustomRulesTest.HEADER + """
                        rule "acme: decide everything"
                            @source("ACME-1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.NASCENT, 100, "acme.plan");
                            advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, "acme.plan");
                            advise.design(DataOwnership.BORROWS_FROM_OWNERS, "acme.plan");
                            advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, "acme.plan");
                            advise.reportingLine(ReportingLine.CTO, "acme.plan");
                        end
                        rule "acme: big firms review model risk"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry, headcount > 100 )
                        then
                            advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                        end
                        """).build();
        OrgProfile small = PRODUCT_LEAD.toBuilder().name("Small").headcount(40).mlStaff(Role.ML_ENGINEER, 2).build();

        AdviceComparison comparison = advisor.compare(small, small.toBuilder().name("Big").headcount(400).build());

        assertEquals(List.of("name", "headcount"), comparison.changedFields().stream().map(FieldChange::field).toList());
        assertEquals(List.of(List.of("headcount")), comparison.changes().stream().map(Change::fields).toList());
    }

    @Test
    void identicalProfilesHaveNoChanges() {
        AdviceComparison comparison = Advisor.defaults().compare(PRODUCT_LEAD, PRODUCT_LEAD);

        assertEquals(List.of(), comparison.changedFields());
        assertEquals(List.of(), comparison.changes());
        assertEquals(List.of(), comparison.rulesOnlyBefore());
        assertEquals(List.of(), comparison.rulesOnlyAfter());
    }
}
