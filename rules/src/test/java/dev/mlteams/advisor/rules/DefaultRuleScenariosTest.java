package dev.mlteams.advisor.rules;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** The default rules' own scenario files; copy this class to test your rules the same way. */
class DefaultRuleScenariosTest {

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.dynamicTests(Path.of("src/test/resources/scenarios"), Advisor.defaults());
    }
}
