package dev.mlteams.advisor;

import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.scenarios.ScenarioException;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** An exception that lists problems needs at least one: without, its message would say nothing ("f:"). */
class EmptyProblemListTest {

    static Stream<Arguments> exceptions() {
        return Stream.of(
                Arguments.of("RuleSetException", (Executable) () -> new RuleSetException(List.of())),
                Arguments.of("RuleExecutionException", (Executable) () -> new RuleExecutionException(List.of())),
                Arguments.of("ProfileValidationException",
                        (Executable) () -> new ProfileValidationException("OrgProfile", List.of())),
                Arguments.of("ScenarioException", (Executable) () -> new ScenarioException("s.yaml", List.of())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exceptions")
    void anEmptyProblemListIsRefused(String exception, Executable withNoProblems) {
        assertThrows(IllegalArgumentException.class, withNoProblems);
    }
}
