/**
 * Tests for rule authors: scenario files (YAML or JSON) that give a profile and the advice
 * expected for it, run as JUnit 5 dynamic tests by {@link dev.mlteams.advisor.scenarios.Scenarios}.
 *
 * <p>This package needs {@code com.fasterxml.jackson.dataformat:jackson-dataformat-yaml} and
 * {@code org.junit.jupiter:junit-jupiter-api} on the test classpath; the library declares them
 * optional, so add them to your test scope. {@link dev.mlteams.advisor.scenarios.ProfileReader}
 * also serves a host that reads profiles from files: it needs only the YAML module, and only for
 * YAML files, on its run-time classpath.
 */
package dev.mlteams.advisor.scenarios;
