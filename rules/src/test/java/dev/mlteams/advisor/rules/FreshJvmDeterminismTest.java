package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same profiles give byte-identical advice text in fresh JVMs, including one where every
 * object's identity hash is the same, so no order can come from hash maps or agenda ties; and
 * byte-identical reports where lines end in "\r\n", as on Windows.
 */
class FreshJvmDeterminismTest {

    @Test
    void adviceTextIsByteIdenticalAcrossFreshJvms() throws Exception {
        byte[] first = runFreshJvm(List.of(), AdviceDump.class);
        byte[] second = runFreshJvm(List.of("-XX:+UnlockExperimentalVMOptions", "-XX:hashCode=2"), AdviceDump.class);

        ByteArrayOutputStream here = new ByteArrayOutputStream();
        AdviceDump.dump(new PrintStream(here, true, StandardCharsets.UTF_8));

        assertEquals(AdviceDump.corpus().size(), new String(first, StandardCharsets.UTF_8).lines().count());
        assertTrue(first.length > 100_000, "the dump holds the full advice: " + first.length + " bytes");
        assertArrayEquals(first, second, "two fresh JVMs, one with constant identity hashes");
        assertArrayEquals(first, here.toByteArray(), "a fresh JVM and this one");
    }

    @Test
    void reportsAreByteIdenticalWhereTheLineSeparatorIsCrLf() throws Exception {
        byte[] windows = runFreshJvm(List.of("-Dline.separator=\r\n"), ReportDump.class);

        ByteArrayOutputStream here = new ByteArrayOutputStream();
        ReportDump.dump(new PrintStream(here, true, StandardCharsets.UTF_8));

        String reports = new String(windows, StandardCharsets.UTF_8);
        assertFalse(reports.contains("\r"), "the reports hold a carriage return");
        assertEquals(here.toString(StandardCharsets.UTF_8), reports, "a fresh JVM with \"\\r\\n\" lines and this one");
    }

    private static byte[] runFreshJvm(List<String> jvmOptions, Class<?> main) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(main.getName());
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the fresh JVM finished");
        assertEquals(0, process.exitValue(), "the fresh JVM's exit code");
        return out;
    }
}
