package dev.mlteams.advisor.examples.custom;

import dev.mlteams.advisor.scenarios.Scenarios;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Acme's scenario files, run against Acme's advisor: they prove the added, overridden and disabled rules. */
class AcmeScenariosTest {

    @TestFactory
    Stream<DynamicTest> scenarios() {
        return Scenarios.dynamicTests(Path.of("src/test/scenarios"), AcmeAdvice.advisor());
    }
}
