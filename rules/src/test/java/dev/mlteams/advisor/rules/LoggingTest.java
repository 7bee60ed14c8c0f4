package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.ReloadableAdvisor;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.Engine;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Isolated;
import org.slf4j.event.Level;

/** Through slf4j only, and quiet: nothing at INFO or above on normal use, Drools included. */
@Isolated
class LoggingTest {

    private static List<RecordingLogProvider.Event> loud() {
        return RecordingLogProvider.EVENTS.stream().filter(e -> e.level().toInt() >= Level.INFO.toInt()).toList();
    }

    @Test
    void buildingAndAdvisingLogNothingAtInfoOrAbove() {
        RecordingLogProvider.EVENTS.clear();

        Advisor advisor = Advisor.builder().name("logging-test").build();
        AdviceDump.corpus().forEach(advisor::advise);
        Advisor.recommendForCandidate(dev.mlteams.advisor.CandidateProfile.builder()
                .targetRole(dev.mlteams.advisor.vocabulary.Role.ML_ENGINEER).build());

        assertEquals(List.of(), loud());
        assertTrue(RecordingLogProvider.EVENTS.stream().anyMatch(e -> e.level() == Level.DEBUG
                && e.message().startsWith("built rule set logging-test")), "the recorder sees DEBUG: "
                + RecordingLogProvider.EVENTS);
    }

    /**
     * Without the executable model (missing, or stale after an edit), the default DRL is compiled
     * at run time, and Drools then warns of constraints it finds wasteful; the default rules have none.
     */
    @Test
    void theDefaultRulesCompiledFromTheirDrlLogNothingAtInfoOrAbove() {
        RecordingLogProvider.EVENTS.clear();

        CompiledRules fromDrl = CompiledRules.build(PrecompiledModel.withModel(PrecompiledModel.defaults(),
                Optional.empty()));
        Engine engine = new Engine(fromDrl, 10_000);
        AdviceDump.corpus().forEach(profile -> engine.advise(profile, Locale.ENGLISH));

        assertFalse(fromDrl.usesPrecompiledModel());
        assertEquals(List.of(), loud());
    }

    /**
     * Drools and {@link Advisor#defaults()} initialise once per JVM, before this test if another
     * test ran first; a fresh JVM sees that first use whatever the test order.
     */
    @Test
    void theFirstUseInAFreshJvmLogsNothingAtInfoOrAbove() throws Exception {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), FirstUse.class.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the fresh JVM finished");
        assertEquals(0, process.exitValue(), "the fresh JVM's exit code; it printed: " + out);

        assertEquals(List.of(FirstUse.DEBUG_SEEN), out.lines().toList(), "what the fresh JVM logged at INFO or above");
    }

    /** Run in a fresh JVM: first use of the library, then every event at INFO or above, one a line. */
    static final class FirstUse {
        static final String DEBUG_SEEN = "(the recorder saw the library's DEBUG)";

        public static void main(String[] args) {
            Advisor.recommend(Companies.bank());
            Advisor advisor = Advisor.builder().name("logging-test").build();
            AdviceDump.corpus().forEach(advisor::advise);
            Advisor.recommendForCandidate(dev.mlteams.advisor.CandidateProfile.builder()
                    .targetRole(dev.mlteams.advisor.vocabulary.Role.ML_ENGINEER).build());
            loud().forEach(System.out::println);
            if (RecordingLogProvider.EVENTS.stream().anyMatch(e -> e.level() == Level.DEBUG
                    && e.message().startsWith("built rule set ml-team-advisor-defaults"))) {
                System.out.println(DEBUG_SEEN);
            }
        }
    }

    @Test
    void failuresAreExceptionsNotLogLines() {
        RecordingLogProvider.EVENTS.clear();

        assertThrows(RuleSetException.class, () -> Advisor.builder().addRules("x.drl", "rule broken").build());
        assertThrows(RuleExecutionException.class, () -> Advisor.builder().firingLimit(5).build()
                .advise(Companies.bank()));

        assertEquals(List.of(), loud());
    }

    @Test
    void aFailedReloadIsLoggedOnceAtWarnOnOneLine_withTheExceptionAtDebug() {
        ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults(), Runnable::run);
        String twoErrors = CustomRulesTest.HEADER + """
                rule "acme: misspelt"
                    @source("ACME-1")
                when
                    OrgProfile( $h : headCount > 10 )
                then
                    advise.practice(PracticeArea.PEOPEL, "acme.plan");
                end
                """;
        RecordingLogProvider.EVENTS.clear();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> advisor.reload(() -> CustomRulesTest.acme()
                .addRules("acme.drl", twoErrors).build()).get());

        List<RecordingLogProvider.Event> loud = loud();
        assertEquals(1, loud.size(), loud.toString());
        assertEquals(Level.WARN, loud.get(0).level());
        RuleSetException cause = (RuleSetException) failed.getCause();
        String first = cause.problems().get(0).toString().lines().findFirst().orElseThrow();
        assertEquals("reload failed; still serving " + Advisor.defaults().ruleSet() + ": "
                + cause.problems().size() + " problems, the first: " + first, loud.get(0).message());
        // Drools' excerpts and carets stay out of the line; the whole exception is there at DEBUG.
        assertEquals(1, loud.get(0).message().lines().count(), loud.get(0).message());
        assertTrue(RecordingLogProvider.EVENTS.stream().anyMatch(e -> e.level() == Level.DEBUG
                && e.throwable() == cause), RecordingLogProvider.EVENTS::toString);

        RecordingLogProvider.EVENTS.clear();
        assertThrows(ExecutionException.class, () -> advisor.reload(() -> {
            throw new IllegalStateException("the rules repository is down");
        }).get());
        assertEquals("reload failed; still serving " + Advisor.defaults().ruleSet()
                + ": java.lang.IllegalStateException: the rules repository is down", loud().get(0).message());
    }

    @Test
    void aFailedReloadWithOneProblemSaysSo_andAnyOtherFailureGivesOnlyItsFirstLine() {
        ReloadableAdvisor advisor = ReloadableAdvisor.of(Advisor.defaults(), Runnable::run);
        String oneError = CustomRulesTest.HEADER + """
                rule "acme: misspelt"
                    @source("ACME-1")
                when
                    OrgProfile( headcount > 10 )
                then
                    advise.practice(PracticeArea.PEOPEL, "acme.plan");
                end
                """;
        RecordingLogProvider.EVENTS.clear();

        ExecutionException failed = assertThrows(ExecutionException.class, () -> advisor.reload(() -> CustomRulesTest.acme()
                .addRules("acme.drl", oneError).build()).get());

        RuleSetException cause = (RuleSetException) failed.getCause();
        assertEquals(1, cause.problems().size(), cause.problems().toString());
        // Drools' message goes on with an excerpt and a caret: only its first line is logged.
        assertTrue(cause.problems().get(0).toString().lines().count() > 1, cause.problems().get(0)::toString);
        assertEquals(1, loud().size(), loud()::toString);
        assertEquals("reload failed; still serving " + Advisor.defaults().ruleSet() + ": 1 problem: "
                + cause.problems().get(0).toString().lines().findFirst().orElseThrow(), loud().get(0).message());

        RecordingLogProvider.EVENTS.clear();
        assertThrows(ExecutionException.class, () -> advisor.reload(() -> {
            throw new IllegalStateException("the rules repository is down\n  at host rules.acme.example");
        }).get());
        assertEquals("reload failed; still serving " + Advisor.defaults().ruleSet()
                + ": java.lang.IllegalStateException: the rules repository is down", loud().get(0).message());
    }
}
