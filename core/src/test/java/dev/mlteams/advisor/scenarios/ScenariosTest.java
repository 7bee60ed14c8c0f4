package dev.mlteams.advisor.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class ScenariosTest {

    /** A complete little rule set: every profile is nascent, with one practice for retailers. */
    private static final String RULES = """
            package test.scenarios;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.advice.*;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            rule "classify"
                @source("T1")
                ruleflow-group "classify"
            when
                OrgProfile( $industry : industry )
            then
                advise.primaryArchetype(Archetype.NASCENT, 100, "t.text");
                advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, "t.text");
                advise.design(DataOwnership.BORROWS_FROM_OWNERS, "t.text");
                advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, "t.text");
                advise.reportingLine(ReportingLine.CTO, "t.text");
            end
            rule "retail practice"
                @source("T2")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry == Industry.RETAIL )
            then
                advise.practice(PracticeArea.PLANNING, "t.retail");
            end
            """;

    /** The retail rule again, in a package of its own, replacing the first as a user's override would. */
    private static final String OVERRIDE = RULES.substring(0, RULES.indexOf("rule \"classify\"")).replace(
            "package test.scenarios", "package acme.scenarios") + RULES.substring(RULES.indexOf("rule \"retail practice\""))
                    .replace("@source", "@override\n    @source");

    private static Advisor advisor() {
        return builder().build();
    }

    private static Advisor.Builder builder() {
        return Advisor.builder().withoutDefaultRules().addRules("test.drl", RULES)
                .addKnowledge(new KnowledgeItem("T1", ArticleStep.ROLES, false, "one"))
                .addKnowledge(new KnowledgeItem("T2", ArticleStep.ROLES, false, "two"))
                .addMessages(new ListResourceBundle() {
                    @Override
                    protected Object[][] getContents() {
                        return new Object[][] {{"t.text", "Text."}, {"t.retail", "Retail."}, {"t.unused", "Never given."}};
                    }
                });
    }

    private static final String PROFILE = """
            profile:
              name: Shop
              industry: RETAIL
              headcount: 40
              mlHome: AD_HOC
              mlReportsTo: CTO
              mlStaff: {ML_ENGINEER: 1}
            """;

    @Test
    void passingAndFailingScenariosBecomeDynamicTests(@TempDir Path dir) throws Throwable {
        Files.writeString(dir.resolve("a-pass.yaml"), "name: passes\n" + PROFILE + """
                expect:
                  archetype: NASCENT
                  present: [t.retail, T2]
                  absent: [t.unused]
                  fired: ["retail practice"]
                """);
        Files.writeString(dir.resolve("b-fail.json"), """
                {"name": "fails", "profile": {"name": "Shop", "industry": "RETAIL", "headcount": 40,
                 "mlHome": "AD_HOC", "mlReportsTo": "CTO"},
                 "expect": {"archetype": "ML_FIRST", "present": ["t.missing", "t.text"], "absent": ["t.retail"],
                            "fired": ["no such rule"]}}
                """);

        List<DynamicTest> tests = Scenarios.dynamicTests(dir, advisor()).toList();
        assertEquals(List.of("passes [a-pass.yaml]", "fails [b-fail.json]"),
                tests.stream().map(DynamicTest::getDisplayName).toList());
        tests.get(0).getExecutable().execute();

        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> tests.get(1).getExecutable().execute());
        assertEquals("archetype: ML_FIRST\npresent: t.missing\npresent: t.text\nabsent: t.retail\nfired: no such rule",
                failure.getExpected().getStringRepresentation());
        assertEquals("ARCHETYPE: NASCENT\nUNKNOWN KEY OR ID: t.missing\npresent: t.text\nPRESENT: t.retail\n"
                + "UNKNOWN RULE: no such rule", failure.getActual().getStringRepresentation());
        assertTrue(failure.getMessage().contains("trace of rule set custom unversioned"), failure.getMessage());
        assertTrue(failure.getMessage().contains("retail practice [T2]"), failure.getMessage());
        // The report of a failed run shows both sides, each line indented under its heading.
        assertTrue(failure.getMessage().contains("failed:\nexpected:\n  archetype: ML_FIRST\n  present: t.missing\n"
                + "  present: t.text\n  absent: t.retail\n  fired: no such rule\nactual:\n  ARCHETYPE: NASCENT\n"), failure.getMessage());
    }

    @Test
    void everyEntryPointNamesANullArgumentAtOnce(@TempDir Path dir) throws IOException {
        // Without the check, dynamicTests(dir, null) returned tests that each failed later, inside check.
        Path file = Files.writeString(dir.resolve("a.yaml"), "name: passes\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Scenario scenario = ScenarioReader.read(file);
        Advisor advisor = advisor();

        assertNamesNull("directory", () -> Scenarios.dynamicTests(null, advisor));
        assertNamesNull("advisor", () -> Scenarios.dynamicTests(dir, null));
        assertNamesNull("scenario", () -> Scenarios.assertPasses(null, advisor));
        assertNamesNull("advisor", () -> Scenarios.assertPasses(scenario, null));
        assertNamesNull("advisor", () -> scenario.check(null));
        assertNamesNull("directory", () -> ScenarioReader.readAll(null));
        assertNamesNull("file", () -> ScenarioReader.read(null));
        assertNamesNull("file", () -> ProfileReader.read(null));
    }

    private static void assertNamesNull(String parameter, Executable call) {
        assertEquals(parameter, assertThrows(NullPointerException.class, call).getMessage());
    }

    @Test
    void aFileThatCannotBeReadFailsAsATestOfItsOwnAndTheOthersStillRun(@TempDir Path dir) throws Throwable {
        Files.writeString(dir.resolve("a-typo.yaml"), "name: typo\n" + PROFILE + "expect: {archetyp: NASCENT}\n");
        Files.writeString(dir.resolve("b-pass.yaml"), "name: passes\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Files.writeString(dir.resolve("c-broken.json"), "{\"name\": \"broken\",");

        List<DynamicTest> tests = Scenarios.dynamicTests(dir, advisor()).toList();

        assertEquals(List.of("unreadable scenario [a-typo.yaml]", "passes [b-pass.yaml]",
                "unreadable scenario [c-broken.json]"), tests.stream().map(DynamicTest::getDisplayName).toList());
        tests.get(1).getExecutable().execute();
        ScenarioException typo = assertThrows(ScenarioException.class, () -> tests.get(0).getExecutable().execute());
        // The misspelt key alone: "names nothing to check" would tell the author something untrue.
        assertEquals(List.of("unknown key 'expect.archetyp' (did you mean 'archetype'?); known: [absent, archetype,"
                + " design, fired, notFired, positions, present]"), typo.problems());
        assertEquals(dir.resolve("a-typo.yaml") + ":\n  - " + typo.problems().get(0), typo.getMessage());
        ScenarioException broken = assertThrows(ScenarioException.class, () -> tests.get(2).getExecutable().execute());
        assertTrue(broken.getMessage().startsWith(dir.resolve("c-broken.json") + ":"), broken.getMessage());
        assertTrue(broken.problems().get(0).startsWith("not valid JSON: "), broken.getMessage());
    }

    @Test
    void readingADirectoryNamesEveryProblemOfEveryFileThatCannotBeRead(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-typo.yaml"), "name: typo\n" + PROFILE + "expect: {presnt: [t.retail]}\n");
        Files.writeString(dir.resolve("b-pass.yaml"), "name: passes\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("sub/c-both.yaml"), "name: both\n" + PROFILE
                + "candidate: {targetRole: ML_ENGINEER}\nexpect: {present: [t.retail]}\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.readAll(dir));

        assertTrue(e.getMessage().startsWith(dir + ":"), e.getMessage());
        assertEquals(List.of("a-typo.yaml: unknown key 'expect.presnt' (did you mean 'present'?); known: [absent,"
                + " archetype, design, fired, notFired, positions, present]",
                Path.of("sub", "c-both.yaml") + ": give exactly one of 'profile' and 'candidate'"), e.problems());
    }

    @Test
    void readingADirectoryWhoseOnlyProblemIsOneFilesOneProblem_failsToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a-pass.yaml"), "name: passes\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Files.writeString(dir.resolve("b-both.yaml"), "name: both\n" + PROFILE
                + "candidate: {targetRole: ML_ENGINEER}\nexpect: {present: [t.retail]}\n");

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.readAll(dir));

        assertEquals(List.of("b-both.yaml: give exactly one of 'profile' and 'candidate'"), e.problems());
    }

    @Test
    void aWrongArchetypeIsInCapitalsLikeEveryMismatch(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("archetype.yaml"), "name: wrong archetype\n" + PROFILE + """
                expect:
                  archetype: PRODUCT_EMBEDDED
                """);

        Scenario.Outcome outcome = ScenarioReader.read(file).check(advisor());

        assertEquals("archetype: PRODUCT_EMBEDDED", outcome.expected());
        assertEquals("ARCHETYPE: NASCENT", outcome.actual());
    }

    @Test
    void aRuleNameTheAdvisorDoesNotHaveIsUnknownNotMerelyNotFired(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "name: typo\n" + PROFILE.replace("RETAIL", "LOGISTICS")
                + """
                expect:
                  fired: ["classify", "retail practice", "retail practise"]
                """);

        Scenario.Outcome outcome = ScenarioReader.read(file).check(advisor());

        assertEquals("fired: classify\nDID NOT FIRE: retail practice\nUNKNOWN RULE: retail practise (did you mean"
                + " \"retail practice\"?)", outcome.actual());
    }

    @Test
    void aMissingKeyAndARuleThatDidNotFireAreExplainedByWhyNot_inTheFailureBeforeTheTrace(@TempDir Path dir)
            throws Throwable {
        Path file = Files.writeString(dir.resolve("logistics.yaml"), "name: logistics\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + """
                expect:
                  present: [t.retail, T2, t.text]
                  fired: ["classify", "retail practice"]
                """);

        Scenario.Outcome outcome = ScenarioReader.read(file).check(advisor());

        String why = """
                t.retail was not given.

                rule "retail practice" did not fire
                  [NOT MET] OrgProfile( $industry : industry == Industry.RETAIL )   actual: industry = LOGISTICS""";
        String notFired = """
                rule "retail practice" did not fire
                  [NOT MET] OrgProfile( $industry : industry == Industry.RETAIL )   actual: industry = LOGISTICS""";
        // The key's answer (not the knowledge ID's, which why-not does not take) already diagnoses the rule
        // expected to fire: it is not diagnosed a second time.
        assertEquals(why, outcome.why());
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Scenarios.assertPasses(ScenarioReader.read(file), advisor()));
        assertTrue(failure.getMessage().contains("\nwhy not:\n  t.retail was not given.\n"), failure.getMessage());
        assertTrue(failure.getMessage().indexOf("why not:") < failure.getMessage().indexOf("trace of rule set"),
                failure.getMessage());
        // So is a rule named with its package.
        assertEquals(why, ScenarioReader.read(Files.writeString(dir.resolve("qualified.yaml"), "name: qualified\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + """
                expect:
                  present: [t.retail]
                  fired: ["test.scenarios.retail practice"]
                """)).check(advisor()).why());
        // A rule named twice, by its name and with its package, is explained once.
        Path twice = Files.writeString(dir.resolve("twice.yaml"), "name: twice\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + """
                expect:
                  fired: ["retail practice", "test.scenarios.retail practice"]
                """);
        assertEquals(notFired, ScenarioReader.read(twice).check(advisor()).why());
        // A passing scenario has nothing to explain.
        assertEquals("", ScenarioReader.read(Files.writeString(dir.resolve("logistics.yaml"), "name: logistics\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + "expect:\n  absent: [t.retail]\n")).check(advisor()).why());
    }

    @Test
    void aTypoUnderAbsentIsAnUnknownKeyNotAPass(@TempDir Path dir) throws IOException {
        // A misspelt key is never given, so without the check it would pass as "absent" for ever.
        Path file = Files.writeString(dir.resolve("absent.yaml"), "name: absent\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + """
                expect:
                  absent: [t.retial, T2, t.retail]
                """);

        Scenario.Outcome outcome = ScenarioReader.read(file).check(advisor());

        assertEquals("UNKNOWN KEY OR ID: t.retial\nabsent: T2\nabsent: t.retail", outcome.actual());
        assertFalse(outcome.passed());
    }

    @Test
    void aScenarioHasExactlyOneOfAProfileAndACandidate(@TempDir Path dir) throws IOException {
        Scenario company = ScenarioReader.read(Files.writeString(dir.resolve("company.yaml"), "name: company\n"
                + PROFILE + "expect: {present: [t.retail]}\n"));
        Optional<CandidateProfile> candidate = Optional.of(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build());

        assertThrows(IllegalArgumentException.class, () -> new Scenario("both", "both.yaml", company.profile(), candidate,
                Optional.empty(), List.of("t.retail"), List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Scenario("neither", "neither.yaml", Optional.empty(),
                Optional.empty(), Optional.empty(), List.of("t.retail"), List.of(), List.of(), List.of()));
    }

    @Test
    void aRuleUnderNotFiredMustNotFireAndMustExist(@TempDir Path dir) throws IOException {
        Path retail = Files.writeString(dir.resolve("retail.yaml"), "name: retail\n" + PROFILE + """
                expect:
                  notFired: ["retail practice", "retail practise"]
                """);
        Path logistics = Files.writeString(dir.resolve("logistics.yaml"), "name: logistics\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + """
                expect:
                  notFired: ["retail practice"]
                """);

        Scenario.Outcome fails = ScenarioReader.read(retail).check(advisor());
        Scenario.Outcome passes = ScenarioReader.read(logistics).check(advisor());

        assertEquals("notFired: retail practice\nnotFired: retail practise", fails.expected());
        assertEquals("FIRED: retail practice\nUNKNOWN RULE: retail practise (did you mean \"retail practice\"?)",
                fails.actual());
        assertTrue(passes.passed(), passes.actual());
    }

    @Test
    void aRuleTheAdvisorLeavesOutDidNotFire_soNotFiredHoldsWithTheReason_butFiredFailsWithIt(@TempDir Path dir)
            throws IOException {
        Advisor disabled = builder().disableRule("retail practice").build();
        Scenario quiet = ScenarioReader.read(Files.writeString(dir.resolve("quiet.yaml"), "name: quiet\n" + PROFILE
                + "expect: {notFired: [retail practice, test.scenarios.retail practice]}\n"));
        Scenario fires = ScenarioReader.read(Files.writeString(dir.resolve("fires.yaml"), "name: fires\n" + PROFILE
                + "expect: {fired: [retail practice], notFired: [retail practise]}\n"));

        // "A disabled rule must not fire": it is not in the rule set, so it did not. Both lines say why.
        Scenario.Outcome passes = quiet.check(disabled);
        assertTrue(passes.passed(), passes.actual());
        String why = " (test.drl:19, left out of this rule set: disableRule(\"retail practice\"))";
        assertEquals("notFired: retail practice" + why + "\nnotFired: test.scenarios.retail practice" + why,
                passes.actual());
        assertEquals("", passes.why());
        // A rule expected to fire that is left out fails, with the reason; a typo is still a typo, told the
        // left-out rule it most likely meant.
        Scenario.Outcome fails = fires.check(disabled);
        assertEquals("fired: retail practice\nnotFired: retail practise", fails.expected());
        assertEquals("LEFT OUT: retail practice" + why + "\nUNKNOWN RULE: retail practise (did you mean \"retail"
                + " practice\"?)", fails.actual());
        assertFalse(fails.passed());
    }

    @Test
    void everyListOfExpectationsHoldsTextOnly(@TempDir Path dir) throws IOException {
        // An unquoted rule name with ": " in it is a mapping in YAML, and its text would be empty.
        Path file = Files.writeString(dir.resolve("lists.yaml"), "name: lists\n" + PROFILE + """
                expect:
                  fired:
                    - retail practice
                    - practice: plan probabilistically
                  notfired: [classify]
                  notFired: [classify, ~, [a]]
                  absent: classify
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        // Another case is the likeliest meaning, as for a profile's fields.
        assertEquals(List.of("unknown key 'expect.notfired' (did you mean 'notFired'?); known: [absent, archetype,"
                + " design, fired, notFired, positions, present]",
                "'expect.absent' must be a list",
                "expect.fired, item 2: expected text, found a mapping; quote text that contains ': '",
                "expect.notFired, item 2: expected text, found nothing",
                "expect.notFired, item 3: expected text, found a list"), e.problems());
    }

    @Test
    void aRuleNamedWithItsPackageTellsAnOverrideFromTheRuleItReplaced(@TempDir Path dir) throws IOException {
        Scenario override = ScenarioReader.read(Files.writeString(dir.resolve("override.yaml"), "name: override\n"
                + PROFILE + "expect: {fired: [acme.scenarios.retail practice, retail practice]}\n"));
        Scenario replaced = ScenarioReader.read(Files.writeString(dir.resolve("replaced.yaml"), "name: replaced\n"
                + PROFILE + "expect: {fired: [test.scenarios.retail practice]}\n"));
        Scenario quiet = ScenarioReader.read(Files.writeString(dir.resolve("quiet.yaml"), "name: quiet\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + "expect: {notFired: [acme.scenarios.retail practice]}\n"));
        Advisor withOverride = builder().addRules("acme.drl", OVERRIDE).build();
        Advisor without = advisor();

        Scenario.Outcome overrideRuns = override.check(withOverride);
        assertTrue(overrideRuns.passed(), overrideRuns.actual());
        assertTrue(quiet.check(withOverride).passed());
        // The replaced rule is no rule of this advisor any more: it is left out, and the line says why.
        assertEquals("LEFT OUT: test.scenarios.retail practice (test.drl:19, left out of this rule set: replaced by the"
                + " @override at acme.drl:7)", replaced.check(withOverride).actual());
        Scenario.Outcome defaultRuns = override.check(without);
        // Without the override, its package is in no rule file: a typo, as it were.
        assertEquals("UNKNOWN RULE: acme.scenarios.retail practice (did you mean \"test.scenarios.retail practice\"?)"
                + "\nfired: retail practice", defaultRuns.actual());
        assertTrue(replaced.check(without).passed());
        // The trace says where each rule that fired is written.
        assertTrue(overrideRuns.trace().contains("retail practice [T2]  acme.drl:7"), overrideRuns.trace());
        assertTrue(defaultRuns.trace().contains("retail practice [T2]  test.drl:19"), defaultRuns.trace());
    }

    @Test
    void aRulesOwnNameWinsOverAnotherRulesQualifiedName(@TempDir Path dir) throws IOException {
        // This rule's plain name is also the package-qualified name of "retail practice".
        String odd = RULES.substring(0, RULES.indexOf("rule \"classify\"")).replace("package test.scenarios",
                "package test.odd") + """
                rule "test.scenarios.retail practice"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                end
                """;
        Scenario scenario = ScenarioReader.read(Files.writeString(dir.resolve("odd.yaml"), "name: odd\n"
                + PROFILE.replace("RETAIL", "LOGISTICS") + "expect: {fired: [test.scenarios.retail practice]}\n"));

        Scenario.Outcome outcome = scenario.check(builder().addRules("odd.drl", odd).build());

        assertTrue(outcome.passed(), outcome.actual());
        assertTrue(outcome.trace().contains("test.scenarios.retail practice [T1]  odd.drl:7"), outcome.trace());
    }

    @Test
    void everyProblemInAFileIsReportedTogether(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, """
                name: broken
                profle: {}
                profile:
                  name: Shop
                  industry: RETAIL
                  headcount: -1
                  mlHome: SOMEWHERE
                  mlReportsTo: CTO
                  colour: blue
                expect:
                  archetyp: NASCENT
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertTrue(e.getMessage().startsWith(file + ":"), e.getMessage());
        List<String> problems = e.problems();
        assertEquals(5, problems.size(), e.getMessage());
        assertTrue(problems.get(0).startsWith("unknown key 'profle' (did you mean 'profile'?); known: ["),
                e.getMessage());
        assertTrue(problems.get(1).startsWith("unknown key 'expect.archetyp' (did you mean 'archetype'?)"),
                e.getMessage());
        assertTrue(problems.get(2).startsWith("profile.mlHome: 'SOMEWHERE' is not one of"), e.getMessage());
        assertTrue(problems.get(3).startsWith("unknown field 'profile.colour'"), e.getMessage());
        // Found by the profile's own checks, although other fields could not be read.
        assertTrue(problems.get(4).startsWith("profile.headcount = -1: "), e.getMessage());
    }

    @Test
    void aCandidateScenarioCannotExpectAnArchetype(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("candidate.yaml"), """
                name: candidate
                candidate: {targetRole: ML_ENGINEER}
                expect:
                  archetype: NASCENT
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertTrue(e.problems().contains(
                "expect.archetype: a candidate's advice has no archetype; expect present, absent, fired or notFired"), e.getMessage());
    }

    @Test
    void aRepeatedExpectationIsAnErrorNotAnOverwrite(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("twice.yaml"), """
                name: twice
                profile: {name: Shop, industry: RETAIL, headcount: 10, mlHome: NOWHERE, mlReportsTo: NO_ONE}
                expect:
                  present: [practice.portfolio]
                  present: [A1]
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertEquals(List.of("not valid YAML: Duplicate field 'present' (line 5, column 10)"), e.problems());
    }

    @Test
    void anExpectationThatCannotBeReadIsNamedAlone_andOnlyEmptyExpectationsNameNothingToCheck(@TempDir Path dir)
            throws IOException {
        Path misspelt = Files.writeString(dir.resolve("misspelt.yaml"), PROFILE + "expect: {archetype: PRODUCT_EMBEDED}\n");
        List<String> archetype = assertThrows(ScenarioException.class, () -> ScenarioReader.read(misspelt)).problems();
        assertEquals(1, archetype.size(), archetype::toString);
        assertTrue(archetype.get(0).startsWith("expect.archetype: 'PRODUCT_EMBEDED' is not one of"), archetype::toString);

        Path notAList = Files.writeString(dir.resolve("not-a-list.yaml"), PROFILE + "expect: {fired: {a: b}}\n");
        List<String> fired = assertThrows(ScenarioException.class, () -> ScenarioReader.read(notAList)).problems();
        assertEquals(1, fired.size(), fired::toString);
        assertEquals("'expect.fired' must be a list", fired.get(0));

        Path empty = Files.writeString(dir.resolve("empty.yaml"), PROFILE + "expect: {present: [], fired: []}\n");
        assertEquals(List.of("'expect' names nothing to check: give an archetype, design, positions, present, absent,"
                + " fired or notFired"),
                assertThrows(ScenarioException.class, () -> ScenarioReader.read(empty)).problems());
    }

    @Test
    void anInvalidProfileNamesItsFields(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("invalid.yaml");
        Files.writeString(file, """
                profile:
                  name: Shop
                  industry: RETAIL
                  headcount: -1
                  mlHome: AD_HOC
                  mlReportsTo: CTO
                  plannedHires: -3
                expect: {}
                """);
        Path blank = dir.resolve("blank.yaml");
        Files.writeString(blank, """
                profile:
                  name:
                  industry: RETAIL
                  headcount: 12.5
                  mlHome: AD_HOC
                  mlReportsTo: CTO
                expect: {archetype: NASCENT}
                """);
        ScenarioException blanks = assertThrows(ScenarioException.class, () -> ScenarioReader.read(blank));
        assertEquals(List.of("profile.name: no value given", "profile.headcount: expected a whole number, found '12.5'"),
                blanks.problems());

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertEquals(List.of("profile.headcount = -1: 1 to 5000000 employees",
                "profile.plannedHires = -3: 0 to 100000 hires",
                "'expect' names nothing to check: give an archetype, design, positions, present, absent,"
                        + " fired or notFired"), e.problems());
    }

    @Test
    void aScenarioGivesExactlyOneOfProfileAndCandidate(@TempDir Path dir) throws IOException {
        Path both = Files.writeString(dir.resolve("both.yaml"), "name: both\n" + PROFILE
                + "candidate: {targetRole: ML_ENGINEER}\nexpect: {present: [t.retail]}\n");
        Path neither = Files.writeString(dir.resolve("neither.yaml"), "name: neither\nexpect: {present: [t.retail]}\n");

        for (Path file : List.of(both, neither)) {
            ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));
            assertEquals(List.of("give exactly one of 'profile' and 'candidate'"), e.problems(), file.toString());
        }
    }

    @Test
    void scenariosAreReadInPathOrderWhateverTheDirectorySays(@TempDir Path dir) throws IOException {
        List<String> names = List.of("k", "c", "x", "a", "q", "f", "m", "b", "z", "h", "sub/d", "sub/a");
        Files.createDirectories(dir.resolve("sub"));
        for (String name : names) {
            Files.writeString(dir.resolve(name + ".yaml"), "name: " + name + "\n" + PROFILE + "expect: {present: [t.retail]}\n");
        }

        assertEquals(names.stream().sorted().toList(),
                ScenarioReader.readAll(dir).stream().map(Scenario::name).toList());
    }

    @Test
    void aDirectoryWithoutScenariosIsRefused(@TempDir Path dir) {
        assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readAll(dir));
        assertThrows(IllegalArgumentException.class, () -> ScenarioReader.readAll(dir.resolve("missing")));
    }

    @Test
    void onlyYamlYmlAndJsonFilesAreScenarios_notOtherFilesNorFoldersNamedLikeThem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.yaml"), "name: a\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Files.writeString(dir.resolve("b.yml"), "name: b\n" + PROFILE + "expect: {present: [t.retail]}\n");
        Files.writeString(dir.resolve("c.json"), "{\"name\": \"c\", \"candidate\": {\"targetRole\": \"ML_ENGINEER\"},"
                + " \"expect\": {\"absent\": [\"t.retail\"]}}");
        Files.writeString(dir.resolve("README.md"), "# Scenarios\nNot a scenario.\n");
        Files.writeString(dir.resolve("d.yaml.bak"), "name: [not read\n");
        Files.createDirectories(dir.resolve("e.yaml"));
        Files.writeString(dir.resolve("e.yaml/f.yaml"), "name: f\n" + PROFILE + "expect: {present: [t.retail]}\n");

        assertEquals(List.of("a", "b", "c", "f"), ScenarioReader.readAll(dir).stream().map(Scenario::name).toList());
    }

    @Test
    void aCandidateScenarioReadsTheCandidateProfile(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("candidate.yaml"), """
                name: candidate
                candidate: {targetRole: ML_RESEARCHER, softwareEngineeringYears: 2, publications: 3}
                expect:
                  absent: [t.retail]
                """);

        Scenario scenario = ScenarioReader.read(file);

        assertEquals(Optional.of(CandidateProfile.builder().targetRole(Role.ML_RESEARCHER).softwareEngineeringYears(2)
                .publications(3).build()), scenario.candidate());
        assertEquals(Optional.empty(), scenario.profile());
    }

    @Test
    void anUnknownCandidateFieldListsTheCandidatesFields_withoutTheCompanysMlStaff(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("candidate.yaml"), """
                name: candidate
                candidate: {targetRole: ML_ENGINEER, colour: blue}
                expect:
                  absent: [t.retail]
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("unknown field 'candidate.colour'; known: ["), e.getMessage());
        assertTrue(e.problems().get(0).endsWith("]"), e.getMessage());
        assertFalse(e.problems().get(0).contains("mlStaff"), e.getMessage());
    }

    @Test
    void readingYamlWithoutJacksonsYamlModuleNamesTheDependencyToAdd(@TempDir Path dir) throws Exception {
        Path yaml = Files.writeString(dir.resolve("s.yaml"), "name: s\n");
        // advisor-core and Jackson's core modules, without the optional YAML module.
        java.net.URL[] urls = java.util.stream.Stream.of(ScenarioReader.class, com.fasterxml.jackson.databind.ObjectMapper.class,
                        com.fasterxml.jackson.core.JsonFactory.class, com.fasterxml.jackson.annotation.JsonProperty.class)
                .map(c -> c.getProtectionDomain().getCodeSource().getLocation()).distinct().toArray(java.net.URL[]::new);
        try (java.net.URLClassLoader withoutYaml = new java.net.URLClassLoader(urls, ClassLoader.getPlatformClassLoader())) {
            java.lang.reflect.Method read = withoutYaml.loadClass(ScenarioReader.class.getName()).getMethod("read", Path.class);

            java.lang.reflect.InvocationTargetException e = assertThrows(java.lang.reflect.InvocationTargetException.class,
                    () -> read.invoke(null, yaml));

            assertEquals("reading YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml "
                    + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + " (the Jackson version of advisor-core)"
                    + " on the classpath (in the test scope for scenario tests, at run time to read YAML profiles in a"
                    + " service), or write the file as JSON (.json)",
                    e.getCause().getMessage());
            assertEquals(IllegalStateException.class.getName(), e.getCause().getClass().getName());
        }
    }

    /** Two positions for any company with planned hires, from a file of their own. */
    private static final String HIRING = RULES.substring(0, RULES.indexOf("rule \"classify\"")) + """
            rule "hire"
                @source("T2")
                ruleflow-group "advise"
            when
                OrgProfile( $plannedHires : plannedHires > 0 )
            then
                advise.position(1, Role.ML_ENGINEER, 2, Seniority.SENIOR, "t.text");
                advise.position(2, Role.DATA_ENGINEER, 1, Seniority.MID, "t.text");
            end
            """;

    @Test
    void aScenarioChecksTheDesignAndEveryPositionInThePlansOrder(@TempDir Path dir) throws IOException {
        Advisor advisor = builder().addRules("hiring.drl", HIRING).build();
        String profile = PROFILE + "  plannedHires: 3\n";
        Path passing = Files.writeString(dir.resolve("passing.yaml"), "name: holds\n" + profile + """
                expect:
                  design: {engineeringVsResearch: GENERALIST_ENGINEERING, dataOwnership: BORROWS_FROM_OWNERS,
                    modelOwnership: BUILDERS_OWN_END_TO_END, reportingLine: CTO}
                  positions:
                    - {role: ML_ENGINEER, seniority: SENIOR, count: 2, priority: 1}
                    - {role: DATA_ENGINEER}
                """);
        Path failing = Files.writeString(dir.resolve("failing.yaml"), "name: does not hold\n" + profile + """
                expect:
                  design: {dataOwnership: OWNS_COMPANY_DATA, reportingLine: CTO}
                  positions:
                    - {role: ML_ENGINEER, seniority: MID, count: 2}
                """);

        Scenario.Outcome holds = ScenarioReader.read(passing).check(advisor);
        Scenario.Outcome differs = ScenarioReader.read(failing).check(advisor);

        assertTrue(holds.passed(), holds.actual());
        assertEquals("""
                design.engineeringVsResearch: GENERALIST_ENGINEERING
                design.dataOwnership: BORROWS_FROM_OWNERS
                design.modelOwnership: BUILDERS_OWN_END_TO_END
                design.reportingLine: CTO
                positions: 2
                position 1: ML_ENGINEER, SENIOR, count 2, priority 1
                position 2: DATA_ENGINEER""", holds.actual());
        assertEquals("""
                design.dataOwnership: OWNS_COMPANY_DATA
                design.reportingLine: CTO
                positions: 1
                position 1: ML_ENGINEER, MID, count 2""", differs.expected());
        assertEquals("""
                DIFFERENT design.dataOwnership: BORROWS_FROM_OWNERS
                design.reportingLine: CTO
                DIFFERENT positions: 2 (2: DATA_ENGINEER, MID, count 1, priority 2)
                DIFFERENT position 1: ML_ENGINEER, SENIOR, count 2""", differs.actual());
        // Where to look: the rule behind each difference, with its file and line.
        assertEquals("""
                design.dataOwnership BORROWS_FROM_OWNERS comes from rule "classify" (test.drl:7).
                positions 1, 2 come from rule "hire" (hiring.drl:7).""", differs.why());
    }

    @Test
    void expectingNoPositionsFailsOnEachPositionThePlanHas_andAShortPlanShowsWhatIsMissing(@TempDir Path dir)
            throws IOException {
        Advisor advisor = builder().addRules("hiring.drl", HIRING).build();
        Path none = Files.writeString(dir.resolve("none.yaml"), PROFILE + "  plannedHires: 3\nexpect: {positions: []}\n");
        Path three = Files.writeString(dir.resolve("three.yaml"), PROFILE + "  plannedHires: 3\n" + """
                expect:
                  positions: [{role: ML_ENGINEER}, {role: DATA_ENGINEER}, {role: ML_RESEARCHER}]
                """);

        assertEquals("DIFFERENT positions: 2 (1: ML_ENGINEER, SENIOR, count 2, priority 1; 2: DATA_ENGINEER, MID,"
                + " count 1, priority 2)", ScenarioReader.read(none).check(advisor).actual());
        assertEquals("""
                DIFFERENT positions: 2
                position 1: ML_ENGINEER
                position 2: DATA_ENGINEER
                DIFFERENT position 3: none""", ScenarioReader.read(three).check(advisor).actual());
        // Without planned hires the plan is empty, as the scenario says.
        Path empty = Files.writeString(dir.resolve("empty.yaml"), PROFILE + "expect: {positions: []}\n");
        assertTrue(ScenarioReader.read(empty).check(advisor).passed());
    }

    @Test
    void everyProblemOfTheDesignAndThePositionsIsNamedTogether(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("wrong.yaml"), PROFILE + """
                expect:
                  design: {dataOwnership: OWNS_DATA, reporting: CTO}
                  positions:
                    - {role: ML_ENGINER, senority: SENIOR}
                    - {seniority: LEAD, count: 0, priority: high}
                    - ML_ENGINEER
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(file));

        assertEquals(List.of(
                // Too far from reportingLine to suggest it.
                "unknown key 'expect.design.reporting'; known: [dataOwnership, engineeringVsResearch, modelOwnership,"
                        + " reportingLine]",
                "expect.design.dataOwnership: 'OWNS_DATA' is not one of [BORROWS_FROM_OWNERS, NO_CONTROL,"
                        + " SHARED_PIPELINES, GOVERNANCE_VOICE, OWNS_COMPANY_DATA]",
                "expect.positions, item 1: unknown key 'senority' (did you mean 'seniority'?); known: [count, priority,"
                        + " role, seniority]",
                "expect.positions, item 1, role: 'ML_ENGINER' is not one of " + List.of(Role.values())
                        + " (did you mean ML_ENGINEER?)",
                "expect.positions, item 2, role: no value given",
                "expect.positions, item 2, count: must be at least 1, was 0",
                "expect.positions, item 2, priority: expected a whole number, found 'high'",
                "expect.positions, item 3: expected a mapping such as {role: ML_ENGINEER, seniority: SENIOR}"),
                e.problems());
        Path notAMapping = Files.writeString(dir.resolve("lists.yaml"), PROFILE + """
                expect: {design: [CTO], positions: {role: ML_ENGINEER}}
                """);
        assertEquals(List.of("'expect.design' must be a mapping of [dataOwnership, engineeringVsResearch, modelOwnership,"
                + " reportingLine]", "'expect.positions' must be a list"),
                assertThrows(ScenarioException.class, () -> ScenarioReader.read(notAMapping)).problems());
    }

    @Test
    void aCandidateScenarioCannotExpectADesignOrPositions(@TempDir Path dir) throws IOException {
        Path file = Files.writeString(dir.resolve("candidate.yaml"), """
                name: candidate
                candidate: {targetRole: ML_ENGINEER}
                expect:
                  design: {reportingLine: CTO}
                  positions: []
                """);
        Path none = Files.writeString(dir.resolve("none.yaml"), """
                name: candidate
                candidate: {targetRole: ML_ENGINEER}
                expect:
                  design: null
                  present: [candidate.where.standard]
                """);

        assertEquals(List.of("expect.design: a candidate's advice has no team design or hiring plan; expect present,"
                + " absent, fired or notFired", "expect.positions: a candidate's advice has no team design or hiring"
                + " plan; expect present, absent, fired or notFired"),
                assertThrows(ScenarioException.class, () -> ScenarioReader.read(file)).problems());
        // Null is none given.
        assertEquals(Scenario.DesignExpectation.NONE, ScenarioReader.read(none).design());
        // No position has a count or priority below 1: an expectation of one could never hold.
        assertThrows(IllegalArgumentException.class, () -> new Scenario.PositionExpectation(Role.ML_ENGINEER,
                Optional.empty(), java.util.OptionalInt.of(0), java.util.OptionalInt.empty()));
        assertThrows(IllegalArgumentException.class, () -> new Scenario.PositionExpectation(Role.ML_ENGINEER,
                Optional.empty(), java.util.OptionalInt.empty(), java.util.OptionalInt.of(-1)));
        CandidateProfile candidate = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build();
        assertThrows(IllegalArgumentException.class, () -> new Scenario("c", "c.yaml", Optional.empty(),
                Optional.of(candidate), Optional.empty(), Scenario.DesignExpectation.NONE, Optional.of(List.of()),
                List.of(), List.of(), List.of(), List.of()));
    }

    @Test
    void oneStanceAloneIsADesignToCheck_aPositionOfItsOwnIsExplainedAlone_andEachMissingOneIsShown(@TempDir Path dir)
            throws IOException {
        Advisor advisor = builder().addRules("hiring.drl", HIRING).build();
        String profile = PROFILE + "  plannedHires: 3\n";
        Path oneStance = Files.writeString(dir.resolve("one-stance.yaml"), profile + """
                expect:
                  design: {dataOwnership: OWNS_COMPANY_DATA}
                """);
        Path fourPositions = Files.writeString(dir.resolve("four.yaml"), profile + """
                expect:
                  positions: [{role: ML_ENGINEER}, {role: DATA_ENGINEER, count: 3}, {role: ML_RESEARCHER},
                    {role: ML_RESEARCHER}]
                """);

        Scenario.Outcome stance = ScenarioReader.read(oneStance).check(advisor);
        Scenario.Outcome four = ScenarioReader.read(fourPositions).check(advisor);

        assertEquals("DIFFERENT design.dataOwnership: BORROWS_FROM_OWNERS", stance.actual());
        assertEquals("""
                DIFFERENT positions: 2
                position 1: ML_ENGINEER
                DIFFERENT position 2: DATA_ENGINEER, count 1
                DIFFERENT position 3: none
                DIFFERENT position 4: none""", four.actual());
        assertEquals("position 2 comes from rule \"hire\" (hiring.drl:7).", four.why());
    }

    @Test
    void aCompanysDesignOrPositionsOfNullIsNoneGiven_andAPositionsNullOrZeroFieldIsAProblem(@TempDir Path dir)
            throws IOException {
        Path nulls = Files.writeString(dir.resolve("nulls.yaml"), PROFILE + """
                expect:
                  design: null
                  positions: null
                  present: [t.text]
                """);
        Path wrong = Files.writeString(dir.resolve("wrong.yaml"), PROFILE + """
                expect:
                  positions: [{role: ML_ENGINEER, seniority: null, count: 0}]
                """);

        Scenario scenario = ScenarioReader.read(nulls);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ScenarioReader.read(wrong));

        assertEquals(Scenario.DesignExpectation.NONE, scenario.design());
        assertEquals(Optional.empty(), scenario.positions());
        assertEquals(List.of("expect.positions, item 1, seniority: no value given",
                "expect.positions, item 1, count: must be at least 1, was 0"), e.problems());
    }

    @Test
    void aScenarioKeepsItsOwnCopyOfThePositions_andACandidateScenarioRefusesADesign() {
        OrgProfile company = OrgProfile.builder().name("Shop").industry(Industry.RETAIL).headcount(40)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).build();
        List<Scenario.PositionExpectation> positions = new ArrayList<>(List.of(new Scenario.PositionExpectation(
                Role.ML_ENGINEER, Optional.empty(), OptionalInt.empty(), OptionalInt.empty())));
        Scenario scenario = new Scenario("s", "s.yaml", Optional.of(company), Optional.empty(), Optional.empty(),
                Scenario.DesignExpectation.NONE, Optional.of(positions), List.of(), List.of(), List.of(), List.of());
        positions.clear();

        assertEquals(1, scenario.positions().orElseThrow().size());
        assertThrows(UnsupportedOperationException.class, () -> scenario.positions().orElseThrow().clear());
        CandidateProfile candidate = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build();
        Scenario.DesignExpectation cto = new Scenario.DesignExpectation(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(ReportingLine.CTO));
        assertThrows(IllegalArgumentException.class, () -> new Scenario("c", "c.yaml", Optional.empty(),
                Optional.of(candidate), Optional.empty(), cto, Optional.empty(), List.of(), List.of(), List.of(),
                List.of()));
    }

    @Test
    void aCandidateScenarioRefusesAnArchetype_asTheReaderDoes() {
        CandidateProfile candidate = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Scenario("c", "c.yaml",
                Optional.empty(), Optional.of(candidate), Optional.of(Archetype.NASCENT), List.of("candidate.x"),
                List.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new Scenario("c", "c.yaml", Optional.empty(),
                Optional.of(candidate), Optional.of(Archetype.NASCENT), Scenario.DesignExpectation.NONE,
                Optional.empty(), List.of(), List.of(), List.of(), List.of()));

        assertEquals("a candidate's advice has no archetype", e.getMessage());
    }
}
