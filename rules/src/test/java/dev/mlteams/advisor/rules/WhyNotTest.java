package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.analysis.WhyNot.ConditionCheck;
import dev.mlteams.advisor.analysis.WhyNot.Outcome;
import dev.mlteams.advisor.analysis.WhyNot.RuleDiagnosis;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.WhyNotText;
import dev.mlteams.advisor.scenarios.Scenario;
import dev.mlteams.advisor.scenarios.ScenarioReader;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Why an item was not given: the rules that could give it and every condition that failed, with the actual value. */
class WhyNotTest {

    @Test
    void aDefaultRuleNamesTheUnmetConditionAndTheActualValue() {
        WhyNot why = Advisor.defaults().whyNot(Companies.saasCompany(), "practice.portfolio");

        assertEquals(List.of(), why.produced());
        RuleDiagnosis rule = why.rules().get(0);
        assertEquals("practice: a portfolio of bets where the business looks beyond quick wins", rule.rule());
        assertFalse(rule.fired());
        ConditionCheck unmet = rule.unmet().get(0);
        assertEquals("OrgProfile", unmet.pattern());
        assertEquals("$horizon : horizon in (BusinessHorizon.BALANCED, BusinessHorizon.LONG_TERM_BETS)", unmet.condition());
        assertEquals("horizon = QUICK_WINS", unmet.actual());
    }

