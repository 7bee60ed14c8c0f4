package dev.mlteams.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What the CLI does without its jar; AdvisorCliIT runs the jar itself. */
class AdvisorCliTest {

    @Test
    void runFromClassesTheVersionSaysItIsUnknown() {
        // The unit tests run from target/classes, which has no manifest to hold a version.
        assertEquals("advisor (version unknown: not run from its jar)", AdvisorCli.version());
    }
}
