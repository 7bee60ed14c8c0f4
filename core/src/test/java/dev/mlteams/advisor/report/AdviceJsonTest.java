package dev.mlteams.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.AdvisorException;
import java.util.List;
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
    void aLocaleThatIsNotABcp47LanguageTagIsAnErrorNamingIt() {
        // Java's "zh_CN" included: the JSON holds the tag that --lang takes, "zh-CN".
        for (String locale : List.of("zh_CN", "not a locale", "")) {
            String message = assertThrows(AdvisorException.class,
                    () -> AdviceJson.readAdvice("{ \"locale\" : \"" + locale + "\" }")).getMessage();
            assertTrue(message.startsWith("not Advice JSON: Cannot deserialize value of type `java.util.Locale` from"
                    + " String \"" + locale + "\": not a BCP 47 language tag such as \"zh-CN\""), message);
            assertTrue(message.contains("through reference chain: dev.mlteams.advisor.Advice[\"locale\"]"), message);
        }
    }

    @Test
    void textThatIsNotJsonIsNotAdvice() {
        assertThrows(AdvisorException.class, () -> AdviceJson.readAdvice("{ not json"));
    }

    @Test
    void aRepeatedKeyIsAnErrorNamingIt() {
        assertEquals("not Advice JSON: Duplicate field 'locale' (line 2, column 11)",
                assertThrows(AdvisorException.class,
                        () -> AdviceJson.readAdvice("{ \"locale\" : \"en\",\n  \"locale\" : \"fr\" }")).getMessage());
    }

    @Test
    void messagesGiveTheLineAndColumnWithoutJacksonsSourceText() {
        assertEquals("not CandidateAdvice JSON: Unexpected character ('n' (code 110)): was expecting double-quote"
                + " to start field name (line 1, column 3)",
                assertThrows(AdvisorException.class, () -> AdviceJson.readCandidateAdvice("{ not json")).getMessage());
        assertEquals("not Advice JSON: Cannot deserialize value of type `java.util.Locale` from String \"x_y\": not a"
                + " BCP 47 language tag such as \"zh-CN\" (line 1, column 13)"
                + " (through reference chain: dev.mlteams.advisor.Advice[\"locale\"])",
                assertThrows(AdvisorException.class, () -> AdviceJson.readAdvice("{ \"locale\": \"x_y\" }")).getMessage());
    }
}
