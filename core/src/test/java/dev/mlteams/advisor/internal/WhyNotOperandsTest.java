package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What a why-not condition check shows values for: each test a condition joins. */
class WhyNotOperandsTest {

    @Test
    void eachTestJoinedByAndOrOrIsAnOperandOnce() {
        assertEquals(List.of("horizon"), WhyNotAnalysis.operands("horizon == BusinessHorizon.QUICK_WINS"));
        assertEquals(List.of("horizon", "modelsInProduction"),
                WhyNotAnalysis.operands("horizon == BusinessHorizon.QUICK_WINS || modelsInProduction == false"));
        assertEquals(List.of("a", "b", "c"), WhyNotAnalysis.operands("a == 1 || (b > 2 && c in (X.Y, X.Z)) || a < 0"));
        assertEquals(List.of("a"), WhyNotAnalysis.operands("((a == 1))"));
    }

    @Test
    void operatorsInsideQuotesOrCallsDoNotSplit() {
        assertEquals(List.of("name", "d"), WhyNotAnalysis.operands("name == \"x || y\" && d"));
        assertEquals(List.of("f(a || b)"), WhyNotAnalysis.operands("f(a || b)"));
        assertEquals(List.of("(a) + (b)"), WhyNotAnalysis.operands("(a) + (b) > 2"));
        assertEquals(List.of("(a)"), WhyNotAnalysis.operands("(a) == (b)"));
        assertEquals(List.of("name", "headcount"), WhyNotAnalysis.operands("name == \"a\\\"\" || headcount > 10"));
        assertEquals(List.of("name", "headcount"), WhyNotAnalysis.operands("name == 'x || y' && headcount > 10"));
    }

    @Test
    void drlsWordOperatorsEndTheOperandToo() {
        assertEquals(List.of("name", "headcount"), WhyNotAnalysis.operands("name matches \"A.*\" || headcount > 10"));
        assertEquals(List.of("name", "headcount"), WhyNotAnalysis.operands("name not matches \"A.*\" || headcount > 10"));
        assertEquals(List.of("tags", "headcount"), WhyNotAnalysis.operands("tags contains \"x\" || headcount > 10"));
        assertEquals(List.of("role", "headcount"), WhyNotAnalysis.operands("role memberOf $roles && headcount > 10"));
    }

    @Test
    void aComputedRightOperandIsShownToo_aLiteralOrConstantIsNot() {
        assertEquals(Optional.of("Counts.first(mlStaffTotal + plannedHires, 20)"),
                WhyNotAnalysis.rightOperand("mlStaff[Role.ML_PRODUCT_MANAGER] >= Counts.first(mlStaffTotal + plannedHires, 20)"));
        assertEquals(Optional.of("$plannedHires"), WhyNotAnalysis.rightOperand("headcount < $plannedHires"));
        assertEquals(Optional.of("headcount / 10"), WhyNotAnalysis.rightOperand("mlStaffTotal > headcount / 10"));
        for (String literal : List.of("headcount > 10", "share >= -2.5", "name == \"a < b\"", "name != 'x'",
                "ceoInvestsInMl == true", "declaredArchetype == null", "archetype == Archetype.NASCENT",
                "rank == ArchetypeCall.Rank.PRIMARY", "archetype in (Archetype.NASCENT, Archetype.ML_FIRST)",
                "name matches \"A<.*\"")) {
            assertEquals(Optional.empty(), WhyNotAnalysis.rightOperand(literal), literal);
        }
        // A condition of several tests shows each test's left operand instead.
        assertEquals(Optional.empty(), WhyNotAnalysis.rightOperand("a > $b || c < $d"));
    }
}
