package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine explains every item and refuses to return incomplete or unexplained advice. */
class EngineTest {

    private static final OrgProfile PROFILE = OrgProfile.builder().name("Acme").industry(Industry.RETAIL)
            .headcount(50).mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).build();

    private static Advice run(int limit, String... drl) {
        return new Engine(TestRuleSets.compile(drl), limit).advise(PROFILE, java.util.Locale.ENGLISH);
    }

    @Test
    void itemsCarryRuleSourcesAndEvidence() {
        Advice advice = run(100, TestRuleSets.COMPLETE);

        var primary = advice.archetype().primary();
        assertEquals("primary", primary.explanation().rule());
        assertEquals(List.of("T1"), primary.explanation().sourceIds());
        assertEquals(List.of(Evidence.profileField("industry", "RETAIL")), primary.explanation().evidence());
        assertEquals("Some advice about retail.", primary.message().text());

        var design = advice.teamDesign().engineeringVsResearch();
        assertTrue(design.explanation().derived(), "T2 is derived");
        assertEquals(List.of(Evidence.boundValue("archetype", "NASCENT"),
                Evidence.derived("primaryArchetype", "NASCENT", List.of(Evidence.profileField("industry", "RETAIL")))),
                design.explanation().evidence(), "derived evidence keeps its own basis");
        assertEquals(List.of("primary", "design"), advice.trace().stream().map(f -> f.rule()).toList());
    }

    @Test
    void anItemWithoutEvidenceIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "unbound"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile()
                        then
                            advise.warning("m.risk");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"unbound\" produced a warning without evidence"), e.getMessage());
    }

    @Test
    void anUnknownMessageKeyIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "typo"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.warning("m.nope");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"typo\" emitted message key \"m.nope\""), e.getMessage());
    }

    @Test
    void aRiskWithBothKeysUnknownAndNoEvidenceHasEveryProblemReported() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "sloppy risk"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile()
                        then
                            advise.risk("m.no-risk", "m.no-fix");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"sloppy risk\" produced a risk without evidence"), e.getMessage());
        assertTrue(e.getMessage().contains("rule \"sloppy risk\" emitted message key \"m.no-risk\""), e.getMessage());
        assertTrue(e.getMessage().contains("rule \"sloppy risk\" emitted message key \"m.no-fix\""), e.getMessage());
    }

    @Test
    void missingDesignAndDoubleDecisionsAreReportedTogether() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100,
                TestRuleSets.HEADER + """
                        rule "primary one"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.NASCENT, 60, "m.any", $industry);
                        end
                        rule "primary two"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.ML_FIRST, 40, "m.any", $industry);
                        end
                        """));

        assertTrue(e.problems().contains(
                "more than one rule decided a primary archetype: \"primary two\", \"primary one\"")
                || e.problems().contains(
                "more than one rule decided a primary archetype: \"primary one\", \"primary two\""), e.getMessage());
        assertTrue(e.problems().contains("no rule decided the data-ownership choice"), e.getMessage());
        assertTrue(e.problems().contains("no rule decided a reporting line"), e.getMessage());
    }

    @Test
    void aRunawayRuleIsStoppedAndNamed() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(50, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "seed a counter"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            insert(Integer.valueOf(0));
                        end
                        rule "loops forever"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            $n : Integer()
                        then
                            insert(Integer.valueOf($n + 1));
                        end
                        """));

        assertTrue(e.getMessage().contains("past the limit of 50 firings"), e.getMessage());
        assertTrue(e.getMessage().contains("\"loops forever\""), e.getMessage());
    }

    @Test
    void anExceptionInAConsequenceNamesTheRule() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "throws"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            Integer.parseInt("not a number");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"throws\" threw java.lang.NumberFormatException"), e.getMessage());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof NumberFormatException, String.valueOf(root));
    }

    @Test
    void anExceptionInAConditionIsReportedToo() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "bad condition"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry, Integer.parseInt(name) > 0 )
                        then
                        end
                        """));

        assertTrue(e.getMessage().contains("caused by java.lang.NumberFormatException"), e.getMessage());
        assertTrue(e.getMessage().contains("bad condition"), e.getMessage());
    }

    @Test
    void aFiringLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Engine(TestRuleSets.compile(TestRuleSets.COMPLETE), 0));
    }

    @Test
    void anInvalidItemNamesTheRule() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "zero weight"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.vote(Archetype.NASCENT, 0, "m.any");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"zero weight\" produced a vote that is invalid: vote weight must be at least 1"),
                e.getMessage());
    }
}
