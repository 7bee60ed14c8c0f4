package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.Change.Aspect;
import dev.mlteams.advisor.analysis.FieldChange;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** "What if our ML team reported to the CTO instead of a product lead?" */
class WhatIfTest {

    private static final OrgProfile PRODUCT_LEAD = Companies.saasCompany().toBuilder()
            .mlReportsTo(ReportingLine.PRODUCT_OR_BUSINESS_LEAD).mlStaff(Role.ML_PRODUCT_MANAGER, 1).build();

    /** The README's quick-start company. */
    private static final OrgProfile LEDGERLY = OrgProfile.builder()
            .name("Ledgerly").industry(Industry.FINANCIAL_SERVICES).headcount(400)
            .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
            .mlStaff(Role.ML_ENGINEER, 4).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
            .plannedHires(3)
            .build();

    /** A change as the CLI prints it, without its rules and fields. */
    private static String line(Change change) {
        return change.aspect() + " " + change.subject() + ": " + change.before() + " -> " + change.after();
    }

    @Test
    void aSkillForOneSeniorityIsNamedWithItsSeniority() {
        // One planned hire is a senior generalist; two add a junior, whose DevOps is a plus (H1.2, H1.3)
        // and who learns from the senior hired first, as nobody works on ML yet (H1.1).
        OrgProfile one = Companies.freightCompany().toBuilder().plannedHires(1).build();

        List<String> skills = Advisor.defaults().compare(one, one.toBuilder().plannedHires(2).build())
                .changes(Aspect.SKILL).stream().map(WhatIfTest::line).toList();

        assertEquals(List.of("SKILL JUNIOR ML_ENGINEER skill.learns-ml.from-first-hires: absent -> nice-to-have",
                "SKILL JUNIOR ML_ENGINEER skill.devops.junior: absent -> nice-to-have"), skills);
    }

    @Test
    void theReadmeQuestionChangesTheVotesScoresConfidenceAndRoadmap() {
        // The primary archetype, design and hires stay; the evidence for them and the way up do not.
        for (ReportingLine reportingTo : List.of(ReportingLine.TEAM_ENGINEERING_LEAD, ReportingLine.PRODUCT_OR_BUSINESS_LEAD)) {
            OrgProfile before = LEDGERLY.toBuilder().mlReportsTo(reportingTo).build();

            AdviceComparison comparison = Advisor.defaults().compare(before,
                    before.toBuilder().mlReportsTo(ReportingLine.CTO).build());

            // A3 names the team's engineering lead: a product or business lead is weaker evidence.
            boolean teamLead = reportingTo == ReportingLine.TEAM_ENGINEERING_LEAD;
            List<String> expected = new ArrayList<>(List.of("CONFIDENCE primary: 100% -> 71%",
                    "SCORE PRODUCT_EMBEDDED: " + (teamLead ? 7 : 6) + " -> 5",
                    "SCORE INDEPENDENT_DIVISION: 0 -> 2",
                    "VOTE PRODUCT_EMBEDDED vote.reports-to-team-lead: " + (teamLead ? 2 : 1) + " -> absent",
                    "VOTE INDEPENDENT_DIVISION vote.reports-to-senior-leadership: absent -> 2",
                    "ROADMAP_STEP INDEPENDENT_DIVISION mlReportsTo: CTO or CEO -> absent"));
            if (reportingTo == ReportingLine.TEAM_ENGINEERING_LEAD) {
                // The same line is advised, but no longer as the one to keep.
                expected.add(5, "REPORTING_LINE reportingLine: TEAM_ENGINEERING_LEAD (reporting.embedded.kept)"
                        + " -> TEAM_ENGINEERING_LEAD (reporting.embedded)");
            }
            assertEquals(expected, comparison.changes().stream().map(WhatIfTest::line).toList(), reportingTo.name());
            Change score = comparison.changes(Aspect.SCORE).get(0);
            assertEquals(List.of(teamLead ? "vote embedded: ML reports to the team's engineering lead"
                    : "vote embedded: ML reports to a product or business lead"), score.rules());
            assertEquals(List.of("mlReportsTo"), score.fields());
            Change step = comparison.changes(Aspect.ROADMAP_STEP).get(0);
            assertEquals(List.of("roadmap to division: report to senior leadership"), step.rules());
            assertEquals(List.of("mlReportsTo"), step.fields());
        }
    }

