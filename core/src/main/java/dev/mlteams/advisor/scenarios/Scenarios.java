package dev.mlteams.advisor.scenarios;

import dev.mlteams.advisor.Advisor;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.opentest4j.AssertionFailedError;

/**
 * Runs a directory of scenario files against an advisor as JUnit 5 dynamic tests, as
 * {@code examples/custom-rules} does:
 *
 * <pre>{@code
 * class AcmeScenariosTest {
 *     @TestFactory
 *     Stream<DynamicTest> scenarios() {
 *         return Scenarios.dynamicTests(Path.of("src/test/scenarios"), AcmeAdvice.advisor());
 *     }
 * }
 * }</pre>
 *
 * A failing scenario shows its expectations and the actual outcome line by line (IDEs render the
 * two as a diff; mismatched lines are in capitals), why-not's answer for each key missing and
 * each rule that did not fire, and the trace of fired rules.
 */
public final class Scenarios {

    private Scenarios() {
    }

    /**
     * One dynamic test per scenario file below {@code directory}, named after the scenario and its
     * file. A file that cannot be read is a test of its own, named {@code unreadable scenario} and
     * the file, that fails with the {@link ScenarioException} naming every problem in it: the other
     * scenarios still run, and one run shows every file to fix.
     *
     * @param directory the directory of scenario files, searched recursively; not null
     * @param advisor   the advisor the scenarios run against; not null
     * @return the tests, in path order of their files, each file read only when the stream reaches it
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if the directory is missing or holds no scenario file
     * @throws ScenarioException        if the directory cannot be listed
     */
    public static Stream<DynamicTest> dynamicTests(Path directory, Advisor advisor) {
        Objects.requireNonNull(directory, "directory");
        // Checked here: the tests run later, and each would fail on its own.
        Objects.requireNonNull(advisor, "advisor");
        return ScenarioReader.files(directory).stream().map(file -> dynamicTest(file, advisor));
    }

    private static DynamicTest dynamicTest(Path file, Advisor advisor) {
        String inFile = " [" + file.getFileName() + "]";
        Scenario scenario;
        try {
            scenario = ScenarioReader.read(file);
        } catch (ScenarioException e) {
            return DynamicTest.dynamicTest("unreadable scenario" + inFile, () -> {
                throw e;
            });
        }
        return DynamicTest.dynamicTest(scenario.name() + inFile, () -> assertPasses(scenario, advisor));
    }

    /**
     * Fails with the expected-versus-actual diff and the trace unless {@code scenario} passes.
     *
     * @param scenario the scenario to check; not null
     * @param advisor  the advisor to check it against; not null
     * @throws NullPointerException if an argument is null
     * @throws AssertionFailedError if an expectation does not hold
     */
    public static void assertPasses(Scenario scenario, Advisor advisor) {
        Objects.requireNonNull(scenario, "scenario");
        Scenario.Outcome outcome = scenario.check(advisor);
        if (!outcome.passed()) {
            throw new AssertionFailedError("scenario \"" + scenario.name() + "\" (" + scenario.file() + ") failed:\n"
                    + "expected:\n" + indent(outcome.expected()) + "\nactual:\n" + indent(outcome.actual()) + "\n"
                    + (outcome.why().isEmpty() ? "" : "why not:\n" + indent(outcome.why()) + "\n")
                    + outcome.trace(), outcome.expected(), outcome.actual());
        }
    }

    private static String indent(String lines) {
        return "  " + lines.replace("\n", "\n  ");
    }
}