    @Test
    void aKeyNoBundleHasIsRefusedRatherThanReportedAsGivenByNoRule() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Advisor.defaults().whyNot(Companies.saasCompany(), "practice.portfolioo"));

        assertEquals("unknown message key \"practice.portfolioo\": no message bundle of this rule set has it (did you"
                + " mean \"practice.portfolio\"?)", e.getMessage());
        // Nothing near: no guess.
        IllegalArgumentException far = assertThrows(IllegalArgumentException.class,
                () -> Advisor.defaults().whyNot(Companies.saasCompany(), "acme.registry"));
        assertEquals("unknown message key \"acme.registry\": no message bundle of this rule set has it", far.getMessage());
    }

    @Test
    void theAnswerReadsAsTextLineByLine_asTheCommandLinePrintsIt() {
        Advisor withoutP5 = Advisor.builder().disableRule("practice: plan probabilistically").build();

        String portfolio = WhyNotText.render(Advisor.defaults().whyNot(Companies.saasCompany(), "practice.portfolio"));
        String planning = WhyNotText.render(withoutP5.whyNot(Companies.saasCompany(), "practice.plan-probabilistically"));

        assertTrue(portfolio.startsWith("practice.portfolio was not given.\n\nrule \""), portfolio);
        assertTrue(portfolio.contains("\n  [NOT MET] OrgProfile( $horizon : horizon in"), portfolio);
        assertTrue(portfolio.contains(" )   actual: horizon = QUICK_WINS\n"), portfolio);
        assertTrue(planning.startsWith("practice.plan-probabilistically was not given.\nNo rule of this rule set gives"
                + " practice.plan-probabilistically.\nrule \"practice: plan probabilistically\" (dev/mlteams/advisor/rules/"
                + "practices.drl:"), planning);
        assertTrue(planning.endsWith(") would, but this rule set leaves it out: disableRule(\"practice: plan"
                + " probabilistically\")\n"), planning);
    }

    @Test
    void aKnowledgeIdIsRefusedWithTheRulesThatCiteIt() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Advisor.defaults().whyNot(Companies.bank(), "P7"));
        assertEquals("\"P7\" is a knowledge ID, not a message key: ask about the key of an item that one of the"
                + " rules citing it gives (\"practice: measure inputs, not results\")", e.getMessage());
    }

    @Test
    void everyRuleThatCouldGiveTheItemIsListed() {
        WhyNot why = Advisor.defaults().whyNot(Companies.saasCompany(), "collab.side-by-side");

        assertEquals(List.of("collaboration: researchers and engineers work side by side",
                "collaboration: research works closely with engineering in R&D, division and ML-first teams"),
                why.rules().stream().map(RuleDiagnosis::rule).toList());
        assertTrue(why.rules().get(0).unmet().get(0).actual().startsWith("name is one of ["),
                why.rules().get(0).unmet().toString());
        assertEquals("archetype = PRODUCT_EMBEDDED", why.rules().get(1).unmet().get(0).actual());
    }

    @Test
    void anItemThatWasGivenNamesTheRuleThatFiredAndItsItems() {
        WhyNot why = Advisor.defaults().whyNot(Companies.saasCompany().toBuilder()
                .horizon(BusinessHorizon.LONG_TERM_BETS).build(), "practice.portfolio");

        assertEquals(1, why.produced().size());
        assertTrue(why.rules().get(0).fired());
        assertEquals(List.of(), why.rules().get(0).conditions(), "a fired rule is explained by its items");
        assertEquals(why.rules().get(0).rule(), why.produced().get(0).explanation().rule());
    }

    @Test
    void aRuleThatFiredWithoutGivingTheItemSaysSo() {
        // One planned hire: the nascent hiring rule fires, and the juniors' share comes to zero.
        WhyNot why = Advisor.defaults().whyNot(Companies.freightCompany().toBuilder().plannedHires(1).build(),
                "position.juniors");

        assertEquals(List.of(), why.produced());
        WhyNot.RuleDiagnosis nascent = why.rules().stream()
                .filter(r -> r.rule().equals("nascent hiring: an experienced generalist first, then juniors"))
                .findFirst().orElseThrow();
        assertTrue(nascent.fired());
        assertFalse(why.gaveItem(nascent));
        assertTrue(WhyNotText.render(why).contains("rule \"nascent hiring: an experienced generalist first, then juniors\""
                + " fired, but its consequence did not give this item for this profile"), WhyNotText.render(why));

        WhyNot two = Advisor.defaults().whyNot(Companies.freightCompany(), "position.juniors");
        assertTrue(two.gaveItem(two.rules().stream().filter(WhyNot.RuleDiagnosis::fired).findFirst().orElseThrow()));
        assertFalse(WhyNotText.render(two).contains("did not give"), WhyNotText.render(two));
    }

    @Test
    void aMitigationIsGivenWithItsRisk() {
        // A risk carries its mitigation as a second message: asking for the mitigation finds the risk.
        WhyNot why = Advisor.defaults().whyNot(Companies.freightCompany(), "mitigation.compute");

        assertEquals(List.of("risk.compute"), why.produced().stream().map(i -> i.message().key()).toList());
        WhyNot.RuleDiagnosis fired = why.rules().stream().filter(WhyNot.RuleDiagnosis::fired).findFirst().orElseThrow();
        assertTrue(why.gaveItem(fired));
        String text = WhyNotText.render(why);
        assertTrue(text.startsWith("mitigation.compute was given.\n"), text);
        assertFalse(text.contains("did not give"), text);
    }

    @Test
    void everyRuleThatDidNotFireShowsAConditionThatFailedOrCouldNotBeChecked() {
        var keys = java.util.ResourceBundle.getBundle("dev.mlteams.advisor.rules.messages", java.util.Locale.ROOT)
                .keySet().stream().filter(k -> !k.startsWith("enum.") && !k.startsWith("knowledge.")).sorted().toList();
        for (var company : List.of(Companies.freightCompany(), Companies.telecomLab(), Companies.saasCompany(),
                Companies.bank(), Companies.mlStartup())) {
            for (String key : keys) {
                for (RuleDiagnosis rule : Advisor.defaults().whyNot(company, key).rules()) {
                    if (!rule.fired()) {
                        assertTrue(rule.conditions().stream().anyMatch(c -> c.outcome() != Outcome.MET),
                                company.name() + " " + key + ": " + rule);
                    }
                }
            }
        }
    }

    @Test
    void aConditionJoiningSeveralTestsShowsTheValueOfEach() {
        // ML-first with an independent division close behind: neither side of the || holds.
        OrgProfile spread = OrgProfile.builder().name("Spread").industry(Industry.HEALTHCARE).headcount(500)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 1)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).plannedHires(3).build();
        // A rule of the user's testing the primary archetype inside the alternative's pattern.
        Advisor advisor = Advisor.builder().addRules("acme.drl", CustomRulesTest.HEADER + """
                rule "acme: choose where you are heading"
                    @source("A4")
                    ruleflow-group "advise"
                when
                    ArchetypeCall( rank == ArchetypeCall.Rank.PRIMARY, $primary : archetype )
                    ArchetypeCall( rank == ArchetypeCall.Rank.ALTERNATIVE, $alternative : archetype,
                                   $primary != Archetype.ML_FIRST || archetype == Archetype.RESEARCH_AND_DEVELOPMENT )
                then
                    advise.practice(PracticeArea.PLANNING, "practice.mixed-organisation", $primary, $alternative);
                end
                """).build();
        WhyNot why = advisor.whyNot(spread, "practice.mixed-organisation");

        ConditionCheck unmet = why.rules().stream().filter(rule -> rule.rule().equals("acme: choose where you are heading"))
                .findFirst().orElseThrow().unmet().get(0);
        assertEquals("$primary != Archetype.ML_FIRST || archetype == Archetype.RESEARCH_AND_DEVELOPMENT", unmet.condition());
        assertEquals("$primary = ML_FIRST, archetype = INDEPENDENT_DIVISION", unmet.actual());
    }

    @Test
    void aRuleWithExclusiveBranchesShowsTheBranchThatGotFurthest() {
        // Embedded, with neither a data-engineering function nor data engineers: no branch holds.
        OrgProfile noDataEngineers = Companies.saasCompany().toBuilder().dataEngineeringFunction(false)
                .mlStaff(Role.DATA_ENGINEER, 0).build();
        WhyNot why = Advisor.defaults().whyNot(noDataEngineers, "design.data.embedded");

        RuleDiagnosis rule = why.rules().stream()
                .filter(r -> r.rule().equals("embedded design: pipelines built with data engineers")).findFirst().orElseThrow();
        assertFalse(rule.fired());
        assertTrue(rule.conditions().stream().noneMatch(c -> c.outcome() == Outcome.NOT_EVALUATED), rule.toString());
        // The "or" itself first, so that the branch shown is not read as the rule's only way.
        ConditionCheck or = rule.unmet().get(0);
        assertEquals(ConditionCheck.OR, or.pattern());
        assertTrue(or.condition().contains("dataEngineeringFunction == true") && or.condition().contains("mlStaff"),
                or.condition());
        assertEquals("no branch holds; branch 2 of 2, which got furthest, is shown", or.actual());
        ConditionCheck unmet = rule.unmet().get(1);
        assertEquals("mlStaff[Role.DATA_ENGINEER] > 0", unmet.condition());
        assertEquals("mlStaff[Role.DATA_ENGINEER] = 0", unmet.actual());

        // With data engineers on staff, the second branch holds: the rule fired.
        WhyNot given = Advisor.defaults().whyNot(noDataEngineers.toBuilder().mlStaff(Role.DATA_ENGINEER, 2).build(),
                "design.data.embedded");
        assertTrue(given.rules().stream().anyMatch(r -> r.fired()
                && r.rule().equals("embedded design: pipelines built with data engineers")), given.toString());
    }

    @Test
    void aConditionOnTheArchetypeScoresShowsTheScore() {
        // The bank's runner-up is not close: the primary's score is more than twice its own.
        WhyNot why = Advisor.defaults().whyNot(Companies.bank(), "archetype.alternative");

        ConditionCheck unmet = why.rules().get(0).unmet().get(0);
        assertEquals("ArchetypeScore", unmet.pattern());
        assertEquals("$primaryPoints : points <= $points * 2", unmet.condition());
        // Both sides: the primary's 7 points against twice the runner-up's.
        assertEquals("points = 7, $points * 2 = 4", unmet.actual());
    }

    @Test
    void aConditionWithoutAComparisonIsEvaluated() {
        WhyNot why = Advisor.defaults().whyNot(Companies.saasCompany(), "warning.declared-archetype");

        ConditionCheck declared = why.rules().get(0).unmet().get(0);
        assertEquals("declaredArchetype.isPresent()", declared.condition());
        assertEquals(Outcome.NOT_MET, declared.outcome());
    }

    @Test
    void itWorksOnACustomRule() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.RISK_REVIEW_RULE)
                .build();

        WhyNot why = advisor.whyNot(Companies.saasCompany(), "acme.risk-review");

        RuleDiagnosis rule = why.rules().get(0);
        assertEquals("acme: regulated industries review model risk", rule.rule());
        assertEquals("industry = SOFTWARE_AND_INTERNET", rule.unmet().get(0).actual());
        assertEquals(List.of(), why.produced());
        assertTrue(advisor.whyNot(Companies.bank(), "acme.risk-review").rules().get(0).fired());
    }

    @Test
    void aRuleTheAdvisorLeftOutIsNamedWithWhy() {
        Advisor advisor = CustomRulesTest.acme().disableKnowledge("P7")
                .addRules("acme.drl", CustomRulesTest.PLANNING_OVERRIDE_RULE).build();

        WhyNot disabled = advisor.whyNot(Companies.saasCompany(), "practice.measure-inputs");
        assertEquals(List.of(), disabled.rules());
        assertEquals(List.of(new WhyNot.LeftOutRule("practice: measure inputs, not results",
                "dev/mlteams/advisor/rules/practices.drl", 32, "disableKnowledge(\"P7\")")), disabled.leftOut());

        WhyNot replaced = advisor.whyNot(Companies.saasCompany(), "practice.plan-probabilistically");
        assertEquals(List.of(), replaced.rules());
        assertEquals(List.of(new WhyNot.LeftOutRule("practice: plan probabilistically",
                "dev/mlteams/advisor/rules/practices.drl", 14, "replaced by the @override at acme.drl:7")),
                replaced.leftOut());
        assertEquals(List.of(), Advisor.defaults().whyNot(Companies.saasCompany(), "practice.measure-inputs").leftOut());
    }

    @Test
    void aRuleBothReplacedAndDisabledIsNamedAsReplacedAndItsOverrideAsDisabled() {
        // Disabling the name disables the override too; the rule it replaced was left out first.
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.PLANNING_OVERRIDE_RULE)
                .disableRule("practice: plan probabilistically").build();

        assertEquals(List.of(new WhyNot.LeftOutRule("practice: plan probabilistically",
                "dev/mlteams/advisor/rules/practices.drl", 14, "replaced by the @override at acme.drl:7")),
                advisor.whyNot(Companies.saasCompany(), "practice.plan-probabilistically").leftOut());
        assertEquals(List.of(new WhyNot.LeftOutRule("practice: plan probabilistically", "acme.drl", 7,
                "disableRule(\"practice: plan probabilistically\")")),
                advisor.whyNot(Companies.saasCompany(), "acme.plan").leftOut());
    }

    @Test
    void aNotWhoseConditionCannotBeCheckedIsNotEvaluatedRatherThanMet() {
        // Why-not cannot call a DRL function, so it cannot tell whether a big OrgProfile exists.
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                        function boolean isBig(int headcount) {
                            return headcount > 10000;
                        }
                        rule "acme: small firms plan in bets"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            not OrgProfile( isBig(headcount) )
                        then
                            advise.practice(PracticeArea.PLANNING, "acme.plan");
                        end
                        """).build();

        RuleDiagnosis rule = advisor.whyNot(Companies.bank(), "acme.plan").rules().get(0);

        assertFalse(rule.fired());
        assertEquals(1, rule.conditions().size(), rule.toString());
        ConditionCheck check = rule.conditions().get(0);
        assertEquals("not OrgProfile( isBig(headcount) )", check.condition());
        assertEquals(Outcome.NOT_EVALUATED, check.outcome());
        // With why: MVEL cannot call a DRL function.
        assertTrue(check.actual().startsWith("a condition inside could not be checked: [Error: unable to resolve"
                + " method"), check.actual());
        assertEquals(List.of(), rule.unmet(), "a condition that could not be checked is not known to have failed");
    }

    @Test
    void aKeyIsNotConfusedWithALongerKeyThatStartsWithIt() {
        // "skill.devops.optional.rnd" and "reporting.division.ceo" start with other keys.
        boolean longerGiven = false;
        for (var company : List.of(Companies.freightCompany(), Companies.telecomLab(), Companies.saasCompany(),
                Companies.bank(), Companies.mlStartup())) {
            WhyNot devops = Advisor.defaults().whyNot(company, "skill.devops");
            assertEquals(List.of("skills: DevOps is a must for a nascent team's engineers, who run what they build",
                    "skills: DevOps is a must for embedded engineers, who own what they deploy"),
                    devops.rules().stream().map(RuleDiagnosis::rule).toList(), company.name());
            assertTrue(devops.produced().stream().allMatch(i -> i.message().key().equals("skill.devops")),
                    company.name() + ": " + devops.produced());
            WhyNot division = Advisor.defaults().whyNot(company, "reporting.division");
            assertEquals(List.of("division reporting: senior leadership"),
                    division.rules().stream().map(RuleDiagnosis::rule).toList(), company.name());
            longerGiven |= Advisor.defaults().advise(company).items().stream()
                    .anyMatch(i -> i.message().key().startsWith("skill.devops.optional."));
        }
        assertTrue(longerGiven, "some company is given the longer key");
    }

    @Test
    void aLaterPatternSeesTheFactAnEarlierPatternBound() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                        rule "acme: archetypes with a clear lead plan in bets"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            $call : ArchetypeCall( confidencePercent > 0 )
                            ArchetypeScore( archetype == $call.archetype, points > 100 )
                        then
                            advise.practice(PracticeArea.PLANNING, "acme.plan");
                        end
                        """).build();

        RuleDiagnosis rule = advisor.whyNot(Companies.bank(), "acme.plan").rules().get(0);

        assertEquals(List.of(Outcome.MET, Outcome.MET, Outcome.NOT_MET),
                rule.conditions().stream().map(ConditionCheck::outcome).toList(), rule.toString());
        assertTrue(rule.conditions().get(2).actual().startsWith("points = "), rule.toString());
    }

    @Test
    void everyConditionThatFailsIsShown_notOnlyTheFirst() {
        // Two reasons at once: the company is not R&D, and its data is not hard to get.
        OrgProfile selfServe = Companies.saasCompany().toBuilder().dataAccess(DataAccess.SELF_SERVE).build();

        RuleDiagnosis rule = Advisor.defaults().whyNot(selfServe, "risk.rnd.data").rules().get(0);

        assertEquals(List.of("archetype = PRODUCT_EMBEDDED", "dataAccess = SELF_SERVE"),
                rule.unmet().stream().map(ConditionCheck::actual).toList(), rule.toString());
    }

    @Test
    void aConditionUsingWhatAFailedConditionBindsIsNotChecked_theOthersAfterItAre() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                        rule "acme: a clear lead in a large company plans in bets"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            $call : ArchetypeCall( confidencePercent > 100 )
                            ArchetypeScore( archetype == $call.archetype )
                            OrgProfile( headcount > 1000000 )
                        then
                            advise.practice(PracticeArea.PLANNING, "acme.plan");
                        end
                        """).build();

        RuleDiagnosis rule = advisor.whyNot(Companies.bank(), "acme.plan").rules().get(0);

        assertEquals(List.of(Outcome.NOT_MET, Outcome.NOT_EVALUATED, Outcome.NOT_MET),
                rule.conditions().stream().map(ConditionCheck::outcome).toList(), rule.toString());
        assertEquals("not checked: it uses $call, which only a condition that did not hold binds",
                rule.conditions().get(1).actual());
    }

    @Test
    void aPatternsConditionsStopAtTheFirstThatFails_asAGuardDoesInTheEngine() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                        rule "acme: huge companies that do not call themselves ML-first plan in bets"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            not OrgProfile( declaredArchetype.isPresent(), declaredArchetype.get() == Archetype.ML_FIRST )
                            first : OrgProfile( plannedHires > 1000, headcount / plannedHires > 10 )
                            OrgProfile( this == first )
                            not OrgProfile( this != first )
                        then
                            advise.practice(PracticeArea.PLANNING, "acme.plan");
                        end
                        """).build();

        RuleDiagnosis rule = advisor.whyNot(Companies.bank(), "acme.plan").rules().get(0);

        // The guard fails, so the test it guards is not evaluated: the "not" holds, as in the engine.
        assertEquals(Outcome.MET, rule.conditions().get(0).outcome(), rule.toString());
        assertEquals("plannedHires > 1000", rule.conditions().get(1).condition(), rule.toString());
        assertEquals(Outcome.NOT_MET, rule.conditions().get(1).outcome(), rule.toString());
        // A variable without a dollar sign, bound by the pattern that failed, is not checked either.
        assertEquals("not checked: it uses first, which only a condition that did not hold binds",
                rule.conditions().get(2).actual(), rule.toString());
        assertEquals("a condition inside could not be checked: it uses first, which only a condition that did not"
                + " hold binds", rule.conditions().get(3).actual(), rule.toString());
        assertEquals(4, rule.conditions().size(), rule.toString());
    }

    @Test
    void aKeyNoRuleEmitsHasNoCandidates() {
        // The word for an enum constant is in the bundle, but it is text for reports, not advice a rule gives.
        assertEquals(List.of(), Advisor.defaults().whyNot(Companies.bank(), "enum.Archetype.ML_FIRST").rules());
    }

    /**
     * A rule set of Acme's own: one rule decides the archetype, design and reporting line, another
     * derives two signals, "a" then "b", with values 1 and 2; {@code rules} add the rule under test.
     */
    private static Advisor withTwoSignals(String rules) {
        return Advisor.builder().withoutDefaultRules().addKnowledge(CustomRulesTest.ACME_1)
                .addMessages(CustomRulesTest.ACME_MESSAGES).addRules("acme.drl", CustomRulesTest.HEADER + """
                        import dev.mlteams.advisor.authoring.Signal;
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
                            advise.reportingLine(ReportingLine.CTO, "acme.plan");
                        end
                        rule "acme: two signals"
                            @source("ACME-1")
                            ruleflow-group "derive"
                        when
                            OrgProfile( $headcount : headcount )
                        then
                            advise.signal("a", 1);
                            advise.signal("b", 2);
                        end
                        rule "acme: signals the tests look for and do not find"
                            @source("ACME-1")
                            ruleflow-group "derive"
                        when
                            OrgProfile( $headcount : headcount < 0 )
                        then
                            advise.signal("c", 3);
                            advise.signal("d", 4);
                            advise.signal("e", 5);
                            advise.signal("g", 6);
                        end
                        """ + rules).build();
    }

    /** Why the bank was not given "acme.plan" by the rule "acme: under test". */
    /** The two signals and the rule under test: these conditions, then the practice "acme.plan". */
    private static Advisor ruleWhen(String conditions) {
        return withTwoSignals("""
                rule "acme: under test"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                """ + conditions.indent(4) + """
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan");
                end
                """);
    }

    private static RuleDiagnosis underTest(Advisor advisor) {
        return advisor.whyNot(Companies.bank(), "acme.plan").rules().stream()
                .filter(r -> r.rule().equals("acme: under test")).findFirst().orElseThrow();
    }

    @Test
    void aThresholdTheConditionComputesIsShownBesideTheValueItTests() {
        // The bank: 45,000 people and 50 ML staff.
        Advisor advisor = ruleWhen("""
                OrgProfile( $total : mlStaffTotal, headcount < $total * 100 )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(new ConditionCheck("OrgProfile", "headcount < $total * 100", Outcome.NOT_MET,
                "headcount = 45000, $total * 100 = 5000"), rule.conditions().get(1));
    }

    @Test
    void ofCandidatesThatGetEquallyFarTheFirstIsShown() {
        // Both signals pass the first condition and fail the second.
        Advisor advisor = ruleWhen("""
                Signal( value != "0", value == "9" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(new ConditionCheck("Signal", "value != \"0\"", Outcome.MET, "value = 1"),
                new ConditionCheck("Signal", "value == \"9\"", Outcome.NOT_MET, "value = 1")), rule.conditions());
    }

    @Test
    void aNotAndAnExistsThatCouldBeCheckedAreMetOrNot() {
        Advisor advisor = ruleWhen("""
                not Signal( name == "c" )
                exists Signal( name == "d" )
                exists Signal( name == "a" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(
                new ConditionCheck("Signal", "not Signal( name == \"c\" )", Outcome.MET, "no matching Signal"),
                new ConditionCheck("Signal", "exists Signal( name == \"d\" )", Outcome.NOT_MET, "no matching Signal"),
                new ConditionCheck("Signal", "exists Signal( name == \"a\" )", Outcome.MET, "a matching Signal exists")),
                rule.conditions());
    }

    @Test
    void aConditionWhyNotDoesNotCheckIsShownAsWritten() {
        Advisor advisor = ruleWhen("""
                eval( 1 > 2 )
                $n : Number( intValue > 5 ) from accumulate( Signal( ), count( 1 ) )
                forall( Signal( name != "g" ) )
                """);

        RuleDiagnosis rule = underTest(advisor);

        String unchecked = "this kind of condition is not checked by why-not";
        assertEquals(List.of(new ConditionCheck("eval", "eval( 1 > 2 )", Outcome.NOT_EVALUATED, unchecked),
                new ConditionCheck("from", "$n : Number( intValue > 5 ) from accumulate( Signal( ), count( 1 ) )",
                        Outcome.NOT_EVALUATED, unchecked),
                new ConditionCheck("forall", "forall( Signal( name != \"g\" ) )", Outcome.NOT_EVALUATED, unchecked)),
                rule.conditions());
    }

    @Test
    void anOrIsCheckedBranchByBranch_theBranchThatHoldsIsShownWithTheConditionsAfterIt() {
        Advisor advisor = ruleWhen("""
                ( Signal( name == "e" ) or Signal( name == "a" ) )
                exists Signal( name == "d" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(
                new ConditionCheck(ConditionCheck.OR, "Signal( name == \"e\" ) or Signal( name == \"a\" )", Outcome.MET,
                        "branch 2 of 2 holds"),
                new ConditionCheck("Signal", "name == \"a\"", Outcome.MET, "name = a"),
                new ConditionCheck("Signal", "exists Signal( name == \"d\" )", Outcome.NOT_MET, "no matching Signal")),
                rule.conditions());
    }

    @Test
    void anOrThatHoldsNamesTheBranch_andAFailedOneShowsADefiniteFailureBeforeAnUncheckedBranch() {
        Advisor holds = ruleWhen("""
                ( Signal( name == "e" ) or Signal( name == "b" ) )
                eval( 1 > 2 )
                """);
        assertEquals(new ConditionCheck(ConditionCheck.OR, "Signal( name == \"e\" ) or Signal( name == \"b\" )", Outcome.MET,
                "branch 2 of 2 holds"), underTest(holds).conditions().get(0));

        Advisor tie = ruleWhen("""
                ( eval( 1 > 2 ) or Signal( name == "e" ) )
                """);
        List<ConditionCheck> checks = underTest(tie).conditions();
        assertEquals("no branch holds; branch 2 of 2, which got furthest, is shown", checks.get(0).actual());
        assertEquals(Outcome.NOT_MET, checks.get(1).outcome());
    }

    @Test
    void notAndExistsAroundAnOrAreChecked() {
        Advisor advisor = ruleWhen("""
                exists ( Signal( name == "e" ) or Signal( name == "b" ) )
                not ( Signal( name == "e" ) or Signal( name == "a" ) )
                """);

        assertEquals(List.of(
                new ConditionCheck("exists", "exists ( Signal( name == \"e\" ) or Signal( name == \"b\" ) )", Outcome.MET,
                        "a branch holds"),
                new ConditionCheck("not", "not ( Signal( name == \"e\" ) or Signal( name == \"a\" ) )", Outcome.NOT_MET,
                        "a branch holds")),
                underTest(advisor).conditions());
    }

    @Test
    void aMetNotDoesNotStopTheSearchForAFactThatGetsFurther() {
        // With "a" bound first, the last pattern fails at its second condition; with "b", at its third.
        Advisor advisor = ruleWhen("""
                $s : Signal( )
                not Signal( name == "c" )
                Signal( name == "b", name == $s.name, value == "9" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(new ConditionCheck("Signal", "Signal()", Outcome.MET, "exists"),
                new ConditionCheck("Signal", "not Signal( name == \"c\" )", Outcome.MET, "no matching Signal"),
                new ConditionCheck("Signal", "name == \"b\"", Outcome.MET, "name = b"),
                new ConditionCheck("Signal", "name == $s.name", Outcome.MET, "name = b, $s.name = b"),
                new ConditionCheck("Signal", "value == \"9\"", Outcome.NOT_MET, "value = 2")), rule.conditions());
    }

    @Test
    void aRuleWhoseItemTheAdviceDropsForAnotherOfTheSameKeySaysWhichItKeeps() {
        // An author gives a default key from a rule of their own: the default rule's item, citing
        // earlier knowledge, is the one the advice keeps.
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                rule "acme: everyone expects stalls"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount > 0 )
                then
                    advise.practice(PracticeArea.PLANNING, "practice.expect-stalls");
                end
                """).build();

        WhyNot why = advisor.whyNot(Companies.saasCompany(), "practice.expect-stalls");

        String kept = "practice: expect stalls and hard-to-estimate timelines";
        assertEquals(List.of(kept), why.produced().stream().map(i -> i.explanation().rule()).toList());
        RuleDiagnosis acme = why.rules().stream().filter(r -> r.rule().startsWith("acme")).findFirst().orElseThrow();
        assertTrue(acme.fired());
        assertFalse(why.gaveItem(acme));
        assertEquals(List.of(kept), why.notKeptOf(acme).stream()
                .map(left -> left.keptInstead().orElseThrow().explanation().rule()).toList());
        assertTrue(WhyNotText.render(why).contains("rule \"acme: everyone expects stalls\" fired, but the advice does"
                + " not keep its item: it keeps the practice.expect-stalls item of rule \"" + kept + "\" in its place,"
                + " with the same key (of two, the one whose first cited knowledge comes earlier in the catalogue);"
                + " an @override of that rule replaces it"),
                WhyNotText.render(why));
        assertTrue(WhyNotText.render(why).contains("rule \"" + kept + "\" fired\n"), WhyNotText.render(why));
    }

    @Test
    void aSourcingItemDroppedForAnotherOfTheSameRoleAndChannelSaysSo_whateverTheKeys() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                rule "aaa: conferences"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER, $count : count )
                then
                    advise.sourcing(Role.ML_ENGINEER, SourcingChannel.APPLIED_CONFERENCES, "acme.plan");
                end
                """).build();

        WhyNot why = advisor.whyNot(Companies.bank(), "sourcing.applied-conferences");

        assertEquals(List.of(), why.produced());
        assertEquals(List.of("aaa: conferences"), why.notKept().stream()
                .map(left -> left.keptInstead().orElseThrow().explanation().rule()).distinct().toList());
        assertTrue(WhyNotText.render(why).contains("fired, but the advice does not keep its item: it keeps the acme.plan"
                + " item of rule \"aaa: conferences\" in its place, for the same role and channel (of two, the one of the"
                + " rule whose name sorts first); an @override of that rule replaces it"), WhyNotText.render(why));
    }

    @Test
    void aSkillForARoleWithNoOpeningIsNotKept_andWhyNotSaysSo() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                rule "acme: researchers know the literature"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.mustHave(Role.ML_RESEARCHER, "acme.risk-review", $industry);
                end
                """).build();
        assertTrue(advisor.advise(Companies.saasCompany()).hiringPlan().positions().stream()
                .noneMatch(p -> p.role() == Role.ML_RESEARCHER), "the premise: no researcher opening");

        WhyNot why = advisor.whyNot(Companies.saasCompany(), "acme.risk-review");

        assertEquals(List.of(), why.produced());
        assertEquals(1, why.notKept().size());
        assertTrue(why.notKept().get(0).keptInstead().isEmpty());
        assertTrue(WhyNotText.render(why).contains("rule \"acme: researchers know the literature\" fired, but the advice"
                + " does not keep its item: it is for a role or seniority with no opening"), WhyNotText.render(why));
    }

    @Test
    void aRuleMatchingAFactOfALaterPhaseIsToldItsPhaseRanBeforeThatFactExisted() {
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                import dev.mlteams.advisor.advice.ArchetypeCall;
                rule "acme: embedded teams review risk"
                    @source("ACME-1")
                    ruleflow-group "derive"
                when
                    ArchetypeCall( rank == ArchetypeCall.Rank.PRIMARY, $archetype : archetype )
                    OrgProfile( $industry : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                end
                """).build();

        RuleDiagnosis rule = advisor.whyNot(Companies.saasCompany(), "acme.risk-review").rules().get(0);

        assertFalse(rule.fired());
        assertEquals(List.of(new ConditionCheck("phase", "ruleflow-group \"derive\"", Outcome.NOT_MET,
                "every ArchetypeCall fact comes from phase \"classify\", which runs after this rule's: while its phase"
                        + " ran, there was none")), rule.unmet());
    }

    @Test
    void aRuleWhoseConditionsAllHoldAtTheEndButThatDidNotFireIsToldSo() {
        // Of an activation group, one rule fires and cancels the others.
        Advisor advisor = CustomRulesTest.acme().addRules("acme.drl", CustomRulesTest.HEADER + """
                rule "acme: first of the group"
                    @source("ACME-1")
                    ruleflow-group "advise"
                    activation-group "acme"
                    salience 10
                when
                    OrgProfile( $industry : industry )
                then
                    advise.warning("acme.risk-review", $industry);
                end
                rule "acme: second of the group"
                    @source("ACME-1")
                    ruleflow-group "advise"
                    activation-group "acme"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                end
                """).build();

        WhyNot why = advisor.whyNot(Companies.saasCompany(), "acme.risk-review");

        RuleDiagnosis second = why.rules().stream().filter(r -> r.rule().equals("acme: second of the group"))
                .findFirst().orElseThrow();
        assertFalse(second.fired());
        assertEquals(List.of(), second.unmet());
        assertTrue(WhyNotText.render(why).contains("rule \"acme: second of the group\" did not fire\n"
                + "  [met]     OrgProfile( $industry : industry )   actual: industry = SOFTWARE_AND_INTERNET\n"
                + "  Every condition holds on the facts at the end of the run, so they did not all hold while the rule's"
                + " phase ran (or an attribute such as lock-on-active or activation-group held it back).\n"),
                WhyNotText.render(why));
    }
    @Test
    void aRuleCanBeAskedAboutByName_orByPackageAndName() {
        Advisor advisor = Advisor.defaults();
        String portfolio = "practice: a portfolio of bets where the business looks beyond quick wins";

        RuleDiagnosis quiet = advisor.whyNotFired(Companies.saasCompany(), portfolio);
        assertFalse(quiet.fired());
        assertEquals("horizon = QUICK_WINS", quiet.unmet().get(0).actual());
        assertEquals(quiet, advisor.whyNotFired(Companies.saasCompany(), "dev.mlteams.advisor.rules." + portfolio));
        assertTrue(WhyNotText.render(quiet).startsWith("rule \"" + portfolio + "\" did not fire\n  [NOT MET] OrgProfile("),
                WhyNotText.render(quiet));

        RuleDiagnosis fired = advisor.whyNotFired(Companies.saasCompany(), "practice: plan probabilistically");
        assertTrue(fired.fired());
        assertEquals(List.of(), fired.conditions());
        assertEquals("rule \"practice: plan probabilistically\" fired\n", WhyNotText.render(fired));

        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> advisor.whyNotFired(Companies.saasCompany(), "practice: plan probabilisticaly"));
        assertEquals("no rule of this advisor is named \"practice: plan probabilisticaly\" (did you mean"
                + " \"practice: plan probabilistically\"?)", typo.getMessage());
        IllegalArgumentException qualifiedTypo = assertThrows(IllegalArgumentException.class, () -> advisor
                .whyNotFired(Companies.saasCompany(), "dev.mlteams.advisor.rules.practice: plan probabilisticaly"));
        assertTrue(qualifiedTypo.getMessage().endsWith("(did you mean \"dev.mlteams.advisor.rules.practice: plan"
                + " probabilistically\"?)"), qualifiedTypo::getMessage);
        // A rule the rule set leaves out is told why.
        IllegalArgumentException disabled = assertThrows(IllegalArgumentException.class, () -> Advisor.builder()
                .disableRule("practice: plan probabilistically").build()
                .whyNotFired(Companies.saasCompany(), "practice: plan probabilistically"));
        assertEquals("\"practice: plan probabilistically\" (dev/mlteams/advisor/rules/practices.drl:14) is left out of"
                + " this rule set: disableRule(\"practice: plan probabilistically\")", disabled.getMessage());
    }

    @Test
    void theCombinationShownIsTheOneThatGotFurthestBeforeItsFirstFailure_notTheOneWithMostConditionsMet() {
        // With "a" bound, the second pattern fails and the third holds: two conditions hold before the
        // first failure. With "b" bound, the second holds and the third fails: four hold before it.
        Advisor advisor = ruleWhen("""
                $s : Signal( )
                Signal( name == $s.name, value == "2" )
                Signal( name == $s.name, name == "a" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(Outcome.MET, Outcome.MET, Outcome.MET, Outcome.MET, Outcome.NOT_MET),
                rule.conditions().stream().map(ConditionCheck::outcome).toList(), rule.toString());
        assertEquals(new ConditionCheck("Signal", "name == \"a\"", Outcome.NOT_MET, "name = b"),
                rule.conditions().get(4));
    }

    @Test
    void ofCombinationsThatGetEquallyFarTheOneWithMoreConditionsHeldAfterIsShown() {
        // Both signals stop at the company's headcount; only with "b" bound does the last pattern hold.
        Advisor advisor = ruleWhen("""
                $s : Signal( )
                OrgProfile( headcount < 0 )
                Signal( name == $s.name, name == "b" )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(List.of(Outcome.MET, Outcome.NOT_MET, Outcome.MET, Outcome.MET),
                rule.conditions().stream().map(ConditionCheck::outcome).toList(), rule.toString());
        assertEquals(List.of("headcount = 45000"), rule.unmet().stream().map(ConditionCheck::actual).toList());
    }

    @Test
    void aValueBoundInsideAPatternThatFailedIsNotUsedLater() {
        // $total is bound by the first condition of a pattern whose second condition fails.
        Advisor advisor = ruleWhen("""
                OrgProfile( $total : mlStaffTotal, headcount < 0 )
                OrgProfile( mlStaffTotal == $total )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(new ConditionCheck("OrgProfile", "OrgProfile( mlStaffTotal == $total )", Outcome.NOT_EVALUATED,
                "not checked: it uses $total, which only a condition that did not hold binds"), rule.conditions().get(2),
                rule.toString());
        assertEquals(3, rule.conditions().size(), rule.toString());
    }

    @Test
    void aNameAfterADotIsAMemberNotAVariable_soItIsStillChecked() {
        // "first" is bound by a pattern that fails; "Counts.first" after it is a method, not that variable.
        Advisor advisor = ruleWhen("""
                first : OrgProfile( plannedHires > 1000 )
                OrgProfile( headcount < dev.mlteams.advisor.authoring.Counts.first(mlStaffTotal, 20) )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(2, rule.conditions().size(), rule.toString());
        assertEquals(Outcome.NOT_MET, rule.conditions().get(1).outcome(), rule.toString());
        assertTrue(rule.conditions().get(1).actual().startsWith("headcount = 45000, "), rule.toString());
    }

    @Test
    void ofBranchesThatFailTheOneThatGotFurthestBeforeItsFirstFailureIsShown() {
        // The first branch holds one condition before it fails; the second fails first, then holds two.
        Advisor advisor = ruleWhen("""
                ( Signal( name == "a", value == "9" )
                  or ( OrgProfile( headcount < 0 ) and Signal( name == "a" ) and Signal( name == "b" ) ) )
                """);

        List<ConditionCheck> checks = underTest(advisor).conditions();

        assertEquals("no branch holds; branch 1 of 2, which got furthest, is shown", checks.get(0).actual());
        assertEquals(List.of(new ConditionCheck("Signal", "name == \"a\"", Outcome.MET, "name = a"),
                new ConditionCheck("Signal", "value == \"9\"", Outcome.NOT_MET, "value = 1")), checks.subList(1, 3));
    }

    @Test
    void aConditionUsingSeveralUnboundVariablesNamesEach() {
        Advisor advisor = ruleWhen("""
                $s : Signal( name == "c" )
                $o : OrgProfile( headcount < 0 )
                Signal( name == $s.name, value == $o.name )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals("not checked: it uses $o, $s, which only a condition that did not hold binds",
                rule.conditions().get(2).actual(), rule.toString());
    }

    @Test
    void aPatternUsingAnUnboundVariableIsNotChecked_evenWhereNoFactOfItsTypeExists() {
        // No rule of this set gives a position: the pattern is still not known to fail on that account.
        Advisor advisor = ruleWhen("""
                $s : Signal( name == "c" )
                Position( role == $s.value )
                """);

        RuleDiagnosis rule = underTest(advisor);

        assertEquals(new ConditionCheck("Position", "Position( role == $s.value )", Outcome.NOT_EVALUATED,
                "not checked: it uses $s, which only a condition that did not hold binds"), rule.conditions().get(1),
                rule.toString());
    }
    @Test
    void aCandidatesTipAndRuleCanBeAskedAbout_asACompanysCan() {
        CandidateProfile researcher = CandidateProfile.builder().targetRole(Role.ML_RESEARCHER).build();
        String applied = "candidate: ML engineers also look at applied ML conferences";

        WhyNot why = Advisor.defaults().whyNot(researcher, "candidate.where.applied-conferences");
        assertEquals(List.of(), why.produced());
        assertEquals(List.of(applied), why.rules().stream().map(RuleDiagnosis::rule).toList());
        assertEquals("targetRole = ML_RESEARCHER", why.rules().get(0).unmet().get(0).actual());

        RuleDiagnosis rule = Advisor.defaults().whyNotFired(researcher, applied);
        assertEquals(why.rules().get(0), rule);
        assertTrue(Advisor.defaults().whyNotFired(researcher, "candidate: where to look").fired());
        assertTrue(Advisor.defaults().whyNot(researcher, "candidate.where.conferences").gaveItem(
                Advisor.defaults().whyNot(researcher, "candidate.where.conferences").rules().get(0)));
    }

    @Test
    void aFailingCandidateScenarioIsExplainedByWhyNotToo(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("engineer.yaml"), """
                name: an ML researcher
                candidate: {targetRole: ML_RESEARCHER}
                expect:
                  present: [candidate.where.applied-conferences]
                  fired: ["candidate: ML engineers also look at applied ML conferences"]
                """);

        Scenario.Outcome outcome = ScenarioReader.read(file).check(Advisor.defaults());

        assertFalse(outcome.passed());
        assertTrue(outcome.why().startsWith("candidate.where.applied-conferences was not given.\n"), outcome::why);
        assertTrue(outcome.why().contains("\n\nrule \"candidate: ML engineers also look at applied ML conferences\""
                + " did not fire\n  [NOT MET] CandidateProfile("), outcome::why);
    }

    @Test
    void aNotAndAnOrOfTheDefaultRulesReadAsWritten_notWrappedInTheirTypeAgain() {
        String reporting = WhyNotText.render(Advisor.defaults().whyNot(Companies.saasCompany(),
                "roadmap.embedded.reporting"));
        String researcher = WhyNotText.render(Advisor.defaults().whyNot(Companies.freightCompany(),
                "position.rnd.researcher"));

        assertTrue(reporting.contains("\n  [met]     not Signal( name == \"empty-ml-home\" )   actual: no matching"
                + " Signal\n"), reporting);
        assertFalse(reporting.contains("Signal( not Signal("), reporting);
        assertTrue(researcher.contains("\n  [met]     ( OrgProfile( $researchersOnStaff : mlStaff[Role.ML_RESEARCHER] =="
                + " 0 ) or OrgProfile("), researcher);
        assertFalse(researcher.contains("Or( "), researcher);
    }

    @Test
    void whyNotGivesItsItemsInTheLanguageAskedFor_andIsWrittenAsJsonForAHostToServe() throws IOException {
        Advisor advisor = Advisor.defaults();
        WhyNot english = advisor.whyNot(Companies.saasCompany(), "practice.measure-inputs");
        WhyNot chinese = advisor.whyNot(Companies.saasCompany(), "practice.measure-inputs", Locale.SIMPLIFIED_CHINESE);

        assertEquals(english.rules(), chinese.rules());
        assertEquals(english.produced().get(0).message().key(), chinese.produced().get(0).message().key());
        assertTrue(english.produced().get(0).message().text().startsWith("Track progress"),
                english.produced().get(0).message().text());
        assertTrue(chinese.produced().get(0).message().text().codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF),
                chinese.produced().get(0).message().text());
        String tip = advisor.whyNot(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build(),
                "candidate.where.standard", Locale.SIMPLIFIED_CHINESE).produced().get(0).message().text();
        assertTrue(tip.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF), tip);

        JsonNode json = new ObjectMapper().readTree(AdviceJson.write(advisor.whyNot(Companies.saasCompany(),
                "practice.portfolio")));
        assertEquals("practice.portfolio", json.get("itemKey").asText());
        assertEquals(0, json.get("produced").size());
        JsonNode rule = json.get("rules").get(0);
        assertEquals("practice: a portfolio of bets where the business looks beyond quick wins",
                rule.get("rule").asText());
        assertFalse(rule.get("fired").asBoolean());
        assertEquals("NOT_MET", rule.get("conditions").get(0).get("outcome").asText());
        assertEquals("horizon = QUICK_WINS", rule.get("conditions").get(0).get("actual").asText());
        JsonNode given = new ObjectMapper().readTree(AdviceJson.write(english)).get("produced").get(0);
        assertEquals("practice.measure-inputs", given.get("message").get("key").asText());
        assertEquals(List.of("P7"), List.of(given.get("explanation").get("sources").get(0).get("id").asText()));
    }
}
