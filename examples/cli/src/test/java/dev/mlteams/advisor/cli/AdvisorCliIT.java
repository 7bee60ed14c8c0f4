package dev.mlteams.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.AdviceMarkdown;
import dev.mlteams.advisor.scenarios.ProfileReader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar, target/advisor-cli.jar, in a fresh JVM, as a user would. */
class AdvisorCliIT {

    private record Run(int exit, String out, String err) {
    }

    /** What --version prints: the project's version, which the build gives the tests (see the pom). */
    private static final String VERSION = "advisor " + System.getProperty("advisor.version");

    private static final Path CANDIDATE = Path.of("profiles/candidate-ml-engineer.yaml");

    private static Run cli(String... args) throws IOException, InterruptedException {
        return run(new ProcessBuilder(jar(args)));
    }

    private static List<String> jar(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", "target/advisor-cli.jar"));
        command.addAll(List.of(args));
        return command;
    }

    /** The launcher script {@code advisor}, on the JDK in {@code javaHome}. */
    private static Run launcher(Path javaHome, Map<String, String> environment, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", "advisor"));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JAVA_HOME", javaHome.toString());
        builder.environment().putAll(environment);
        return run(builder);
    }

    private static Run run(ProcessBuilder builder) throws IOException, InterruptedException {
        // The error stream goes to a file, so that a process filling it cannot block on a full pipe.
        Path errFile = Files.createTempFile("advisor-cli-it", ".err");
        try {
            Process process = builder.redirectError(errFile.toFile()).start();
            byte[] out = process.getInputStream().readAllBytes();
            assertTrue(process.waitFor(120, TimeUnit.SECONDS));
            return new Run(process.exitValue(), new String(out, StandardCharsets.UTF_8), Files.readString(errFile));
        } finally {
            Files.delete(errFile);
        }
    }

    @Test
    void recommendPrintsTheMarkdownReport() throws Exception {
        Run run = cli("recommend", "profiles/embedded-saas.yaml");

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# ML team advice: Brightdesk\n"), run.out());
        assertTrue(run.out().contains("```mermaid"), run.out());
        assertEquals("", run.err());
    }

    @Test
    void recommendAsJsonInChineseIsTheSameAdviceAsInProcess() throws Exception {
        Run run = cli("recommend", "profiles/division-bank.yaml", "--format", "json", "--lang", "zh-CN");

        assertEquals(0, run.exit(), run.err());
        assertEquals(Advisor.recommend(ProfileReader.read(Path.of("profiles/division-bank.yaml")),
                java.util.Locale.SIMPLIFIED_CHINESE), AdviceJson.readAdvice(run.out()));
        assertTrue(run.out().endsWith("\n  \"locale\" : \"zh-CN\"\n}\n"), "the language as --lang names it");
    }

    @Test
    void candidatePrintsTheMarkdownReportOfTheCandidatesAdvice() throws Exception {
        Run run = cli("candidate", CANDIDATE.toString());

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        Advisor advisor = Advisor.defaults();
        assertEquals(AdviceMarkdown.render(advisor.advise(ProfileReader.readCandidate(CANDIDATE)), advisor), run.out());
        assertTrue(run.out().startsWith("# Advice for an ML job candidate: "), run.out());
    }

    @Test
    void candidateAsJsonInChineseIsTheSameAdviceAsInProcess() throws Exception {
        Run run = cli("candidate", CANDIDATE.toString(), "--format", "json", "--lang", "zh-CN");

        assertEquals(0, run.exit(), run.err());
        assertEquals(Advisor.defaults().advise(ProfileReader.readCandidate(CANDIDATE), Locale.SIMPLIFIED_CHINESE),
                AdviceJson.readCandidateAdvice(run.out()));
        assertTrue(run.out().endsWith("\n  \"locale\" : \"zh-CN\"\n}\n"), "the language as --lang names it");
    }

    @Test
    void aBadCandidateFileIsOneLineNamingEveryProblemWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path bad = Files.writeString(dir.resolve("candidate.yaml"),
                "targetRole: ML_ENGINER\nsoftwareEngineeringYears: 4\npublicatons: 2\n");

        Run run = cli("candidate", bad.toString());

        assertEquals(2, run.exit(), run.err());
        assertEquals("", run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().startsWith("error: " + bad + ": targetRole: 'ML_ENGINER' is not one of ["), run.err());
        assertTrue(run.err().contains("] (did you mean ML_ENGINEER?); unknown field 'publicatons' (did you mean"
                + " 'publications'?); known: ["), run.err());
    }

    @Test
    void aCompanysProfileGivenForACandidateSaysWhichCommandReadsIt() throws Exception {
        Run company = cli("candidate", "profiles/embedded-saas.yaml");

        assertEquals(2, company.exit(), company.err());
        assertEquals("error: profiles/embedded-saas.yaml: this is a company's profile, not a job candidate's; advisor"
                + " recommend profiles/embedded-saas.yaml gives its advice\n", company.err());
        assertEquals("", company.out());
    }

    @Test
    void aCandidatesProfileGivenForACompanySaysWhichCommandReadsIt() throws Exception {
        String hint = "error: " + CANDIDATE + ": this is a job candidate's profile, not a company's; advisor candidate "
                + CANDIDATE + " gives its advice\n";

        Run recommend = cli("recommend", CANDIDATE.toString());
        assertEquals(2, recommend.exit(), recommend.err());
        assertEquals(hint, recommend.err());
        assertEquals("", recommend.out());
        Run compare = cli("compare", "profiles/embedded-saas.yaml", CANDIDATE.toString());
        assertEquals(2, compare.exit(), compare.err());
        assertEquals(hint, compare.err());
    }

    @Test
    void everySampleProfileGivesAdvice() throws Exception {
        for (String sample : List.of("nascent-freight", "rnd-telecom", "embedded-saas", "division-bank", "mlfirst-startup")) {
            Run run = cli("recommend", "profiles/" + sample + ".yaml", "--lang", "zh-CN");
            assertEquals(0, run.exit(), sample + ": " + run.err());
            assertTrue(run.out().startsWith("# 机器学习团队建议："), sample);
        }
    }

    /** {@code builder} with the locale variables {@code locale} sets, and no others. */
    private static ProcessBuilder inLocale(ProcessBuilder builder, Map<String, String> locale) {
        builder.environment().keySet().removeIf(name -> name.equals("LANG") || name.startsWith("LC_"));
        builder.environment().putAll(locale);
        return builder;
    }

    /** A copy of a sample profile under a Chinese file name in {@code dir}, if this JVM can name it. */
    private static Path chineseNamedProfile(Path dir) throws IOException {
        String name = "档案.yaml";
        Assumptions.assumeTrue(Charset.forName(System.getProperty("sun.jnu.encoding")).newEncoder().canEncode(name),
                "the test JVM's own locale cannot name " + name);
        return Files.copy(Path.of("profiles/embedded-saas.yaml"), dir.resolve(name));
    }

    @Test
    void theOutputIsUtf8AlsoOnACLocale() throws Exception {
        Run run = run(inLocale(new ProcessBuilder(jar("recommend", "profiles/rnd-telecom.yaml", "--lang", "zh-CN")),
                Map.of("LC_ALL", "C")));

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("# 机器学习团队建议："), run.out().lines().findFirst().orElse(""));
    }

    @Test
    void aFileNameTheCLocaleCannotRepresentIsAnErrorThatSaysToUseAUtf8Locale(@TempDir Path dir) throws Exception {
        Path profile = chineseNamedProfile(dir);

        Run run = run(inLocale(new ProcessBuilder(jar("recommend", profile.toString())), Map.of("LC_ALL", "C")));

        Assumptions.assumeFalse(run.exit() == 0, "this JVM reads file names as UTF-8 under any locale (macOS)");
        assertEquals(2, run.exit(), run.err());
        // glibc's C locale calls ASCII ANSI_X3.4-1968; Java's canonical name is US-ASCII.
        assertEquals("error: cannot use the file name '" + dir + "/??????.yaml': the locale's character set"
                + " (US-ASCII) cannot represent it; run advisor under a UTF-8 locale, for example LC_ALL=C.UTF-8\n",
                run.err());
        assertEquals("", run.out());
    }

    @Test
    void theLauncherOpensAChineseFileNameUnderTheCLocale(@TempDir Path dir) throws Exception {
        Path profile = chineseNamedProfile(dir);
        String expected = run(inLocale(new ProcessBuilder(jar("recommend", profile.toString())),
                Map.of("LC_ALL", "C.UTF-8"))).out();
        Assumptions.assumeTrue(expected.startsWith("# ML team advice: Brightdesk\n"), "this system has no C.UTF-8 locale");

        for (Map<String, String> locale : List.of(Map.of("LC_ALL", "C"), Map.of("LANG", "POSIX"), Map.<String, String>of())) {
            ProcessBuilder launcher = inLocale(new ProcessBuilder("bash", "advisor", "recommend", profile.toString()), locale);
            launcher.environment().put("JAVA_HOME", System.getProperty("java.home"));
            Run run = run(launcher);
            assertEquals(0, run.exit(), locale + ": " + run.err());
            assertEquals("", run.err(), locale.toString());
            assertEquals(expected, run.out(), locale.toString());
        }
    }

    @Test
    void badInputIsOneLineNamingTheFieldWithExitCodeTwo(@TempDir Path dir) throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "name: X\nindustry: RETAIL\nheadcount: -1\nmlHome: AD_HOC\nmlReportsTo: CTO\n");

        Run run = cli("recommend", bad.toString());

        assertEquals(2, run.exit());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("headcount = -1"), run.err());
        assertEquals("", run.out());
        assertEquals(2, cli("recommend", "profiles/embedded-saas.yaml", "--lang", "fr").exit());
        assertEquals(2, cli("recommend", dir.resolve("missing.yaml").toString()).exit());
    }

    @Test
    void helpVersionAndUsageErrors() throws Exception {
        Run help = cli("--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: advisor COMMAND"), help.out());
        Run version = cli("--version");
        assertEquals(0, version.exit(), version.err());
        assertEquals(VERSION + "\n", version.out(), "the version in the jar's manifest");

        Run unknown = cli("recommend", "profiles/embedded-saas.yaml", "--colour", "red");
        assertEquals(2, unknown.exit());
        assertEquals("error: unknown option '--colour' for recommend (advisor --help shows the usage)\n", unknown.err());
        Run bare = cli();
        assertEquals(2, bare.exit(), "no arguments is a usage error");
        assertEquals("", bare.out());
        assertEquals(help.out(), bare.err(), "the usage, on the error stream");
        Run afterCommand = cli("recommend", "--help");
        assertEquals(0, afterCommand.exit(), afterCommand.err());
        assertEquals(help.out(), afterCommand.out());
    }

    @Test
    void outputThatCannotBeWrittenIsAnErrorWithExitCodeOne() throws Exception {
        File full = new File("/dev/full");
        Assumptions.assumeTrue(full.exists(), "needs /dev/full (Linux)");
        Run run = run(new ProcessBuilder(jar("recommend", "profiles/embedded-saas.yaml")).redirectOutput(full));
        assertEquals(1, run.exit());
        assertEquals("error: the output could not be written\n", run.err());
    }

    @Test
    void theLauncherScriptGivesTheSameOutputAsTheJar() throws Exception {
        // With the build's AppCDS archive if the JDK could make one (it needs a base CDS archive).
        Run run = launcher(Path.of(System.getProperty("java.home")), Map.of(), "recommend", "profiles/rnd-telecom.yaml",
                "--lang", "zh-CN");

        assertEquals(0, run.exit(), run.err());
        assertEquals("", run.err());
        assertEquals(cli("recommend", "profiles/rnd-telecom.yaml", "--lang", "zh-CN").out(), run.out());
    }

    @Test
    void onJdk25TheLauncherMakesAnAheadOfTimeCacheOnceAndGivesTheSameOutput() throws Exception {
        Path jdk = jdk25OrLater();
        Assumptions.assumeTrue(jdk != null, "no JDK 25 or later in JDK25_HOME or /usr/lib/jvm");
        Path jar = Path.of("target/advisor-cli.jar");
        Path cache;
        try (var files = Files.list(Path.of("target"))) {
            for (Path old : files.filter(f -> f.getFileName().toString().startsWith("advisor-cli-jdk")).toList()) {
                Files.delete(old);
            }
        }
        Run first = launcher(jdk, Map.of(), "recommend", "profiles/rnd-telecom.yaml", "--lang", "zh-CN");
        try (var files = Files.list(Path.of("target"))) {
            List<Path> made = files.filter(f -> f.getFileName().toString().startsWith("advisor-cli-jdk")).toList();
            assertEquals(1, made.size(), "one cache, no temporary files left: " + made);
            cache = made.get(0);
        }
        assertTrue(cache.getFileName().toString().endsWith(".aot"), cache.toString());
        assertTrue(Files.getLastModifiedTime(cache).compareTo(Files.getLastModifiedTime(jar)) > 0);
        long madeAt = Files.getLastModifiedTime(cache).toMillis();
        // AOTMode=on makes the JVM fail instead of quietly running without a cache it cannot use.
        Run second = launcher(jdk, Map.of("JAVA_TOOL_OPTIONS", "-XX:AOTMode=on"), "recommend",
                "profiles/rnd-telecom.yaml", "--lang", "zh-CN");

        String expected = cli("recommend", "profiles/rnd-telecom.yaml", "--lang", "zh-CN").out();
        assertEquals(0, first.exit(), first.err());
        assertEquals("", first.err());
        assertEquals(expected, first.out());
        assertEquals(0, second.exit(), second.err());
        assertEquals("Picked up JAVA_TOOL_OPTIONS: -XX:AOTMode=on\n", second.err());
        assertEquals(expected, second.out());
        assertEquals(madeAt, Files.getLastModifiedTime(cache).toMillis(), "the second run reuses the cache");
    }

    /** A JDK of version 25 or later: JDK25_HOME, or the first under /usr/lib/jvm; null if there is none. */
    private static Path jdk25OrLater() throws IOException {
        List<Path> candidates = new ArrayList<>();
        if (System.getenv("JDK25_HOME") != null) {
            candidates.add(Path.of(System.getenv("JDK25_HOME")));
        }
        if (Files.isDirectory(Path.of("/usr/lib/jvm"))) {
            try (var homes = Files.list(Path.of("/usr/lib/jvm"))) {
                homes.sorted().forEach(candidates::add);
            }
        }
        for (Path home : candidates) {
            Path release = home.resolve("release");
            if (!Files.isRegularFile(release) || !Files.isExecutable(home.resolve("bin/java"))) {
                continue;
            }
            for (String line : Files.readAllLines(release)) {
                if (line.matches("JAVA_VERSION=\"[0-9]+.*") && Integer.parseInt(line.split("[\".]")[1]) >= 25) {
                    return home;
                }
            }
        }
        return null;
    }

    @Test
    void theLauncherWorksThroughALinkAndFailsClearlyWithoutItsJar(@TempDir Path bin) throws Exception {
        Files.createSymbolicLink(bin.resolve("advisor"), Path.of("advisor").toAbsolutePath());
        ProcessBuilder linked = new ProcessBuilder("bash", bin.resolve("advisor").toString(), "--version");
        linked.environment().put("JAVA_HOME", System.getProperty("java.home"));
        Run run = run(linked);
        assertEquals(0, run.exit(), run.err());
        assertEquals(VERSION + "\n", run.out());

        Files.copy(Path.of("advisor"), bin.resolve("unbuilt"));
        Run unbuilt = run(new ProcessBuilder("bash", bin.resolve("unbuilt").toString(), "--version"));
        assertEquals(2, unbuilt.exit());
        assertTrue(unbuilt.err().contains("target/advisor-cli.jar is missing; build it first"), unbuilt.err());
        // Removed here: JUnit warns when its clean-up meets a link to outside the directory.
        Files.delete(bin.resolve("advisor"));
    }

    @Test
    void compareWithoutAChangeInWhatTheAdviceSaysSaysSoWithoutDenyingTheChangedTexts(@TempDir Path dir)
            throws Exception {
        Path renamed = dir.resolve("renamed.yaml");
        Files.writeString(renamed, Files.readString(Path.of("profiles/embedded-saas.yaml"))
                .replace("name: Brightdesk", "name: Brightdesk Two"));

        Run run = cli("compare", "profiles/embedded-saas.yaml", renamed.toString());

        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("\n- name: Brightdesk -> Brightdesk Two\n"), run.out());
        assertTrue(run.out().contains("## Advice\n- no change in what the advice says; texts that quote a changed field"
                + " show its new value\n"), run.out());
    }

    @Test
    void compareAndWhyNot() throws Exception {
        Run compare = cli("compare", "profiles/embedded-saas.yaml", "profiles/division-bank.yaml");
        assertEquals(0, compare.exit(), compare.err());
        assertTrue(compare.out().contains("- ARCHETYPE primary: PRODUCT_EMBEDDED -> INDEPENDENT_DIVISION"), compare.out());
        assertTrue(compare.out().contains("\n- name: Brightdesk -> Harbour Bank\n"), compare.out());
        // The name differs, but no rule reads it: it is behind no change of advice.
        assertTrue(compare.out().contains("- DESIGN engineeringVsResearch: ENGINEERING_FIRST -> BOTH_STRONG (rules: "
                + "embedded design: engineering ahead of research; division design: strong in both engineering and"
                + " research; fields: computeAccess, dataAccess, headcount, horizon, industry, mlHome, mlReportsTo,"
                + " mlStaff, plannedHires, publishesResearch)\n"), compare.out());
        // Beyond the archetype and design: the votes and scores behind them, and the roadmap.
        assertTrue(compare.out().contains("\n- SCORE PRODUCT_EMBEDDED: 7 -> 2 (rules: vote embedded: ML people sit in"
                + " product teams; vote embedded: ML reports to the team's engineering lead; fields: mlHome, mlReportsTo)\n"),
                compare.out());
        assertTrue(compare.out().contains("\n- VOTE INDEPENDENT_DIVISION vote.ml-division: absent -> 3 (rules: vote"
                + " division: a separate ML division; fields: mlHome)\n"), compare.out());
        assertTrue(compare.out().contains("\n- ROADMAP_STEP INDEPENDENT_DIVISION mlHome: ML_DIVISION -> absent (rules:"
                + " roadmap to division: a separate ML division; fields: mlHome)\n"), compare.out());
        assertTrue(compare.out().lines().filter(line -> line.contains("; fields: "))
                .noneMatch(line -> line.matches(".*; fields: (.*, )?name(, .*)?\\)")), compare.out());

        Run same = cli("compare", "profiles/embedded-saas.yaml", "profiles/embedded-saas.yaml");
        assertEquals(0, same.exit(), same.err());
        assertTrue(same.out().contains("## Profile fields\n- none\n"), same.out());
        assertTrue(same.out().contains("## Advice\n- no change\n"), same.out());
        assertTrue(same.out().endsWith("## Rules that fired only after\n- none\n"), same.out());

        Run whyNot = cli("why-not", "profiles/embedded-saas.yaml", "practice.portfolio");
        assertEquals(0, whyNot.exit(), whyNot.err());
        assertTrue(whyNot.out().contains("[NOT MET] OrgProfile( $horizon : horizon in"), whyNot.out());
        assertTrue(whyNot.out().contains("actual: horizon = QUICK_WINS"), whyNot.out());

        Run typo = cli("why-not", "profiles/embedded-saas.yaml", "practice.portfolioo");
        assertEquals(2, typo.exit(), typo.out());
        assertEquals("error: unknown message key \"practice.portfolioo\": no message bundle of this rule set has it"
                + " (did you mean \"practice.portfolio\"?)\n", typo.err());

        // Words, not a key: told where the keys are.
        Run words = cli("why-not", "profiles/embedded-saas.yaml", "platform engineer");
        assertEquals(2, words.exit(), words.out());
        assertEquals("error: unknown message key \"platform engineer\": no message bundle of this rule set has it; an"
                + " item's key is its \"key\" in the JSON report (advisor recommend profiles/embedded-saas.yaml --format"
                + " json)\n", words.err());
    }

    /** A rule of one's own that emits a message key the default texts lack. */
    private static final String ACME_RULE = """
            package com.acme.rules;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            rule "acme: software firms keep a model registry"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry == Industry.SOFTWARE_AND_INTERNET )
            then
                advise.practice(PracticeArea.DELIVERY, "acme.registry");
            end
            """;

    @Test
    void customRulesWithoutTheirTextsSayWhereToPutThem(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("acme.drl"), ACME_RULE);
        Files.writeString(rules.resolve("knowledge.tsv"), "ACME-1\tHIRING\tno\tAcme keeps models registered\n");
        Path messages = rules.resolve("messages.properties");

        // build() finds the missing text at the call's line, before any profile is advised.
        String missing = "error: the rules in --rules have 1 problem: " + rules.resolve("acme.drl") + ":12 rule \"acme:"
                + " software firms keep a model registry\": advise.practice names message key \"acme.registry\", which"
                + " the message bundle lacks; add the missing texts to " + messages + ", one \"key = text\" line each\n";
        Run run = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(2, run.exit(), run.err());
        assertEquals(missing, run.err());
        Run whyNot = cli("why-not", "profiles/embedded-saas.yaml", "acme.registry", "--rules", rules.toString());
        assertEquals(2, whyNot.exit(), whyNot.err());
        assertEquals(missing, whyNot.err());

        // The same hint when the file is there but lacks the key.
        Files.writeString(messages, "acme.other = Another text.\n");
        Run lacking = cli("compare", "profiles/embedded-saas.yaml", "profiles/division-bank.yaml", "--rules",
                rules.toString());
        assertEquals(2, lacking.exit(), lacking.err());
        assertEquals(missing, lacking.err());

        // Asked about a key that no text has, why-not says where a text would go, in case a rule makes it at run time.
        Files.writeString(messages, "acme.registry = Keep a model registry.\n");
        Run unknown = cli("why-not", "profiles/embedded-saas.yaml", "acme.audit", "--rules", rules.toString());
        assertEquals(2, unknown.exit(), unknown.err());
        assertEquals("error: unknown message key \"acme.audit\": no message bundle of this rule set has it; if your"
                + " rules emit it, add a line \"acme.audit = its text\" to " + messages + "; an item's key is its"
                + " \"key\" in the JSON report (advisor recommend profiles/embedded-saas.yaml --format json)\n",
                unknown.err());
    }

    @Test
    void eachRuleProblemIsOnLinesOfItsOwn_aDroolsMessageWithItsCaretUnderWhatItPointsAt(@TempDir Path rules)
            throws Exception {
        // Line 12 passes a variable no condition binds: Drools' message spans four lines, the last a caret.
        Files.writeString(rules.resolve("acme.drl"), ACME_RULE.replace("\"acme.registry\");",
                "\"acme.registry\", $nowhere);"));
        Files.writeString(rules.resolve("unsourced.drl"), "rule \"x\" when then end");
        Files.writeString(rules.resolve("knowledge.tsv"), "ACME-1\tHIRING\tno\tAcme keeps models registered\n");
        Files.writeString(rules.resolve("messages.properties"), "acme.registry = Keep a registry.\n");

        Run run = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());

        assertEquals(2, run.exit(), run.err());
        List<String> lines = run.err().lines().toList();
        // The first line as for one problem; each further problem on its own line, its further lines indented more.
        assertTrue(lines.get(0).startsWith("error: the rules in --rules have 2 problems: " + rules.resolve("acme.drl")
                + ":12 rule \"acme: software firms keep a model registry\": Unable to Analyse Expression"), run.err());
        assertTrue(lines.get(1).startsWith("    [Error: "), run.err());
        assertTrue(lines.get(2).startsWith("    [Near : {... "), run.err());
        assertTrue(lines.get(3).matches(" {5,}\\^"), run.err());
        assertEquals(lines.get(2).indexOf("$nowhere"), lines.get(3).indexOf('^'), "under the variable: " + run.err());
        assertEquals("  " + rules.resolve("unsourced.drl") + ":1 rule \"x\": no @source(\"...\") metadata naming the"
                + " knowledge IDs the rule encodes", lines.get(4), run.err());
        assertEquals(5, lines.size(), run.err());
        assertFalse(run.err().contains("^;"), "no problem joined to a caret: " + run.err());
    }

    /** ACME_RULE's header and an @override of a default rule, on line 6, with the key acme.bets. */
    private static final String OVERRIDE_RULE = ACME_RULE.substring(0, ACME_RULE.indexOf("rule ")) + """
            rule "practice: plan probabilistically"
                @override
                @source("P5")
                ruleflow-group "advise"
            when
                OrgProfile( $horizon : horizon )
            then
                advise.practice(PracticeArea.PLANNING, "acme.bets");
            end
            """;

    @Test
    void whyNotNamesTheDefaultRuleAnOverrideReplaced(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("acme.drl"), OVERRIDE_RULE);
        Files.writeString(rules.resolve("messages.properties"), "acme.bets = Plan in bets.\n");

        Run whyNot = cli("why-not", "profiles/embedded-saas.yaml", "practice.plan-probabilistically",
                "--rules", rules.toString());
        assertEquals(0, whyNot.exit(), whyNot.err());
        assertEquals("""
                practice.plan-probabilistically was not given.
                No rule of this rule set gives practice.plan-probabilistically.
                rule "practice: plan probabilistically" (dev/mlteams/advisor/rules/practices.drl:14) would, but this \
                rule set leaves it out: replaced by the @override at %s:6
                """.formatted(rules.resolve("acme.drl")), whyNot.out());
    }

    @Test
    void rulesListsEveryRuleWithItsPlace_yoursInsteadOfTheOneYourOverrideReplaces(@TempDir Path rules)
            throws Exception {
        Run defaults = cli("rules");
        assertEquals(0, defaults.exit(), defaults.err());
        List<String> lines = defaults.out().lines().toList();
        assertEquals(Advisor.defaults().rules().size(), lines.size());
        assertTrue(lines.contains("dev/mlteams/advisor/rules/practices.drl:14  practice: plan probabilistically"),
                defaults::out);

        Files.writeString(rules.resolve("acme.drl"), OVERRIDE_RULE);
        Files.writeString(rules.resolve("messages.properties"), "acme.bets = Plan in bets.\n");
        Run own = cli("rules", "--rules", rules.toString());
        assertEquals(0, own.exit(), own.err());
        assertEquals(lines.size(), own.out().lines().count(), "one rule replaced by one");
        assertTrue(own.out().endsWith(rules.resolve("acme.drl") + ":6  practice: plan probabilistically\n"), own::out);
        assertFalse(own.out().contains("practices.drl:14"), own::out);
        assertEquals(2, cli("rules", "extra").exit());
    }

    @Test
    void customRulesFromADirectory(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("acme.drl"), ACME_RULE);
        Files.writeString(rules.resolve("messages.properties"), "acme.registry = Keep every model in a registry.\n");
        Files.writeString(rules.resolve("knowledge.tsv"), "ACME-1\tHIRING\tno\tAcme keeps models registered\n");

        Run run = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Keep every model in a registry."), run.out());
        assertTrue(run.out().contains("ACME-1 Acme keeps models registered"), run.out());

        Files.writeString(rules.resolve("messages_zh_CN.properties"), "acme.registry = 每个模型都登记在册。\n");
        Run chinese = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString(), "--lang", "zh-CN");
        assertEquals(0, chinese.exit(), chinese.err());
        assertTrue(chinese.out().contains("每个模型都登记在册。"), chinese.out());

        Files.writeString(rules.resolve("broken.drl"), "rule \"x\" when then end");
        Run broken = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(2, broken.exit());
        assertEquals(1, broken.err().lines().count(), broken.err());
        assertTrue(broken.err().contains("broken.drl"), broken.err());

        Files.writeString(rules.resolve("knowledge.tsv"), "ACME-1\tHIRING\tno\tAcme keeps models registered\n"
                + "A1\tHIRING\tno\tAn ID the default catalogue has\n", StandardOpenOption.TRUNCATE_EXISTING);
        Run taken = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(2, taken.exit());
        assertTrue(taken.err().contains(rules.resolve("knowledge.tsv") + ":2: knowledge ID A1 is already in the catalogue"),
                taken.err());
        assertTrue(taken.err().contains("broken.drl"), taken.err());

        // An ID no knowledge.tsv line registers: told to add one there, not to call a Java method.
        Files.writeString(rules.resolve("knowledge.tsv"), "ACME-2\tHIRING\tno\tAnother item\n",
                StandardOpenOption.TRUNCATE_EXISTING);
        Files.delete(rules.resolve("broken.drl"));
        Run unregistered = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(2, unregistered.exit());
        assertTrue(unregistered.err().contains("@source cites \"ACME-1\", which is not in the knowledge catalogue (add a"
                + " line for it to " + rules.resolve("knowledge.tsv") + ": ID, step, yes or no, title, tab-separated)"),
                unregistered.err());

        Files.writeString(rules.resolve("messages_zh_CN.properties"), "acme.registry = \\u12\n");
        Run malformed = cli("recommend", "profiles/embedded-saas.yaml", "--rules", rules.toString());
        assertEquals(2, malformed.exit());
        assertTrue(malformed.err().startsWith("error: cannot read messages " + rules.resolve("messages_zh_CN.properties")),
                malformed.err());
    }
}
