package dev.mlteams.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.scenarios.ScenarioException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The exceptions are Serializable, so their problems must survive a round trip (a job queue, RMI). */
class ExceptionSerializationTest {

    @Test
    void ruleSetProblemsSurvive() throws Exception {
        RuleSetException original = new RuleSetException(List.of(
                new RuleSetException.Problem("a.drl", 4, Optional.of("rule x"), "unknown @source"),
                new RuleSetException.Problem("(disabled rules)", 0, Optional.empty(), "no such rule")));

        RuleSetException copy = roundTrip(original);

        assertEquals(original.problems(), copy.problems());
        assertEquals(original.getMessage(), copy.getMessage());
    }

    @Test
    void profileProblemsSurvive() throws Exception {
        ProfileValidationException original = new ProfileValidationException("company profile",
                List.of(new ProfileValidationException.Problem("headcount", "-5", "1 to 5000000 employees")));

        assertEquals(original.problems(), roundTrip(original).problems());
    }

    @Test
    void ruleExecutionProblemsSurvive() throws Exception {
        RuleExecutionException original = new RuleExecutionException(List.of("rule \"x\" threw", "no primary archetype"));

        assertEquals(original.problems(), roundTrip(original).problems());
    }

    @Test
    void scenarioProblemsSurvive() throws Exception {
        ScenarioException original = new ScenarioException("s.yaml", List.of("expects nothing"));

        assertEquals(original.problems(), roundTrip(original).problems());
    }

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T value) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(value);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }
}
