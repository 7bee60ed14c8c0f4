package dev.mlteams.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.AdvisorException;
import org.junit.jupiter.api.Test;

/** Reading JSON that is not advice fails with the documented exception; it never returns null. */
class AdviceJsonTest {

    @Test
    void theJsonLiteralNullIsNotAdvice() {
        assertEquals("not Advice JSON: the text is null",
                assertThrows(AdvisorException.class, () -> AdviceJson.readAdvice("null")).getMessage());
        assertEquals("not CandidateAdvice JSON: the text is null",
                assertThrows(AdvisorException.class, () -> AdviceJson.readCandidateAdvice(" null ")).getMessage());
    }

    @Test
    void textThatIsNotJsonIsNotAdvice() {
        assertThrows(AdvisorException.class, () -> AdviceJson.readAdvice("{ not json"));
    }
}
