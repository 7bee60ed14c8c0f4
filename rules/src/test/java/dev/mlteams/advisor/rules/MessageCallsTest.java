package dev.mlteams.advisor.rules;

import static dev.mlteams.advisor.rules.CustomRulesTest.ACME_1;
import static dev.mlteams.advisor.rules.CustomRulesTest.HEADER;
import static dev.mlteams.advisor.rules.CustomRulesTest.acme;
import static dev.mlteams.advisor.rules.CustomRulesTest.javaDialect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * build() checks the message keys your rules' advise calls name, and the arguments they give,
 * against the texts of each language served, before any profile is run: a rule for government
 * agencies, which no sample profile is, still has its typo found.
 */
class MessageCallsTest {

    /** A rule that fires for no profile in these tests, giving {@code call}. */
    private static String rule(String call) {
        return HEADER + """
                rule "acme: agencies review model risk"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry == Industry.GOVERNMENT )
                then
                    %s
                end
                """.formatted(call);
    }

    private static List<String> problems(Advisor.Builder builder) {
        return assertThrows(RuleSetException.class, builder::build).problems().stream().map(Object::toString).toList();
    }

    @Test
    void aKeyNoBundleHasFailsTheBuildAtItsLine_withTheNearestKey_beforeAnyProfileIsRun() {
        List<String> misspelt = problems(acme().addRules("acme.drl",
                rule("advise.practice(PracticeArea.PEOPLE, \"acme.risk-reveiw\", $industry);")));

        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.risk-reveiw\", which the message bundle lacks (did you mean \"acme.risk-review\"?)"), misspelt);
    }

    @Test
    void eachCallIsFoundAtItsOwnLine_alsoOnTheThenLine() {
        String twoCalls = rule("""
                String area = "people";
                    advise.practice(PracticeArea.PEOPLE, "acme.one", $industry);
                    advise.practice(PracticeArea.PEOPLE,
                            "acme.two", $industry);""");
        assertEquals(List.of(
                "acme.drl:14 rule \"acme: agencies review model risk\": advise.practice names message key \"acme.one\","
                        + " which the message bundle lacks",
                "acme.drl:15 rule \"acme: agencies review model risk\": advise.practice names message key \"acme.two\","
                        + " which the message bundle lacks"),
                problems(acme().addRules("acme.drl", twoCalls)));

        String onThen = rule("advise.practice(PracticeArea.PEOPLE, \"acme.one\", $industry);").replace("then\n    ", "then ");
        assertEquals(List.of("acme.drl:12 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.one\", which the message bundle lacks"), problems(acme().addRules("acme.drl", onThen)));
    }

    @Test
    void aCallGivingFewerArgumentsThanItsTextUses_failsTheBuild_countingOnlyTopLevelCommas() {
        List<String> fewer = problems(acme().addRules("acme.drl",
                rule("advise.practice(PracticeArea.PEOPLE, \"acme.risk-review\");")));
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice gives message key"
                + " \"acme.risk-review\" 0 arguments, but its text uses 1: \"In {0}, have an ML risk reviewer sign off"
                + " every model.\""), fewer);

        // A comma inside a text, a call or brackets is not between arguments: one argument each here.
        for (String argument : List.of("\"a, b\"", "String.format(\"%s, %s\", 1, 2)", "[1, 2]",
                "'x,y'")) {
            acme().addRules("acme.drl", rule("advise.practice(PracticeArea.PEOPLE, \"acme.risk-review\", " + argument
                    + ");")).build();
        }
    }

    @Test
    void keysMadeAtRunTime_signals_andCallsInCommentsAreLeftAlone() {
        for (String call : List.of(
                "advise.practice(PracticeArea.PEOPLE, \"acme.\" + \"unwritten\", $industry);",
                "String key = \"acme.unwritten\"; advise.practice(PracticeArea.PEOPLE, key, $industry);",
                "advise.signal(\"acme-agency\", $industry);",
                "// advise.practice(PracticeArea.PEOPLE, \"acme.unwritten\", $industry);\n    advise.signal(\"a\", $industry);",
                "/* advise.practice(PracticeArea.PEOPLE, \"acme.unwritten\"); */ advise.signal(\"a\", $industry);")) {
            assertTrue(acme().addRules("acme.drl", rule(call)).build().rules().stream()
                    .anyMatch(r -> r.name().equals("acme: agencies review model risk")), call);
        }
    }

    @Test
    void everyLanguageServedIsChecked_andTheLanguageIsNamedWhereOnlyOneLacks(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.review = Review {0}.\nacme.tip = Look.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.review = \u5ba1\u6838{0}\u548c{1}\u3002\n"
                + "acme.zh-only = \u53ea\u6709\u4e2d\u6587\u3002\n");
        String calls = rule("""
                advise.practice(PracticeArea.PEOPLE, "acme.review", $industry);
                    advise.practice(PracticeArea.PEOPLE, "acme.zh-only");""");
        Advisor.Builder builder = acme().addMessages(dir, "words").addRules("acme.drl", calls);

        // Each language's own slip, named with the language, after the texts that show in English.
        assertEquals(List.of("verifyIn: in zh-CN, 1 text of the messages " + dir.resolve("words.properties")
                        + " (translations in words_zh_CN.properties) has no translation and shows in English: acme.tip",
                "acme.drl:13 rule \"acme: agencies review model risk\": advise.practice gives message key \"acme.review\""
                        + " 1 argument, but its text in zh-CN uses 2: \"\u5ba1\u6838{0}\u548c{1}\u3002\"",
                "acme.drl:14 rule \"acme: agencies review model risk\": advise.practice names message key"
                        + " \"acme.zh-only\", which has no text in en"),
                problems(builder.verifyIn(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)));
        // Served in English alone, the Chinese-only key lacks its text, and the Chinese count is not checked.
        assertEquals(List.of("acme.drl:14 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.zh-only\", which the message bundle lacks"),
                problems(acme().addMessages(dir, "words").addRules("acme.drl", calls)));
    }

    @Test
    void theDefaultRulesAndAKeyTheyOwnPass_andADefaultKeyIsCheckedInYourCallsToo() {
        Advisor.defaults();
        acme().addRules("acme.drl", rule("advise.practice(PracticeArea.PLANNING, \"practice.portfolio\", $industry);"))
                .build();
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice gives message key"
                + " \"practice.portfolio\" 0 arguments, but its text uses 1: \"Pursue several approaches at once, since"
                + " it is unclear which will work (horizon: {0}).\""), problems(acme().addRules("acme.drl",
                        rule("advise.practice(PracticeArea.PLANNING, \"practice.portfolio\");"))));
        // A value that is not a text is no text for its key.
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.risk-review\", which the message bundle lacks"), problems(Advisor.builder().addKnowledge(ACME_1).addMessages(
                        new ListResourceBundle() {
                            @Override
                            protected Object[][] getContents() {
                                return new Object[][] {{"acme.risk-review", new Object()}};
                            }
                        }).addRules("acme.drl", rule("advise.practice(PracticeArea.PEOPLE, \"acme.risk-review\","
                                + " $industry);"))));
    }

    @Test
    void aCommaInsideAText_aCharacter_aCallOrBrackets_doesNotMakeUpForAMissingArgument(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.pair = {0} and {1}.\n");
        // Each is one argument, whose comma is not between arguments: the text's second one is missing.
        for (String argument : List.of("\"a, b\"", "\"say \\\"hi, there\"", "String.format(\"%s, %s\", 1, 2)",
                "[1, 2]")) {
            assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice gives message"
                    + " key \"acme.pair\" 1 argument, but its text uses 2: \"{0} and {1}.\""),
                    problems(acme().addMessages(dir, "words").addRules("acme.drl",
                            rule("advise.practice(PracticeArea.PEOPLE, \"acme.pair\", " + argument + ");"))),
                    argument);
        }
        // A character in the java dialect (MVEL reads 'x,y' as a text, and Drools keeps it in double quotes).
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.practice gives message key"
                + " \"acme.pair\" 1 argument, but its text uses 2: \"{0} and {1}.\""),
                problems(acme().addMessages(dir, "words").addRules("acme.drl",
                        javaDialect(rule("advise.practice(PracticeArea.PEOPLE, \"acme.pair\", ',');")))));
    }

    @Test
    void aCallIsFoundAtItsLine_afterAnIndentedThen_andAfterAThenThatEndsTheConditionsLine() {
        String indented = rule("advise.practice(PracticeArea.PEOPLE, \"acme.one\", $industry);")
                .replace("then\n    ", "  then ");
        assertEquals(List.of("acme.drl:12 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.one\", which the message bundle lacks"), problems(acme().addRules("acme.drl", indented)));

        String thenAfterPattern = rule("advise.practice(PracticeArea.PEOPLE, \"acme.one\", $industry);")
                .replace(")\nthen\n", ") then\n");
        assertEquals(List.of("acme.drl:12 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.one\", which the message bundle lacks"),
                problems(acme().addRules("acme.drl", thenAfterPattern)));
    }

    @Test
    void aKeyWrittenWithAnEscape_orACallOnAnotherNameEndingInAdvise_isLeftToTheRun() {
        for (String call : List.of(
                "advise.practice(PracticeArea.PEOPLE, \"acme.unwritten\\t\", $industry);",
                "dev.mlteams.advisor.authoring.Advise preadvise = advise;"
                        + " preadvise.practice(PracticeArea.PEOPLE, \"acme.unwritten\", $industry);")) {
            assertTrue(acme().addRules("acme.drl", rule(call)).build().rules().stream()
                    .anyMatch(r -> r.name().equals("acme: agencies review model risk")), call);
        }
    }

    @Test
    void theKeysAreTheParametersAdviseMarks_aRoadmapStepsFieldIsNot_andARisksMitigationIsOne() {
        // roadmapStep names a profile field in quotes before its key, as the default roadmap rules do.
        acme().addRules("acme.drl", rule("advise.roadmapStep(Archetype.PRODUCT_EMBEDDED, \"mlHome\","
                + " MlHome.PRODUCT_TEAMS, \"acme.plan\");")).build();
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.roadmapStep names message"
                + " key \"acme.plna\", which the message bundle lacks (did you mean \"acme.plan\"?)"),
                problems(acme().addRules("acme.drl", rule("advise.roadmapStep(Archetype.PRODUCT_EMBEDDED,"
                        + " \"mlHome\", MlHome.PRODUCT_TEAMS, \"acme.plna\");"))));

        // A risk has two keys, both checked, with the arguments after both.
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.risk names message key"
                + " \"acme.no-such-mitigation\", which the message bundle lacks"),
                problems(acme().addRules("acme.drl", rule("advise.risk(\"acme.plan\", \"acme.no-such-mitigation\");"))));
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.risk gives message key"
                + " \"acme.risk-review\" 0 arguments, but its text uses 1: \"In {0}, have an ML risk reviewer sign off"
                + " every model.\""),
                problems(acme().addRules("acme.drl", rule("advise.risk(\"acme.risk-review\", \"acme.plan\");"))));
        acme().addRules("acme.drl", rule("advise.risk(\"acme.risk-review\", \"acme.plan\", $industry);")).build();

        // Of two overloads, the one whose key is quoted: a skill for one seniority.
        assertEquals(List.of("acme.drl:13 rule \"acme: agencies review model risk\": advise.mustHave names message key"
                + " \"acme.skil\", which the message bundle lacks"), problems(acme().addRules("acme.drl",
                        rule("advise.mustHave(Role.ML_ENGINEER, Seniority.SENIOR, \"acme.skil\");"))));
    }

    @Test
    void aCallAfterAThenOnTheLastConditionsLine_isFoundOnThatLine() {
        String sameLine = rule("advise.practice(PracticeArea.PEOPLE, \"acme.one\", $industry);")
                .replace(")\nthen\n    advise", ") then advise");

        assertEquals(List.of("acme.drl:11 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.one\", which the message bundle lacks"), problems(acme().addRules("acme.drl", sameLine)));
    }

    @Test
    void aRuleFileThatWorks_neverFailsTheCheck_arraysSpreadOverTheArguments_overloads_disabledRules(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.pair = {0} and {1}.\nacme.one = One {0}.\n");
        // An array given alone is spread over the arguments, in MVEL and Java alike: the run counts them.
        for (String argument : List.of("new Object[] {$industry, \"x\"}", "{$industry, \"x\"}")) {
            acme().addMessages(dir, "words").addRules("acme.drl",
                    rule("advise.practice(PracticeArea.PEOPLE, \"acme.pair\", " + argument + ");")).build();
        }
        acme().addMessages(dir, "words").addRules("acme.drl", javaDialect(rule("Object[] both = {$industry, \"x\"};"
                + " advise.practice(PracticeArea.PEOPLE, \"acme.pair\", both);"))).build();
        // A quoted argument after the key is not a key, whichever overload sorts first.
        acme().addMessages(dir, "words").addRules("acme.drl",
                rule("advise.mustHave(Role.ML_ENGINEER, \"acme.one\", \"PyTorch\");")).build();
        acme().addMessages(dir, "words").addRules("acme.drl",
                rule("advise.niceToHave(Role.ML_ENGINEER, Seniority.SENIOR, \"acme.one\", \"PyTorch\");")).build();
        // A rule that can never fire cannot fail a call.
        acme().addRules("acme.drl", rule("advise.practice(PracticeArea.PEOPLE, \"acme.missing\", $industry);"))
                .disableRule("acme: agencies review model risk").build();
        acme().addRules("acme.drl", rule("advise.practice(PracticeArea.PEOPLE, \"acme.missing\", $industry);")
                .replace("    ruleflow-group", "    enabled false\n    ruleflow-group")).build();
        acme().addRules("acme.drl", rule("advise.practice(PracticeArea.PEOPLE, \"acme.missing\", $industry);"))
                .disableKnowledge("ACME-1").build();
    }

    @Test
    void aCommentAfterThen_doesNotMoveTheCallsLine() {
        String call = "advise.practice(PracticeArea.PEOPLE, \"acme.missing\", $industry);";
        String problem = " rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.missing\", which the message bundle lacks";

        assertEquals(List.of("acme.drl:13" + problem),
                problems(acme().addRules("acme.drl", rule(call).replace("then\n", "then // why\n"))));
        assertEquals(List.of("acme.drl:14" + problem),
                problems(acme().addRules("acme.drl", rule(call).replace("then\n", "then\n    // why\n"))));
        assertEquals(List.of("acme.drl:14" + problem),
                problems(acme().addRules("acme.drl", rule(call).replace("then\n", "then /* a\n b */\n"))));
    }

    @Test
    void aCallWrittenInsideATextBlock_isText_notACall() {
        // A Java text block holds text that only looks like a call.
        acme().addRules("acme.drl", javaDialect(rule("String shown = \"\"\"\n        see advise.warning(\"acme.nope\")\n"
                + "        \"\"\";\n    advise.signal(\"a\", $industry);"))).build();
        // After the text block, a real call is still found, at its own line.
        assertEquals(List.of("acme.drl:16 rule \"acme: agencies review model risk\": advise.warning names message key"
                + " \"acme.nope\", which the message bundle lacks"),
                problems(acme().addRules("acme.drl", javaDialect(rule("String shown = \"\"\"\n        a\n"
                        + "        \"\"\";\n    advise.warning(\"acme.nope\");")))));
    }

    @Test
    void aCallInANamedConsequence_isCheckedAtItsLine() {
        // Line 12 holds the do[agency]; then[agency] is on line 15, its call on 17, after a comment.
        String named = HEADER + """
                rule "acme: agencies review model risk"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry == Industry.GOVERNMENT )
                    do[agency]
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                then[ agency ]
                    // agencies only
                    advise.practice(PracticeArea.PEOPLE, "%s", $industry);
                end
                """;
        acme().addRules("acme.drl", named.formatted("acme.risk-review")).build();

        assertEquals(List.of("acme.drl:17 rule \"acme: agencies review model risk\": advise.practice names message key"
                + " \"acme.risk-reveiw\", which the message bundle lacks (did you mean \"acme.risk-review\"?)"),
                problems(acme().addRules("acme.drl", named.formatted("acme.risk-reveiw"))));
    }

    @Test
    void aCallInAFunction_isCheckedAtItsLine_namingTheFunction() {
        // The function's call is on line 9; the rule that calls the function fires for no profile here.
        String withFunction = HEADER + """
                function void reviewRisk(dev.mlteams.advisor.authoring.Advise advise, Industry industry) {
                    // the key is checked here, for every rule that calls this
                    advise.practice(PracticeArea.PEOPLE, %s, industry);
                }
                rule "acme: agencies review model risk"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry == Industry.GOVERNMENT )
                then
                    reviewRisk(advise, $industry);
                end
                """;
        acme().addRules("acme.drl", withFunction.formatted("\"acme.risk-review\"")).build();

        assertEquals(List.of("acme.drl:9: function reviewRisk: advise.practice gives message key \"acme.risk-review\""
                + " 0 arguments, but its text uses 1: \"In {0}, have an ML risk reviewer sign off every model.\""),
                problems(acme().addRules("acme.drl", withFunction.formatted("\"acme.risk-review\"").replace(
                        ", industry);", ");"))));
    }
}
