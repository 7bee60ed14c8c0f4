package dev.mlteams.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.analysis.WhyNot.ConditionCheck;
import dev.mlteams.advisor.analysis.WhyNot.Outcome;
import dev.mlteams.advisor.analysis.WhyNot.RuleDiagnosis;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How each kind of condition reads; the default rules' conditions are rendered in WhyNotTest. */
class WhyNotTextTest {

    @Test
    void aConstraintReadsInsideItsPattern_andAWholeElementAsWritten_neverWrappedInItsTypeAgain() {
        RuleDiagnosis rule = new RuleDiagnosis("r", false, List.of(
                new ConditionCheck("OrgProfile", "plannedHires > 0", Outcome.MET, "plannedHires = 2"),
                new ConditionCheck("Signal", "not Signal( name == \"empty-ml-home\" )", Outcome.MET,
                        "no matching Signal"),
                new ConditionCheck("Signal", "exists Signal( name == \"large-company\" )", Outcome.NOT_MET,
                        "no matching Signal"),
                new ConditionCheck(ConditionCheck.OR, "OrgProfile( a ) or\n    OrgProfile( b )", Outcome.NOT_MET,
                        "no branch holds"),
                new ConditionCheck("Position", "Position( role == $s.value )", Outcome.NOT_EVALUATED, "not checked"),
                new ConditionCheck("Signal", "Signal()", Outcome.MET, "exists"),
                new ConditionCheck("not", "not( OrgProfile( a ) or OrgProfile( b ) )", Outcome.NOT_MET, "a branch holds"),
                new ConditionCheck("eval", "eval( 1 > 2 )", Outcome.NOT_EVALUATED, "not checked"),
                new ConditionCheck("from", "$n : Number() from accumulate( Signal(), count( 1 ) )",
                        Outcome.NOT_EVALUATED, "not checked"),
                new ConditionCheck(ConditionCheck.PHASE, "ruleflow-group \"derive\"", Outcome.NOT_MET, "too early")));

        assertEquals("""
                rule "r" did not fire
                  [met]     OrgProfile( plannedHires > 0 )   actual: plannedHires = 2
                  [met]     not Signal( name == "empty-ml-home" )   actual: no matching Signal
                  [NOT MET] exists Signal( name == "large-company" )   actual: no matching Signal
                  [NOT MET] ( OrgProfile( a ) or OrgProfile( b ) )   actual: no branch holds
                  [?]       Position( role == $s.value )   actual: not checked
                  [met]     Signal()   actual: exists
                  [NOT MET] not( OrgProfile( a ) or OrgProfile( b ) )   actual: a branch holds
                  [?]       eval( 1 > 2 )   actual: not checked
                  [?]       $n : Number() from accumulate( Signal(), count( 1 ) )   actual: not checked
                  [NOT MET] phase: ruleflow-group "derive"   actual: too early
                """, WhyNotText.render(rule));
    }

    @Test
    void aConstraintThatStartsWithItsTypesName_isStillShownInsideItsPattern_andAnUnnamedElementAsWritten() {
        RuleDiagnosis rule = new RuleDiagnosis("r", false, List.of(
                new ConditionCheck("OrgProfile", "OrgProfile.MAX_HEADCOUNT > headcount", Outcome.MET, "headcount = 40"),
                new ConditionCheck("_Internal", "size > 1", Outcome.NOT_MET, "size = 0"),
                new ConditionCheck("", "eval( ready() )", Outcome.NOT_EVALUATED, "not checked")));

        assertEquals("""
                rule "r" did not fire
                  [met]     OrgProfile( OrgProfile.MAX_HEADCOUNT > headcount )   actual: headcount = 40
                  [NOT MET] _Internal( size > 1 )   actual: size = 0
                  [?]       eval( ready() )   actual: not checked
                """, WhyNotText.render(rule));
    }
}
