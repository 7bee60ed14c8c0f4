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
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("file1.drl", problem.file());
        assertEquals(10, problem.line(), e.getMessage());
    }

    @Test
    void aFileDroolsGivesUpOnWithAnException_isAProblemAtTheLineItQuotes() {
        // MVEL, reading a java-dialect consequence, throws at a quote left open instead of reporting it.
        String broken = TestRuleSets.HEADER + """
                rule "java"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    char bracket = '("';
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """;
        String other = TestRuleSets.COMPLETE.replace("package test.rules;", "package test.complete;");
        // Drools' Java parser also prints the slip to standard error, as the README says; caught here
        // so that the build log shows only what the tests report.
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardError = System.err;
        RuleSetException e;
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            e = assertThrows(RuleSetException.class, () -> TestRuleSets.compile(broken, other));
        } finally {
            System.setErr(standardError);
        }

        assertEquals(1, e.problems().size(), e.getMessage());
        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("file1.drl", problem.file());
        assertEquals(Optional.of("java"), problem.rule());
        assertEquals(14, problem.line(), e.getMessage());
        assertTrue(problem.message().startsWith("[Error: unterminated string literal]"), e.getMessage());
        assertFalse(problem.message().contains("[Line:"), "MVEL's line counts from the consequence: " + e.getMessage());
        assertTrue(printed.toString(StandardCharsets.UTF_8).contains("mismatched character"), printed::toString);
    }

    @Test
    void aGlobalThatAJavaSyntaxErrorKeepsOut_isNotReportedUnresolved_unlessTheFileLacksIt() {
        String rule = """
                rule "lambda"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    java.util.List.of(1).forEach(x -> { advise.risk("m.risk", "m.fix", $industry) });
                end
                """;
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
        }
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
}
