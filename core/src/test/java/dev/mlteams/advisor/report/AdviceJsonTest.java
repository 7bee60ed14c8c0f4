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

    /** Candidate advice with no tips, as {@link AdviceJson#write} lays it out; a test replaces {@code TIPS}. */
    private static final String CANDIDATE = """
            {
              "profile" : {
                "targetRole" : "ML_ENGINEER",
                "softwareEngineeringYears" : 0,
                "takenMlCourses" : false,
                "finishedMlProjects" : 0,
                "publications" : 0
              },
              TIPS,
              "trace" : [ ],
              "ruleSet" : { "name" : "rules", "version" : "1", "contentHash" : "sha256:aa" },
              "locale" : "en"
            }
            """;

    @Test
    void aMissingListIsNamed() {
        assertEquals("not CandidateAdvice JSON: no value for tips (line 12, column 1)",
                assertThrows(AdvisorException.class,
                        () -> AdviceJson.readCandidateAdvice(CANDIDATE.replace("  TIPS,\n", ""))).getMessage());
    }

    @Test
    void aMisspeltFieldIsNamedAsUnknownBeforeTheValueItLeftMissing() {
        // Jackson checks for unknown fields only after the record's constructor ran: that failed first.
        assertEquals("not CandidateAdvice JSON: unknown field \"tipps\" (line 9, column 3);"
                + " no value for tips (line 13, column 1)",
                assertThrows(AdvisorException.class,
                        () -> AdviceJson.readCandidateAdvice(CANDIDATE.replace("TIPS", "\"tipps\" : [ ]"))).getMessage());
    }

    @Test
    void aMisspeltFieldOfANestedRecordIsNamedWhereItIs() {
        String json = CANDIDATE.replace("TIPS", "\"tips\" : [ ]").replace("\"targetRole\"", "\"targetRol\"");

        String message = assertThrows(AdvisorException.class, () -> AdviceJson.readCandidateAdvice(json)).getMessage();

        assertTrue(message.startsWith("not CandidateAdvice JSON: unknown field \"targetRol\" (line 3, column 5); "),
                message);
        assertTrue(message.endsWith("(through reference chain: dev.mlteams.advisor.CandidateAdvice[\"profile\"])"),
                message);
    }
}
