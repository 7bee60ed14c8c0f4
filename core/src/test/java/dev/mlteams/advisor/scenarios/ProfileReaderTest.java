package dev.mlteams.advisor.scenarios;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading profile files, of companies and of job candidates: a valid one, and every problem of a broken one at once. */
class ProfileReaderTest {

    @TempDir
    Path dir;

    private Path file(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void readsEveryFieldOfAValidProfile() throws IOException {
        OrgProfile profile = ProfileReader.read(file("ok.yaml", """
                name: Brightdesk
                industry: SOFTWARE_AND_INTERNET
                headcount: 600
                mlHome: PRODUCT_TEAMS
                mlReportsTo: TEAM_ENGINEERING_LEAD
                mlStaff: {ML_ENGINEER: 6}
                plannedHires: 4
                """));

        assertEquals(OrgProfile.builder().name("Brightdesk").industry(Industry.SOFTWARE_AND_INTERNET).headcount(600)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD).mlStaff(Role.ML_ENGINEER, 6).plannedHires(4).build(), profile);
    }

    @Test
    void unknownFieldsUnreadableValuesAndInvalidValuesAreReportedTogether() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("broken.yaml", """
                name: ""
                industry: RETAIL
                mlHome: NOWHERE
                mlReportsTo: NO_ONE
                headcont: 600
                headcount: -5
                plannedHires: many
                mlStaff: {ML_ENGINEER: -2, WIZARD: 1}
                """)));

        List<String> problems = e.problems();
        assertEquals(6, problems.size(), String.join("\n", problems));
        assertEquals(1, problems.stream().filter(p -> p.startsWith("unknown field 'headcont' (did you mean 'headcount'?)"))
                .count(), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("plannedHires: expected a whole number")).count(),
                problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("mlStaff: 'WIZARD' is not one of")).count(),
                problems.toString());
        // The builder's own checks still run for the fields that could be read...
        assertEquals(1, problems.stream().filter(p -> p.startsWith("name = \"\": ")).count(), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("headcount = -5: ")).count(), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.startsWith("mlStaff[ML_ENGINEER] = -2: ")).count(),
                problems.toString());
    }

    private static final String VALID = """
            name: Brightdesk
            industry: SOFTWARE_AND_INTERNET
            headcount: 600
            mlHome: PRODUCT_TEAMS
            mlReportsTo: TEAM_ENGINEERING_LEAD
            """;

    @Test
    void partsOfAFileThatWouldBeDroppedSilentlyAreErrors() throws IOException {
        assertProblem("cannot read the profile: Duplicate field 'headcount' (line 6, column 10)",
                file("twice.yaml", VALID + "headcount: 5\n"));
        assertProblem("cannot read the profile: Duplicate field 'ML_ENGINEER' (line 6, column 38)",
                file("staff.yaml", VALID + "mlStaff: {ML_ENGINEER: 6, ML_ENGINEER: 2}\n"));
        assertProblem("cannot read the profile: a second document or value follows the first; a file holds one (line",
                file("two.yaml", VALID + "---\n" + VALID));
        assertProblem("cannot read the profile: a second document or value follows the first; a file holds one (line 1,",
                file("two.json", "{\"name\": \"A\"} {\"name\": \"B\"}"));
    }

    @Test
    void anUnknownFieldAloneStillFailsTheFile() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("colour.yaml", VALID + "colour: blue\n")));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("unknown field 'colour'; known: "), e.problems().get(0));
    }

    @Test
    void aFieldInTheWrongCaseIsToldTheRightOne() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("case.yaml", VALID.replace("headcount:", "headCount:"))));

        assertTrue(e.problems().get(0).startsWith("unknown field 'headCount' (did you mean 'headcount'?); known: "),
                e.problems().get(0));
        // Alone: not also "headcount = 0", the headcount the builder saw unset.
        assertEquals(1, e.problems().size(), e.problems().toString());

        ScenarioException missing = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("missing.yaml", VALID.replace("industry: SOFTWARE_AND_INTERNET\n", ""))));
        assertEquals(List.of("industry: not given: one of " + List.of(Industry.values())), missing.problems());
    }

    @Test
    void aMisspeltFieldOrValueIsToldTheNearestAndTheFieldItMeantIsNotAlsoMissing() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("typo.yaml",
                VALID.replace("headcount:", "headcout:").replace("PRODUCT_TEAMS", "product_teams")
                        + "mlStaf: {ML_ENGINEER: 2}\nhorizon: QUIK_WINS\n")));

        assertEquals(List.of("unknown field 'headcout' (did you mean 'headcount'?); known: ",
                "mlHome: 'product_teams' is not one of " + List.of(MlHome.values()) + " (did you mean PRODUCT_TEAMS?)",
                "unknown field 'mlStaf' (did you mean 'mlStaff'?); known: ",
                "horizon: 'QUIK_WINS' is not one of " + List.of(BusinessHorizon.values()) + " (did you mean QUICK_WINS?)"),
                e.problems().stream().map(p -> p.replaceAll("known: .*", "known: ")).toList());
        // Nothing near: no guess.
        ScenarioException far = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("far.yaml", VALID + "horizon: SOON\n")));
        assertEquals(List.of("horizon: 'SOON' is not one of " + List.of(BusinessHorizon.values())), far.problems());
    }

    @Test
    void aNullDeclaredArchetypeDeclaresNone_asTheJsonReportWritesIt_otherNullsAreStillRefused() throws IOException {
        OrgProfile read = ProfileReader.read(file("report.json", "{\"name\": \"Brightdesk\", \"industry\":"
                + " \"SOFTWARE_AND_INTERNET\", \"headcount\": 600, \"mlHome\": \"PRODUCT_TEAMS\", \"mlReportsTo\":"
                + " \"TEAM_ENGINEERING_LEAD\", \"declaredArchetype\": null}"));

        assertEquals(Optional.empty(), read.declaredArchetype());
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("empty.yaml", VALID + "modelsInProduction:\n")));
        assertEquals(List.of("modelsInProduction: no value given"), e.problems());
    }

    @Test
    void aNumberOrBooleanWhereTextBelongsIsRefused_asYamlWouldChangeIt() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("octal.yaml", VALID.replace("name: Brightdesk", "name: 0123"))));

        assertEquals(List.of("name: expected text, found the number 83: put the text in quotes"), e.problems());
        assertEquals("0123", ProfileReader.read(file("quoted.yaml", VALID.replace("name: Brightdesk",
                "name: \"0123\""))).name());
    }

    @Test
    void aFileInAZipFileSystemIsRead_andAMissingFileIsSaidToBeMissing() throws IOException {
        try (FileSystem zip = FileSystems.newFileSystem(dir.resolve("profiles.zip"), Map.of("create", "true"))) {
            Path inZip = Files.writeString(zip.getPath("/brightdesk.yaml"), VALID);

            assertEquals("Brightdesk", ProfileReader.read(inZip).name());
        }
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(dir.resolve("none.yaml")));
        assertEquals(List.of("cannot read the profile: no such file"), e.problems());
        Path folder = Files.createDirectory(dir.resolve("folder.yaml"));
        assertEquals(List.of("cannot read the profile: it is a directory"),
                assertThrows(ScenarioException.class, () -> ProfileReader.read(folder)).problems());
    }

    @Test
    void aFileThatMayNotBeReadIsSaidToBeSo_withoutItsPathAgain() {
        // Tests run as root here, where no file is unreadable: the reader's word on the exception
        // the file system gives for one.
        String path = dir.resolve("locked.yaml").toString();
        assertEquals("permission denied", ScenarioReader.oneLine(new java.nio.file.AccessDeniedException(path)));
        assertEquals("no such file", ScenarioReader.oneLine(new java.nio.file.NoSuchFileException(path)));
    }

    @Test
    void aProfileIsReadFromText_asAHostReceivesIt_withTheSameChecks() throws IOException {
        assertEquals(ProfileReader.read(file("brightdesk.yaml", VALID)), ProfileReader.read(VALID, ProfileReader.Format.YAML));
        String json = "{\"name\": \"Brightdesk\", \"industry\": \"SOFTWARE_AND_INTERNET\", \"headcount\": 600,"
                + " \"mlHome\": \"PRODUCT_TEAMS\", \"mlReportsTo\": \"TEAM_ENGINEERING_LEAD\"}";
        assertEquals(ProfileReader.read(VALID, ProfileReader.Format.YAML), ProfileReader.read(json, ProfileReader.Format.JSON));
        assertEquals(Role.ML_RESEARCHER, ProfileReader.readCandidate("{\"targetRole\": \"ML_RESEARCHER\"}",
                ProfileReader.Format.JSON).targetRole());

        ScenarioException typo = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(json.replace("headcount", "headcout"), ProfileReader.Format.JSON));
        assertTrue(typo.getMessage().startsWith("the JSON profile:\n  - unknown field 'headcout' (did you mean"
                + " 'headcount'?)"), typo.getMessage());
        ScenarioException empty = assertThrows(ScenarioException.class, () -> ProfileReader.read("", ProfileReader.Format.JSON));
        assertEquals(List.of("the text holds no profile"), empty.problems());
        ScenarioException broken = assertThrows(ScenarioException.class,
                () -> ProfileReader.read("{\"name\": ", ProfileReader.Format.JSON));
        assertTrue(broken.problems().get(0).startsWith("cannot read the profile: "), broken.problems().toString());
    }

    @Test
    void booleansAndWholeNumbersAreNotGuessedFromOtherValues() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("types.yaml", VALID
                + "modelsInProduction: \"true\"\nceoInvestsInMl: 1\nplannedHires: 99999999999\n"
                + "mlStaff: {ML_ENGINEER: \"2\"}\n")));

        // A value that reads right but is quoted is told what the quotes do.
        assertEquals(List.of("modelsInProduction: expected true or false, found 'true' in quotes, which makes it text:"
                        + " leave out the quotes",
                "ceoInvestsInMl: expected true or false, found '1'",
                "plannedHires: expected a whole number, found '99999999999'",
                "mlStaff.ML_ENGINEER: expected a whole number, found '2' in quotes, which makes it text: leave out the"
                        + " quotes"), e.problems());
    }

    @Test
    void anUnreadableStaffEntryDoesNotHideATotalOverTheHeadcount() throws IOException {
        // The readable entries already exceed the headcount; fixing the unreadable one can only add to them.
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("staff.yaml",
                VALID.replace("headcount: 600", "headcount: 3") + "mlStaff: {ML_ENGINEER: 5, NOPE: 1}\n")));
        ScenarioException count = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("count.yaml",
                VALID.replace("headcount: 600", "headcount: 3")
                        + "mlStaff: {ML_ENGINEER: 5, DATA_ENGINEER: \"1\"}\n")));

        assertEquals(2, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("mlStaff: 'NOPE' is not one of"), e.problems().get(0));
        assertEquals("mlStaff = 5 in total: no more ML staff than the headcount (3)", e.problems().get(1));
        assertEquals(2, count.problems().size(), count.problems().toString());
        assertEquals("mlStaff = 5 in total: no more ML staff than the headcount (3)", count.problems().get(1));
    }

    @Test
    void anUnreadableStaffEntryBelowTheHeadcountIsTheOnlyProblem() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("staff.yaml",
                VALID.replace("headcount: 600", "headcount: 3") + "mlStaff: {ML_ENGINEER: 3, WIZARD: 1}\n")));
        // A headcount that cannot be read is no limit to check the total against.
        ScenarioException headcount = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("h.yaml",
                VALID.replace("headcount: 600", "headcount: many") + "mlStaff: {ML_ENGINEER: 5, WIZARD: 1}\n")));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith("mlStaff: 'WIZARD' is not one of"), e.problems().get(0));
        assertEquals(2, headcount.problems().size(), headcount.problems().toString());
        assertTrue(headcount.problems().get(0).startsWith("headcount: expected a whole number"),
                headcount.problems().toString());
    }

    @Test
    void aFileThatIsNotYamlIsOneLineOfError() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(file("broken.yaml", "name: [Brightdesk\nheadcount: 600\n")));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals(1, e.problems().get(0).lines().count(), e.problems().get(0));
        // SnakeYAML's drawing of the spot (the quoted line and a caret) is left out; its places are kept.
        assertFalse(e.problems().get(0).contains("^"), e.problems().get(0));
        assertFalse(e.problems().get(0).contains("in 'reader'"), e.problems().get(0));
        assertTrue(e.problems().get(0).matches("cannot read the profile: .+ \\(line \\d+, column \\d+\\).*"),
                e.problems().get(0));
    }

    private static void assertProblem(String expectedStart, Path file) {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file));
        assertEquals(1, e.problems().size(), e.problems().toString());
        assertTrue(e.problems().get(0).startsWith(expectedStart), e.problems().get(0));
    }

    @Test
    void aValueThatCannotBeReadIsReportedOnceNotAgainAsItsDefault() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read(file("typo.yaml", """
                name: [Brightdesk]
                headcount: 600
                industry: RETAIL
                mlHome: NOWHERE
                mlReportsTo: NO_ONE
                """)));

        assertEquals(1, e.problems().size(), e.problems().toString());
        assertEquals("name: expected text, found a list", e.problems().get(0));
    }

    @Test
    void readsEveryFieldOfACandidateProfileInYamlOrJson() throws IOException {
        CandidateProfile expected = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).softwareEngineeringYears(4)
                .takenMlCourses(true).finishedMlProjects(1).publications(2).build();

        assertEquals(expected, ProfileReader.readCandidate(file("candidate.yaml", """
                targetRole: ML_ENGINEER
                softwareEngineeringYears: 4
                takenMlCourses: true
                finishedMlProjects: 1
                publications: 2
                """)));
        assertEquals(expected, ProfileReader.readCandidate(file("candidate.json", """
                {"targetRole": "ML_ENGINEER", "softwareEngineeringYears": 4, "takenMlCourses": true,
                 "finishedMlProjects": 1, "publications": 2}
                """)));
    }

    @Test
    void everyProblemOfACandidateProfileIsReportedTogetherNamingTheFile() throws IOException {
        Path broken = file("candidate.yaml", """
                targetRole: ML_ENGINER
                softwareEngineeringYears: 70
                takenMlCourses: sometimes
                publicatons: 2
                """);

        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.readCandidate(broken));

        assertEquals(List.of("targetRole: 'ML_ENGINER' is not one of " + List.of(Role.values())
                        + " (did you mean ML_ENGINEER?)",
                "takenMlCourses: expected true or false, found 'sometimes'",
                "unknown field 'publicatons' (did you mean 'publications'?); known: [finishedMlProjects, publications,"
                        + " softwareEngineeringYears, takenMlCourses, targetRole]",
                // The builder's own checks still run for the fields that could be read.
                "softwareEngineeringYears = 70: 0 to 60"), e.problems());
        assertTrue(e.getMessage().startsWith(broken + ":\n  - targetRole: "), e.getMessage());
    }

    @Test
    void aMissingCandidateFieldWrittenInTheWrongCaseIsToldTheRightOne() throws IOException {
        List<String> problems = candidateProblems("case.yaml", "targetrole: ML_RESEARCHER\n");

        // One problem: not also that targetRole, which it meant, is missing.
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("unknown field 'targetrole' (did you mean 'targetRole'?); known: "),
                problems.get(0));
        // Left out, it is "not given", not the null the builder saw.
        assertEquals(List.of("targetRole: not given: one of " + List.of(Role.values())),
                candidateProblems("none.yaml", "publications: 2\n"));
    }

    @Test
    void aCandidateFileThatIsNotYamlOrHoldsNothingIsOneProblem() throws IOException {
        List<String> syntax = candidateProblems("syntax.yaml", "targetRole: [ML_ENGINEER\n");
        assertEquals(1, syntax.size(), syntax.toString());
        assertTrue(syntax.get(0).matches("cannot read the profile: .+ \\(line \\d+, column \\d+\\).*"), syntax.get(0));

        assertEquals(List.of("the file holds no profile"), candidateProblems("empty.yaml", ""));
    }

    /** The problems {@link ProfileReader#readCandidate} finds in a file of {@code text}. */
    private List<String> candidateProblems(String name, String text) throws IOException {
        Path candidate = file(name, text);
        return assertThrows(ScenarioException.class, () -> ProfileReader.readCandidate(candidate)).problems();
    }

    @Test
    void aHugeOrMalformedRequestBodyCostsLittleAndGivesAShortMessage() {
        // As a host reading profiles from HTTP requests gets them: 200,000 unknown fields, or staff roles.
        StringBuilder fields = new StringBuilder("{\"name\": \"Acme\"");
        StringBuilder roles = new StringBuilder("{\"name\": \"Acme\", \"mlStaff\": {\"ML_ENGINEER\": 1");
        for (int i = 0; i < 200_000; i++) {
            fields.append(", \"f").append(i).append("\": 1");
            roles.append(", \"R").append(i).append("\": 1");
        }
        ScenarioException manyFields = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(fields + "}", ProfileReader.Format.JSON));
        ScenarioException manyRoles = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(roles + "}}", ProfileReader.Format.JSON));

        assertEquals(List.of("the profile has 200001 fields; a profile has 16 and mlStaff, so more than 100 are not"
                + " read"), manyFields.problems());
        assertTrue(manyRoles.problems().contains("'mlStaff' has 200001 entries; there are 6 roles, so more than 100"
                + " are not read"), manyRoles.problems().toString());
        assertTrue(manyRoles.getMessage().length() < 2_000, () -> manyRoles.getMessage().length() + " characters");

        // A value of megabytes, or a field name as long as Jackson reads (50,000), is quoted by its start and length.
        String big = "X".repeat(5_000_000);
        String longName = "X".repeat(40_000);
        ScenarioException value = assertThrows(ScenarioException.class, () -> ProfileReader.read(
                "{\"name\": \"Acme\", \"industry\": \"" + big + "\", \"" + longName + "\": 1}",
                ProfileReader.Format.JSON));
        assertTrue(value.getMessage().length() < 2_000, () -> value.getMessage().length() + " characters");
        assertTrue(value.problems().contains("unknown field '" + "X".repeat(60) + "... (40000 characters)'; known: "
                + "[ceoInvestsInMl, computeAccess, dataAccess, dataEngineeringFunction, declaredArchetype, headcount,"
                + " horizon, industry, leadershipUnderstanding, mlHome, mlReportsTo, modelMaintainer,"
                + " modelsInProduction, name, plannedHires, publishesResearch] and mlStaff"), value.problems().toString());
        assertTrue(value.problems().stream().anyMatch(p -> p.startsWith("industry: '" + "X".repeat(60)
                + "... (5000000 characters)' is not one of [")), value.problems().toString());
    }

    @Test
    void aQuotedFieldNameOrValueKeepsTheMessageOnItsLine_andIsCountedInCharactersAsANameIs() {
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read("{\"name\": \"Acme\","
                + " \"x\\u202Eevil\\nline\": 1, \"industry\": \"" + "\ud83d\ude80".repeat(61) + "\"}",
                ProfileReader.Format.JSON));

        assertTrue(e.problems().get(0).startsWith("unknown field 'x?evil?line'; known: "), e.problems().toString());
        assertTrue(e.problems().contains("industry: '" + "\ud83d\ude80".repeat(60) + "... (61 characters)' is not one"
                + " of " + List.of(Industry.values())), e.problems().toString());
    }

    @Test
    void textThatHoldsAListOrOneValueIsNamedAsText_notAsAFile() throws IOException {
        assertEquals(List.of("the text must hold a mapping of field names to values, not a list"),
                assertThrows(ScenarioException.class, () -> ProfileReader.read("[]", ProfileReader.Format.JSON))
                        .problems());
        assertEquals(List.of("the file must hold a mapping of field names to values, not a single value"),
                assertThrows(ScenarioException.class, () -> ProfileReader.read(file("one.yaml", "42"))).problems());
    }

    @Test
    void aByteOrderMarkBeforeTheTextIsSkipped_asItIsInAFile() throws IOException {
        String json = "{\"name\": \"Brightdesk\", \"industry\": \"SOFTWARE_AND_INTERNET\", \"headcount\": 600,"
                + " \"mlHome\": \"PRODUCT_TEAMS\", \"mlReportsTo\": \"TEAM_ENGINEERING_LEAD\"}";
        Path withMark = dir.resolve("bom.json");
        Files.write(withMark, ("\uFEFF" + json).getBytes(StandardCharsets.UTF_8));

        assertEquals(ProfileReader.read(json, ProfileReader.Format.JSON),
                ProfileReader.read("\uFEFF" + json, ProfileReader.Format.JSON));
        assertEquals(ProfileReader.read(json, ProfileReader.Format.JSON), ProfileReader.read(withMark));
        assertEquals(ProfileReader.read(VALID, ProfileReader.Format.YAML),
                ProfileReader.read("\uFEFF" + VALID, ProfileReader.Format.YAML));
    }

    /** A JSON mapping of {@code start} and then {@code count} more fields, each named {@code prefix} and its number. */
    private static String withFields(String start, String prefix, int count) {
        StringBuilder text = new StringBuilder(start);
        for (int i = 0; i < count; i++) {
            text.append(", \"").append(prefix).append(i).append("\": 1");
        }
        return text.toString();
    }

    @Test
    void oneHundredFieldsOrRolesAreRead_oneMoreIsNot_andTheLimitNamesWhatHoldsThem(@TempDir Path dir)
            throws IOException {
        String org = "{\"name\": \"Acme\"";
        ScenarioException hundred = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(withFields(org, "f", 99) + "}", ProfileReader.Format.JSON));
        ScenarioException more = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(withFields(org, "f", 100) + "}", ProfileReader.Format.JSON));
        assertTrue(hundred.problems().get(0).startsWith("unknown field 'f0'"), hundred.problems().toString());
        assertEquals(List.of("the profile has 101 fields; a profile has 16 and mlStaff, so more than 100 are not read"),
                more.problems());

        String staff = "{\"name\": \"Acme\", \"mlStaff\": {\"ML_ENGINEER\": 1";
        ScenarioException hundredRoles = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(withFields(staff, "R", 99) + "}}", ProfileReader.Format.JSON));
        ScenarioException moreRoles = assertThrows(ScenarioException.class,
                () -> ProfileReader.read(withFields(staff, "R", 100) + "}}", ProfileReader.Format.JSON));
        assertTrue(hundredRoles.problems().stream().anyMatch(p -> p.startsWith("mlStaff: 'R0' is not one of")),
                hundredRoles.problems().toString());
        assertTrue(moreRoles.problems().contains("'mlStaff' has 101 entries; there are 6 roles, so more than 100 are"
                + " not read"), moreRoles.problems().toString());

        // A candidate has no mlStaff; a scenario's profile is named by its key.
        ScenarioException candidate = assertThrows(ScenarioException.class, () -> ProfileReader.readCandidate(
                withFields("{\"targetRole\": \"ML_ENGINEER\"", "f", 100) + "}", ProfileReader.Format.JSON));
        assertTrue(candidate.problems().get(0).matches("the profile has 101 fields; a profile has \\d+, so more than"
                + " 100 are not read"), candidate.problems().toString());
        Path scenario = Files.writeString(dir.resolve("wide.yaml"), "name: wide\nprofile: "
                + withFields(org, "f", 100) + "}\nexpect: {present: [t.text]}\n");
        assertEquals(List.of("'profile' has 101 fields; a profile has 16 and mlStaff, so more than 100 are not read"),
                assertThrows(ScenarioException.class, () -> ScenarioReader.read(scenario)).problems());
    }

    @Test
    void aValueOfSixtyCharactersIsQuotedWhole_andALongNumberOrTextIsShortenedWhereverItIsQuoted() {
        String sixty = "X".repeat(60);
        String digits = "1".repeat(70);
        ScenarioException e = assertThrows(ScenarioException.class, () -> ProfileReader.read("{\"name\": " + digits
                + ", \"industry\": \"" + sixty + "\", \"headcount\": \"" + "x".repeat(70) + "\"}",
                ProfileReader.Format.JSON));

        assertTrue(e.problems().contains("name: expected text, found the number " + "1".repeat(60)
                + "... (70 characters): put the text in quotes"), e.problems().toString());
        assertTrue(e.problems().contains("industry: '" + sixty + "' is not one of " + List.of(Industry.values())),
                e.problems().toString());
        assertTrue(e.problems().contains("headcount: expected a whole number, found '" + "x".repeat(60)
                + "... (70 characters)'"), e.problems().toString());
    }
}