    @Test
    void withoutTheCeosBackingAMixedCompanyHasNoAlternativeArchetype() {
        OrgProfile mixed = Companies.saasCompany().toBuilder().ceoInvestsInMl(true)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).build();

        AdviceComparison comparison = Advisor.defaults().compare(mixed, mixed.toBuilder().ceoInvestsInMl(false).build());

        assertEquals(List.of("ARCHETYPE alternative: ML_FIRST -> absent",
                "CONFIDENCE primary: 63% -> 87%",
                "CONFIDENCE alternative: 36% -> absent",
                "SCORE ML_FIRST: 4 -> 1",
                "VOTE ML_FIRST vote.ceo-invests: 3 -> absent",
                "PRACTICE practice.mixed-organisation.toward-mlfirst: present -> absent"),
                comparison.changes().stream().map(WhatIfTest::line).toList());
        Change alternative = comparison.changes(Aspect.ARCHETYPE).get(0);
        assertTrue(alternative.rules().contains("vote ML-first: the CEO invests in ML"), alternative.rules().toString());
        assertEquals(List.of("ceoInvestsInMl"), alternative.fields());
    }

    @Test
    void aMissingProfileIsNamedByItsPlaceInTheComparison() {
        Advisor advisor = Advisor.defaults();

        assertEquals("before", assertThrows(NullPointerException.class,
                () -> advisor.compare(null, PRODUCT_LEAD)).getMessage());
        assertEquals("after", assertThrows(NullPointerException.class,
                () -> advisor.compare(PRODUCT_LEAD, null)).getMessage());
    }

    @Test
    void aComparisonInAnotherLanguageHasItsTextsInThatLanguageAndTheSameChanges() {
        Advisor advisor = Advisor.defaults();
        OrgProfile after = PRODUCT_LEAD.toBuilder().mlReportsTo(ReportingLine.CTO).build();

        AdviceComparison chinese = advisor.compare(PRODUCT_LEAD, after, Locale.SIMPLIFIED_CHINESE);
        AdviceComparison english = advisor.compare(PRODUCT_LEAD, after);

        assertEquals(advisor.advise(PRODUCT_LEAD, Locale.SIMPLIFIED_CHINESE), chinese.before());
        assertEquals(advisor.advise(after, Locale.SIMPLIFIED_CHINESE), chinese.after());
        assertEquals(Locale.SIMPLIFIED_CHINESE, chinese.after().locale());
        String text = chinese.after().archetype().primary().message().text();
        assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                text);
        // Items are compared by key and value: the changes do not depend on the language.
        assertEquals(english.changes(), chinese.changes());
        assertEquals(english.changedFields(), chinese.changedFields());
        assertEquals(Locale.ENGLISH, english.before().locale());
        assertEquals("locale", assertThrows(NullPointerException.class,
                () -> advisor.compare(PRODUCT_LEAD, after, null)).getMessage());
    }

    @Test
    void reportingToTheCtoInsteadOfAProductLead() {
        AdviceComparison comparison = Advisor.defaults().compare(PRODUCT_LEAD,
                PRODUCT_LEAD.toBuilder().mlReportsTo(ReportingLine.CTO).build());

        assertEquals(List.of(new FieldChange("mlReportsTo", "PRODUCT_OR_BUSINESS_LEAD", "CTO")),
                comparison.changedFields());
        assertTrue(comparison.rulesOnlyBefore().contains("vote embedded: ML reports to a product or business lead"));
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

    /** Acme's reporting line, for rule sets that give it no other. */
    private static final String REPORT_TO_CTO = """
            rule "acme: report to the CTO"
                @source("ACME-1")
                ruleflow-group "classify"
            when
                OrgProfile( $industry : industry )
            then
                advise.reportingLine(ReportingLine.CTO, "acme.plan");
            end
            """;

    /** A rule that tests the headcount without binding it. */
    private static final String BIG_FIRMS_REVIEW_MODEL_RISK = """
            rule "acme: big firms review model risk"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry, headcount > 100 )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
            end
            """;

    /** A rule set of Acme's own: one rule decides the archetype and the design, {@code rules} the rest. */
    private static Advisor acme(String rules) {
        return Advisor.builder().withoutDefaultRules().addKnowledge(CustomRulesTest.ACME_1)
                .addMessages(CustomRulesTest.ACME_MESSAGES).addRules("acme.drl", CustomRulesTest.HEADER + """
                        rule "acme: decide the archetype and design"
                            @source("ACME-1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.NASCENT, 100, "acme.plan");
                            advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, "acme.plan");
                            advise.design(DataOwnership.BORROWS_FROM_OWNERS, "acme.plan");
                            advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, "acme.plan");
                        end
                        """ + rules).build();
    }

    @Test
    void aFieldARuleTestsWithoutBindingItIsStillBehindItsChange() {
        // A rule set of its own, where no rule binds the headcount.
        Advisor advisor = acme(REPORT_TO_CTO + BIG_FIRMS_REVIEW_MODEL_RISK);
        OrgProfile small = PRODUCT_LEAD.toBuilder().name("Small").headcount(40).mlStaff(Role.ML_ENGINEER, 2).build();

        AdviceComparison comparison = advisor.compare(small, small.toBuilder().name("Big").headcount(400).build());

        assertEquals(List.of("name", "headcount"), comparison.changedFields().stream().map(FieldChange::field).toList());
        assertEquals(List.of(List.of("headcount")), comparison.changes().stream().map(Change::fields).toList());
    }

    /** What changes in {@code advisor}'s advice when a firm of 40 grows to 400. */
    private static AdviceComparison smallToBig(Advisor advisor) {
        OrgProfile small = PRODUCT_LEAD.toBuilder().headcount(40).mlStaff(Role.ML_ENGINEER, 2).build();
        return advisor.compare(small, small.toBuilder().headcount(400).build());
    }

    @Test
    void itemsThatSayTheSameInOtherWordsOrAnotherAreaAreChangesThatShowTheDifference() {
        // A rule set of its own, where the size of the firm changes how its advice is worded and filed.
        Advisor advisor = acme("""
                rule "acme: small firms"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount <= 100 )
                then
                    advise.reportingLine(ReportingLine.CTO, "acme.plan");
                    advise.practice(PracticeArea.PLANNING, "acme.plan");
                end
                rule "acme: big firms"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount > 100, $industry : industry )
                then
                    advise.reportingLine(ReportingLine.CTO, "acme.risk-review", $industry);
                    advise.practice(PracticeArea.PEOPLE, "acme.plan");
                end
                """);
        AdviceComparison comparison = smallToBig(advisor);

        assertEquals(List.of("REPORTING_LINE reportingLine: CTO (acme.plan) -> CTO (acme.risk-review)",
                "PRACTICE acme.plan: present (PLANNING) -> present (PEOPLE)"),
                comparison.changes().stream().map(WhatIfTest::line).toList());
        assertEquals(List.of("acme: small firms", "acme: big firms"), comparison.changes().get(0).rules());
        assertEquals(List.of("headcount"), comparison.changes().get(0).fields());
    }

    @Test
    void anOpeningMoreAsksNoNewSkills_butABarAMitigationAndACollaborationPracticeAreChanges() {
        // A rule set of its own, where a big firm hires a junior too, and its advice adds or differs in one detail.
        Advisor advisor = acme("""
                rule "acme: hire by size"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount, $industry : industry )
                then
                    advise.reportingLine(ReportingLine.CTO, "acme.plan");
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.MID, "acme.plan");
                    advise.mustHave(Role.ML_ENGINEER, "acme.plan");
                    if ($headcount > 100) {
                        advise.position(2, Role.ML_ENGINEER, 1, Seniority.JUNIOR, "acme.plan");
                        advise.interview(Role.ML_ENGINEER, InterviewFocus.MINIMUM_BAR, "acme.plan");
                        advise.practice(PracticeArea.COLLABORATION, "acme.plan");
                        advise.risk("acme.plan", "acme.risk-review", $industry);
                    } else {
                        advise.risk("acme.plan", "acme.plan");
                    }
                end
                """);
        AdviceComparison comparison = smallToBig(advisor);

        assertEquals(List.of("HIRE JUNIOR ML_ENGINEER: absent -> 1 at priority 2",
                "INTERVIEW ML_ENGINEER acme.plan: absent -> MINIMUM_BAR",
                "PRACTICE acme.plan: absent -> present",
                "RISK acme.plan: present (acme.plan) -> present (acme.risk-review)"),
                comparison.changes().stream().map(WhatIfTest::line).toList());
    }

    @Test
    void aVoteThatOnlyChangesItsWeightIsBehindTheConfidenceAndScore_andBothScoresOfAnArchetypeCount() {
        // A rule set of its own, where the size of the firm weighs its vote and totals it a second time.
        Advisor advisor = acme("""
                rule "acme: vote by size"
                    @source("ACME-1")
                    ruleflow-group "score"
                when
                    OrgProfile( $headcount : headcount )
                then
                    advise.vote(Archetype.ML_FIRST, $headcount > 100 ? 3 : 2, "acme.plan");
                    insert(new ArchetypeScore(Archetype.ML_FIRST, 5));
                    insert(new ArchetypeScore(Archetype.ML_FIRST, $headcount > 100 ? 3 : 2));
                end
                rule "acme: alternative by size"
                    @source("ACME-1")
                    ruleflow-group "classify"
                when
                    OrgProfile( $headcount : headcount )
                then
                    advise.alternativeArchetype(Archetype.ML_FIRST, $headcount > 100 ? 40 : 30, "acme.plan");
                    advise.reportingLine(ReportingLine.CTO, "acme.plan");
                end
                """);
        AdviceComparison comparison = smallToBig(advisor);

        assertEquals(List.of("CONFIDENCE alternative: 30% -> 40%",
                "SCORE ML_FIRST: 5, 2 -> 5, 3",
                "VOTE ML_FIRST acme.plan: 2 -> 3"),
                comparison.changes().stream().map(WhatIfTest::line).toList());
        assertEquals(List.of("acme: alternative by size", "acme: vote by size"), comparison.changes().get(0).rules());
        assertEquals(List.of("acme: vote by size"), comparison.changes().get(1).rules());
    }

    @Test
    void aChangesFieldsAreThoseItsEvidenceCites_throughASignal_andAFieldNoRuleReadsIsBehindNone() {
        // A rule set of its own: the headcount is read through a signal, the planned hires directly,
        // a third tests the headcount without binding it, and no rule reads the CEO's backing.
        Advisor advisor = acme(REPORT_TO_CTO + """
                rule "acme: a big firm"
                    @source("ACME-1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $headcount : headcount > 100 )
                then
                    advise.signal("big-firm", $headcount);
                end
                rule "acme: big firms plan in bets"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    dev.mlteams.advisor.authoring.Signal( name == "big-firm" )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan");
                end
                rule "acme: hiring firms review model risk"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $plannedHires : plannedHires > 2 )
                then
                    advise.risk("acme.risk-review", "acme.plan", $plannedHires);
                end
                """ + BIG_FIRMS_REVIEW_MODEL_RISK);
        OrgProfile small = PRODUCT_LEAD.toBuilder().headcount(40).plannedHires(1).ceoInvestsInMl(false)
                .mlStaff(Role.ML_ENGINEER, 2).build();

        AdviceComparison comparison = advisor.compare(small,
                small.toBuilder().headcount(400).plannedHires(5).ceoInvestsInMl(true).build());

        assertEquals(List.of("headcount", "ceoInvestsInMl", "plannedHires"),
                comparison.changedFields().stream().map(FieldChange::field).toList());
        assertEquals(List.of("PRACTICE acme.plan: absent -> present",
                "PRACTICE acme.risk-review: absent -> present",
                "RISK acme.risk-review: absent -> present"),
                comparison.changes().stream().map(WhatIfTest::line).toList());
        // The practice cites the headcount only in the basis of the signal it matched.
        assertEquals(List.of("headcount"), comparison.changes(Aspect.PRACTICE).get(0).fields());
        assertEquals(List.of("plannedHires"), comparison.changes(Aspect.RISK).get(0).fields());
        // The other practice's evidence cites no changed field: every changed field some rule read, not the CEO's backing.
        assertEquals(List.of("headcount", "plannedHires"), comparison.changes(Aspect.PRACTICE).get(1).fields());
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
