package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.RuleSetException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Hostile or broken rule files (test resources, "hostile/") are rejected when the rule set is
 * built, or stopped while running, always with a clear message; none of them yields advice.
 */
class HostileRulesTest {

    /** How a safety problem names its reference: "System.exit" is not allowed, import x.Y / type x.Y is outside. */
    private static final Pattern REFERENCE =
            Pattern.compile("\"([^\"]+)\" is not allowed|(?:import|type) (\\S+) is outside");

    @ParameterizedTest(name = "{0}: {1} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            runaway-loop.drl           | run   | kept firing past the firing limit of 10000 (10001 firings); the busiest rule was "evil: count forever" (hostile/runaway-loop.drl:8,
            system-exit.drl            | build | system-exit.drl:13: "System.exit" is not allowed in rule files (process and JVM control,
            import-runtime.drl         | build | import-runtime.drl:3: "Runtime" is not allowed in rule files (process control)
            reflection.drl             | build | reflection.drl:13: "getDeclaredField" is not allowed in rule files (reflection and class loading)
            file-and-network.drl       | build | file-and-network.drl:14: "java.net.Socket" is not allowed in rule files (network I/O)
            deletes-profile.drl        | run   | rule "evil: delete the profile" (hostile/deletes-profile.drl:7) deleted the OrgProfile fact
            inserts-unsourced-item.drl | run   | rule "evil: forge a warning" (hostile/inserts-unsourced-item.drl:8) inserted a Warning itself
            unsourced-rule.drl         | build | rule "evil: no source": no @source
            deletes-advice.drl         | run   | rule "evil: take advice back" (hostile/deletes-advice.drl:8) deleted a Practice
            """)
    void isRejectedWithAClearMessageAndNoAdvice(String file, String when, String message) {
        AdvisorException e = assertThrows(AdvisorException.class, () -> {
            Advisor advisor = Advisor.builder().addClasspathRules("hostile/" + file).build();
            if (when.equals("build")) {
                fail("expected the rule set to be rejected when built");
            }
            advisor.advise(Companies.bank());
            fail("expected the call to fail");
        });

        Class<?> expected = when.equals("build") ? RuleSetException.class : RuleExecutionException.class;
        assertTrue(expected.isInstance(e), () -> "expected " + expected.getSimpleName() + ", got " + e);
        assertTrue(e.getMessage().contains(message), e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"system-exit.drl", "import-runtime.drl", "reflection.drl", "file-and-network.drl"})
    void theSafetyCheckNamesFileLineAndReference(String file) throws IOException {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> Advisor.builder().addClasspathRules("hostile/" + file).build());
        List<String> lines = drl("hostile/" + file);

        assertFalse(e.problems().isEmpty());
        for (RuleSetException.Problem problem : e.problems()) {
            assertTrue(problem.file().equals("hostile/" + file) && problem.line() > 0
                    && problem.line() <= lines.size(), problem.toString());
            Matcher named = REFERENCE.matcher(problem.message());
            assertTrue(named.lookingAt(), "the problem names no reference: " + problem);
            String reference = named.group(1) != null ? named.group(1) : named.group(2);
            assertTrue(lines.get(problem.line() - 1).replaceAll("\\s+", "").contains(reference),
                    problem + ": line " + problem.line() + " is \"" + lines.get(problem.line() - 1) + "\"");
        }
    }

    /**
     * Code that Drools compiles in its dialect, so that only the check stands in its way: the
     * consequence or the condition of a rule, with the file's own imports.
     */
    @ParameterizedTest(name = "{0}: {3}{2}")
    @CsvSource(delimiter = '|', textBlock = """
            java | | | java.util.ServiceLoader.load(Object.class);               | "ServiceLoader"
            mvel | | | java.util.ServiceLoader.load(Object.class);               | "ServiceLoader"
            java | | | System.setOut(null);                                      | "System.setOut"
            mvel | | | System.setOut(null);                                      | "System.setOut"
            java | | | Object input = new java.util.Scanner(System.in);          | "System.in"
            mvel | | | Object input = new java.util.Scanner(System.in);          | "System.in"
            java | | | Object p = System.getProperties();                        | "System.getProperties"
            mvel | | | Object p = System.getProperties();                        | "System.getProperties"
            java | | | Object c = Class.class;                                   | "Class.class"
            mvel | | | Object c = Class.class;                                   | "Class.class"
            java | | | Object m = $h.getClass().getModule();                     | "getModule"
            mvel | | | Object m = $h.getClass().getModule();                     | "getModule"
            mvel | | | Object m = $h.declaringClass.module;                      | "declaringClass.module"
            mvel | | | Object l = $h.?class.classLoader;                         | "$h.?class.classLoader"
            mvel | | this.class != null |                                     | "this.class"
            java | | | Runnable r = System::gc;                                  | "System::gc"
            java | | | String s = "\\u0022; System.gc(); //";                  | "\\u0022"
            java | import static java.lang.System.*; | | Object p = getProperties(); | "java.lang.System.*"
            mvel | import static java.lang.System.*; | | Object p = getProperties(); | "java.lang.System.*"
            """)
    void whatDroolsWouldCompileIsRefusedByTheSafetyCheck(String dialect, String imports, String condition,
            String consequence, String reference) {
        String drl = "package com.evil.rules;\nimport dev.mlteams.advisor.OrgProfile;\n" + (imports == null ? "" : imports)
                + "\nglobal dev.mlteams.advisor.authoring.Advise advise;\ndialect \"" + dialect + "\"\n"
                + "rule \"evil: reach out\"\n    @source(\"W1\")\n    ruleflow-group \"advise\"\nwhen\n"
                + "    OrgProfile( $h : horizon" + (condition == null ? "" : ", " + condition) + " )\nthen\n    "
                + (consequence == null ? "" : consequence) + "\nend\n";
        Advisor.builder().addRules("evil.drl", drl).withoutSafetyCheck().build();

        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().addRules("evil.drl", drl).build());
        assertTrue(e.problems().stream().anyMatch(p -> p.message().startsWith(reference + " is not allowed in rule files")),
                e.getMessage());
    }

    private static List<String> drl(String resource) throws IOException {
        try (InputStream in = HostileRulesTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
    }

    @ParameterizedTest
    @CsvSource({"file-and-network.drl"})
    void everyDangerousReferenceInAFileIsListed(String file) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> Advisor.builder().addClasspathRules("hostile/" + file).build());

        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        for (String reference : List.of("\"java.nio.file.Files\"", "\"java.nio.file.Path\"", "\"java.net.Socket\"",
                "\"Thread\"")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(reference)), reference + " in " + messages);
        }
    }
}
