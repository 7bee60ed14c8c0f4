package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The refusals of incomplete or unexplained advice that no other test makes fire: a missing
 * engineering-versus-research or model-ownership choice, and advice produced outside a consequence.
 */
class RefusalReachabilityTest {

    private static final OrgProfile PROFILE = OrgProfile.builder().name("Acme").industry(Industry.RETAIL)
            .headcount(50).mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).build();

    private static RuleExecutionException refused(String... drl) {
        return assertThrows(RuleExecutionException.class,
                () -> new Engine(TestRuleSets.compile(drl), 100).advise(PROFILE, Locale.ENGLISH));
    }

    @Test
    void aMissingEngineeringVersusResearchChoiceIsRefused() {
        RuleExecutionException e = refused(TestRuleSets.COMPLETE.replace(
                "advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, \"m.any\", $archetype);", ""));

        assertEquals(List.of("no rule decided the engineering-versus-research choice"), e.problems());
    }

    @Test
    void aMissingModelOwnershipChoiceIsRefused() {
        RuleExecutionException e = refused(TestRuleSets.COMPLETE.replace(
                "advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, \"m.any\", $archetype);", ""));

        assertEquals(List.of("no rule decided the model-ownership choice"), e.problems());
    }

    @Test
    void adviceGivenFromAConditionIsRefused() {
        RuleExecutionException e = refused(TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                function boolean sneak(dev.mlteams.advisor.authoring.Advise a, Industry i) {
                    a.practice(PracticeArea.PEOPLE, "m.any", i);
                    return true;
                }
                rule "advice from a condition"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry, eval( sneak(advise, $industry) ) )
                then
                end
                """);

        assertTrue(e.problems().stream().anyMatch(p -> p.endsWith("was produced outside a rule's consequence")),
                e::getMessage);
    }
}
