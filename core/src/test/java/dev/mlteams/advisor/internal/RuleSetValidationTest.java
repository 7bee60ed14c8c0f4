package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.RuleSetException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** A broken rule set is rejected with every problem, its file, line and rule, before any advice. */
class RuleSetValidationTest {

    @Test
    void aCompleteRuleSetCompiles() {
        assertEquals(2, TestRuleSets.compile(TestRuleSets.COMPLETE).size());
    }

    @Test
    void syntaxError_namesFileAndLine() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "broken"
                    @source("T1")
                when
                    OrgProfile( headcount > )
                then
                end
                """));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().startsWith("the rule set has 1 problem:\n  - file1.drl:10"), e.getMessage());
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("file1.drl", problem.file());
        assertEquals(10, problem.line(), e.getMessage());
    }

    @Test
    void aFileDroolsGivesUpOnWithAnException_isAProblemAtTheLineItQuotes() {
        // MVEL, reading a java-dialect consequence, throws at a quote left open instead of reporting it.
        String broken = TestRuleSets.HEADER + QUOTE_LEFT_OPEN.formatted("java");
        String other = TestRuleSets.COMPLETE.replace("package test.rules;", "package test.complete;");
        // Drools' Java parser also prints the slip to standard error, as the README says.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> withStandardErrorCaught(printed, () -> TestRuleSets.compile(broken, other)));

        assertEquals(1, e.problems().size(), e.getMessage());
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("file1.drl", problem.file());
        assertEquals(Optional.of("java"), problem.rule());
        assertEquals(14, problem.line(), e.getMessage());
        assertTrue(problem.message().startsWith("[Error: unterminated string literal]"), e.getMessage());
        assertFalse(problem.message().contains("[Line:"), "MVEL's line counts from the consequence: " + e.getMessage());
        // Cut with the line break before it: the message ends at MVEL's caret.
        assertTrue(problem.message().endsWith("^"), e.getMessage());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("mismatched character"), printed::toString);
    }

    @Test
    void aQuoteThatTwoRulesHold_isTheFilesProblem_withMvelsOwnLine() {
        // MVEL gives up at the first of two identical consequences, and nothing says which one it read.
        RuleSetException e = assertThrows(RuleSetException.class, () -> withStandardErrorCaught(
                new ByteArrayOutputStream(), () -> TestRuleSets.compile(TestRuleSets.HEADER
                        + QUOTE_LEFT_OPEN.formatted("first") + QUOTE_LEFT_OPEN.formatted("second"))));

        assertEquals(1, e.problems().size(), e.getMessage());
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("file1.drl", problem.file());
        assertEquals(0, problem.line(), e.getMessage());
        assertEquals(Optional.empty(), problem.rule(), e.getMessage());
        assertTrue(problem.message().startsWith("[Error: unterminated string literal]\n"), e.getMessage());
        // Without a line of the file to give, MVEL's own is kept, and nothing after it.
        assertTrue(problem.message().endsWith("^\n[Line: 2, Column: 47]"), e.getMessage());
    }

    @Test
    void theTextMvelQuotes_isLookedForInTheConsequenceOnly() {
        // A comment in the conditions that repeats the quoted line would make it two lines, and no rule.
        String broken = TestRuleSets.HEADER + """
                rule "java"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry ) // advise.risk("m.risk", "m.fix", $industry); is below
                then
                    char bracket = '("';
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> withStandardErrorCaught(new ByteArrayOutputStream(), () -> TestRuleSets.compile(broken)));

        assertEquals(List.of("14 java"), e.problems().stream().map(p -> p.line() + " " + p.rule().orElse("?")).toList(),
                e.getMessage());
    }

    /** A java-dialect rule, named by its argument, whose consequence has a quote left open. */
    private static final String QUOTE_LEFT_OPEN = """
            rule "%s"
                @source("T1")
                dialect "java"
            when
                OrgProfile( $industry : industry )
            then
                char bracket = '("';
                advise.risk("m.risk", "m.fix", $industry);
            end
            """;

    /**
     * {@code compile} with standard error caught in {@code printed}, so that the build log shows
     * only what the tests report: Drools' Java parser prints the slips it reads there.
     */
    private static CompiledRules withStandardErrorCaught(ByteArrayOutputStream printed, Supplier<CompiledRules> compile) {
        PrintStream standardError = System.err;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            return compile.get();
        } finally {
            System.setErr(standardError);
        }
    }

    /** A java consequence using the global inside a lambda's braces, where Drools does not pass it in. */
    private static final String LAMBDA_USING_ADVISE = """
            rule "lambda"
                @source("T1")
                dialect "java"
            when
                OrgProfile( $industry : industry )
            then
                java.util.List.of(1).forEach(x -> { advise.risk("m.risk", "m.fix", $industry) });
            end
            """;

    @Test
    void aGlobalThatAJavaSyntaxErrorKeepsOut_isNotReportedUnresolved_unlessTheFileLacksIt() {
        String rule = LAMBDA_USING_ADVISE;
        RuleSetException declared = assertThrows(RuleSetException.class,
                () -> TestRuleSets.compile(TestRuleSets.HEADER + rule));
        assertEquals(List.of("file1.drl:13 rule \"lambda\": Syntax error, insert \";\" to complete BlockStatements"),
                declared.problems().stream().map(Object::toString).toList());

        RuleSetException undeclared = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(
                TestRuleSets.HEADER.replace("global dev.mlteams.advisor.authoring.Advise advise;", "") + rule));
        assertTrue(undeclared.problems().stream().anyMatch(p -> p.message().startsWith("advise cannot be resolved")),
                undeclared::getMessage);
    }

    @Test
    void aGlobalOnlyLikeTheUnresolvedName_orDeclaredInAnotherFile_doesNotHideIt() {
        // The file declares "adviser", not "advise"; another package's file declares "advise".
        String lacking = TestRuleSets.HEADER.replace("Advise advise;", "Advise adviser;") + LAMBDA_USING_ADVISE;
        String declaring = TestRuleSets.COMPLETE.replace("package test.rules;", "package test.complete;");
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(lacking, declaring));

        assertEquals(List.of("file1.drl:13 rule \"lambda\": advise cannot be resolved (each rule file declares the global"
                + " itself: global dev.mlteams.advisor.authoring.Advise advise;)",
                "file1.drl:13 rule \"lambda\": Syntax error, insert \";\" to complete BlockStatements"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aGlobalThatALambdaUses_isReportedUnresolved_besideAnotherRulesSyntaxError() {
        // Drools does not pass a global in that only a lambda uses: that rule fails on its own, not
        // because another rule of the file has a syntax error.
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "syntax error"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    int x = ;
                end
                rule "lambda"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    java.util.List.of(1).forEach(x -> { advise.risk("m.risk", "m.fix", $industry); });
                end
                """));

        assertEquals(List.of("13 syntax error", "21 lambda"),
                e.problems().stream().map(p -> p.line() + " " + p.rule().orElse("?")).toList(), e.getMessage());
        assertTrue(e.problems().get(0).message().startsWith("Syntax error"), e.getMessage());
        // The file declares the global: the hint says how to get it into the lambda, not to declare it.
        assertEquals("advise cannot be resolved (the file declares it, but Drools did not see this consequence use"
                + " it, as inside a lambda's braces: use it through a local variable, Advise a = advise;)",
                e.problems().get(1).message());
    }

    @Test
    void aGlobalThatALambdaUsesThroughALocalVariable_isPassedIn() {
        // What the hint above says to do, checked to work: the two complete rules and this one.
        assertEquals(3, TestRuleSets.compile(TestRuleSets.COMPLETE, TestRuleSets.HEADER.replace("package test.rules;",
                "package test.lambda;") + """
                rule "lambda"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    dev.mlteams.advisor.authoring.Advise a = advise;
                    java.util.List.of(1).forEach(x -> { a.risk("m.risk", "m.fix", $industry); });
                end
                """).size());
    }

    @Test
    void unknownFieldAndType_areReportedTogetherWithTheirRules() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "unknown field"
                    @source("T1")
                when
                    OrgProfile( $x : noSuchField > 1 )
                then
                end
                rule "unknown type"
                    @source("T1")
                when
                    NoSuchFact()
                then
                end
                """));

        assertEquals(List.of("10 unknown field", "16 unknown type"), e.problems().stream()
                .map(p -> p.line() + " " + p.rule().orElse("?")).distinct().toList(), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("noSuchField")), e.getMessage());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("NoSuchFact")), e.getMessage());
    }

    @Test
    void missingSource_unknownId_andUnknownPhase_areAllReported() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "no source"
                when
                    OrgProfile( $industry : industry )
                then
                end
                rule "unknown id"
                    @source("T1, Z9")
                when
                    OrgProfile( $industry : industry )
                then
                end
                rule "unknown phase"
                    @source("T1")
                    ruleflow-group "later"
                when
                    OrgProfile( $industry : industry )
                then
                end
                """));

        assertEquals(3, e.problems().size(), e.getMessage());
        assertEquals(new RuleSetException.Problem("file1.drl", 7, Optional.of("no source"),
                "no @source(\"...\") metadata naming the knowledge IDs the rule encodes"), e.problems().get(0));
        assertEquals(Optional.of("unknown id"), e.problems().get(1).rule());
        assertTrue(e.problems().get(1).message().contains("\"Z9\""));
        assertEquals(Optional.of("unknown phase"), e.problems().get(2).rule());
        assertTrue(e.problems().get(2).message().contains("\"later\" is not a phase"));
    }

    @Test
    void aMisspeltSourceAnnotation_isNamed_alsoInAFileThatDoesNotCompile() {
        String misspelt = """
                rule "misspelt"
                    @sourc("T1")
                when
                    OrgProfile( $industry : industry )
                then
                end
                rule "capitalised"
                    @Source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                end
                rule "both"
                    @sorce("T1")
                    @Sourc("T1")
                when
                    OrgProfile( $industry : industry )
                then
                end
                """;
        String broken = """
                rule "broken"
                    @source("T1")
                when
                    OrgProfile( $x : noSuchField )
                then
                end
                """;
        String compiledMessage = "no @source(\"...\") metadata naming the knowledge IDs the rule encodes";
        for (String file : List.of(misspelt, misspelt + broken)) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + file));

            assertTrue(e.problems().contains(new RuleSetException.Problem("file1.drl", 7, Optional.of("misspelt"),
                    compiledMessage + " (@sourc looks like a misspelt @source)")), e.getMessage());
            assertTrue(e.problems().contains(new RuleSetException.Problem("file1.drl", 13, Optional.of("capitalised"),
                    compiledMessage + " (@Source looks like a misspelt @source)")), e.getMessage());
            // Case and a letter off at once; of two look-alikes, the first in order is named.
            assertTrue(e.problems().contains(new RuleSetException.Problem("file1.drl", 19, Optional.of("both"),
                    compiledMessage + " (@Sourc looks like a misspelt @source)")), e.getMessage());
        }
    }

    @Test
    void anEmptySource_isMissing_notMisspelt() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "empty source"
                    @source("")
                when
                    OrgProfile( $industry : industry )
                then
                end
                """));

        assertEquals(List.of(new RuleSetException.Problem("file1.drl", 7, Optional.of("empty source"),
                "no @source(\"...\") metadata naming the knowledge IDs the rule encodes")), e.problems());
    }

    @Test
    void anEmptySourceAndAWronglyTypedAdviseGlobalAreRefused() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile("""
                package test.other;
                import dev.mlteams.advisor.OrgProfile;
                global java.lang.String advise;
                rule "empty source"
                    @source(",")
                when
                    OrgProfile( $industry : industry )
                then
                end
                """));

        assertEquals(2, e.problems().size(), e.getMessage());
        assertTrue(e.getMessage().contains("global \"advise\" must have type dev.mlteams.advisor.authoring.Advise"),
                e.getMessage());
        assertTrue(e.getMessage().contains("@source(\",\") names no knowledge ID"), e.getMessage());
    }

    /** A rule whose {@code @source} lost a quote: its value takes in the text up to the quote lost on line 10. */
    private static final String LOST_QUOTE = """
            rule "lost quote"
                @source("T1)
                ruleflow-group "advise"
            when
                OrgProfile( name != "x, $industry : industry )
            then
                advise.risk("m.risk", "m.fix", $industry);
            end
            """;

    /** The problems about {@code @source} of a file holding {@code rules}. */
    private static List<RuleSetException.Problem> sourceProblems(String rules) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> TestRuleSets.compile(TestRuleSets.HEADER + rules));
        return e.problems().stream().filter(p -> p.message().contains("@source")).toList();
    }

    /** The one problem of {@link #LOST_QUOTE}'s {@code @source} taking in {@code lines} lines. */
    private static RuleSetException.Problem runsOn(int lines) {
        // At the @source line, the line after the rule's.
        return new RuleSetException.Problem("file1.drl", 8, Optional.of("lost quote"), "@source's value runs on over "
                + lines + " lines and holds quotes, so it took in the text after it: a quote in or after"
                + " @source(\"...\") may be missing");
    }

    @Test
    void aSourceValueThatTookInTheRuleText_isOneProblem_notOneCitePerWord() {
        // The quote lost after T1 pairs with the next one, and so on to the quote lost on line 10.
        assertEquals(List.of(runsOn(4)), sourceProblems(LOST_QUOTE));
    }

    @Test
    void aSourceValueThatTookInOneLineMore_isOneProblemToo() {
        // The quote lost after T1 pairs with the first one on the next line, and "x" there ends the value.
        assertEquals(List.of(runsOn(2)), sourceProblems(LOST_QUOTE.replace("\"advise\"", "\"advise \"x\")")
                .replace("name != \"x, ", "")));
    }

    @Test
    void aSourceValueOverSeveralLinesWithoutQuotesInIt_isAListOfIds() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + """
                rule "long list"
                    @source("T1,
                             T2, T9")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """));

        assertEquals(List.of(new RuleSetException.Problem("file1.drl", 8, Optional.of("long list"),
                "@source cites \"T9\", which is not in the knowledge catalogue"
                        + " (register your own IDs with Advisor.Builder.addKnowledge)")), e.problems(), e.getMessage());
    }
}
