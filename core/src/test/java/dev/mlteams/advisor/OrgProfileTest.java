package dev.mlteams.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrgProfileTest {

    static OrgProfile.Builder minimal() {
        return OrgProfile.builder().name("Acme").industry(Industry.RETAIL).headcount(100)
                .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO);
    }

    @Test
    void build_reportsEveryProblemAtOnce() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> OrgProfile.builder()
                .headcount(-5).mlStaff(Role.ML_ENGINEER, -1).plannedHires(-2).build());

        assertEquals(List.of("name", "industry", "headcount", "mlHome", "mlReportsTo", "mlStaff[ML_ENGINEER]",
                "plannedHires"), e.problems().stream().map(ProfileValidationException.Problem::field).toList());
        assertTrue(e.getMessage().contains("headcount = -5: 1 to 5000000 employees"), e.getMessage());
    }

    @Test
    void build_rejectsMoreMlStaffThanEmployees() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> minimal().headcount(3).mlStaff(Role.ML_ENGINEER, 2).mlStaff(Role.DATA_ENGINEER, 2).build());

        assertEquals("mlStaff", e.problems().get(0).field());
        assertEquals("4 in total", e.problems().get(0).value());
    }

    @Test
    void build_rejectsAbsurdValues() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> minimal().headcount(OrgProfile.MAX_HEADCOUNT + 1).plannedHires(OrgProfile.MAX_PLANNED_HIRES + 1)
                        .build());

        assertEquals(List.of("headcount", "plannedHires"),
                e.problems().stream().map(ProfileValidationException.Problem::field).toList());
    }

    @Test
    void build_acceptsEveryLimitItself() {
        OrgProfile profile = minimal().headcount(OrgProfile.MAX_HEADCOUNT).plannedHires(OrgProfile.MAX_PLANNED_HIRES)
                .mlStaff(Role.ML_ENGINEER, OrgProfile.MAX_HEADCOUNT - 1).mlStaff(Role.DATA_ENGINEER, 1).build();

        assertEquals(OrgProfile.MAX_HEADCOUNT, profile.headcount());
        assertEquals(OrgProfile.MAX_PLANNED_HIRES, profile.plannedHires());
        assertEquals(profile.headcount(), profile.mlStaffTotal(), "as many ML staff as employees is allowed");
    }

    @Test
    void build_rejectsANameThatIsNotOneLine() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> minimal().name("Acme\n## Injected heading").build());

        assertEquals("name", e.problems().get(0).field());
        assertEquals("Acme?## Injected heading", e.problems().get(0).value());
    }

    @Test
    void build_rejectsLineAndParagraphSeparatorsInTheNameAsItDoesControlCharacters() {
        for (String lineBreak : List.of("\u2028", "\u2029", "\u0085", "\u000B", "\u000C")) {
            ProfileValidationException e = assertThrows(ProfileValidationException.class,
                    () -> minimal().name("Acme" + lineBreak + "# Injected").headcount(0).build());

            // With every other problem, in the same words as a control character.
            assertEquals(List.of(new ProfileValidationException.Problem("name", "Acme?# Injected",
                    "a company name on one line, without control characters, line separators, direction overrides or"
                            + " unpaired surrogates"),
                    new ProfileValidationException.Problem("headcount", "0",
                            "1 to " + OrgProfile.MAX_HEADCOUNT + " employees (0 is also what a headcount never set reads)")),
                    e.problems(), "U+" + Integer.toHexString(lineBreak.codePointAt(0)));
        }
    }

    @Test
    void build_rejectsDirectionOverridesInTheName_thatWouldReorderTheRestOfAReportLine() {
        for (int c : new int[] {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069}) {
            ProfileValidationException e = assertThrows(ProfileValidationException.class,
                    () -> minimal().name("Acme " + Character.toString(c) + "gnp.cexe").build(), "U+" + Integer.toHexString(c));

            assertEquals(List.of(new ProfileValidationException.Problem("name", "Acme ?gnp.cexe",
                    "a company name on one line, without control characters, line separators, direction overrides or"
                            + " unpaired surrogates")),
                    e.problems(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void build_rejectsAnUnpairedSurrogateInTheName_whichNoReportCanWriteAsUtf8() {
        for (String name : List.of("A\ud800", "\udc00B", "A\udc00\ud800B")) {
            ProfileValidationException e = assertThrows(ProfileValidationException.class,
                    () -> minimal().name(name).build());

            assertEquals("name", e.problems().get(0).field());
            assertEquals(name.replaceAll("[\ud800-\udfff]", "?"), e.problems().get(0).value());
        }
        // A pair is one character: an emoji or a rare CJK ideograph is a name like any other.
        assertEquals("Acme \ud83d\ude80 \ud840\udc0b", minimal().name("Acme \ud83d\ude80 \ud840\udc0b").build().name());
    }

    @Test
    void build_acceptsANameOfTwoHundredCharacters_andQuotesOnlyTheStartOfALongerOne() {
        String longest = "\ud83d\ude80".repeat(OrgProfile.MAX_NAME_LENGTH);
        assertEquals(longest, minimal().name(longest).build().name());

        ProfileValidationException oneMore = assertThrows(ProfileValidationException.class,
                () -> minimal().name(longest + "A").build());
        assertEquals(List.of(new ProfileValidationException.Problem("name", "\ud83d\ude80".repeat(40)
                + "... (201 characters)", "a company name of at most 200 characters")), oneMore.problems());

        String huge = "Acme\n" + "x".repeat(5_000_000);
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> minimal().name(huge).build());

        assertEquals(List.of(new ProfileValidationException.Problem("name", "Acme?" + "x".repeat(35)
                + "... (5000005 characters)", "a company name of at most 200 characters")), e.problems());
        assertTrue(e.getMessage().length() < 300, e.getMessage());
    }

    @Test
    void build_acceptsDirectionMarksAndJoiners_whichRightToLeftNamesAndSomeScriptsNeed() {
        // A left-to-right mark after a Hebrew name, an Arabic letter mark, and a Persian zero-width non-joiner.
        for (String name : List.of("\u05d0\u05d1\u05d2 Ltd\u200e", "\u0634\u0631\u0643\u0629\u061c 7",
                "\u0645\u06cc\u200c\u0631\u0648\u062f", "Acme \u200f\u200d")) {
            assertEquals(name, minimal().name(name).build().name());
        }
    }

    @Test
    void build_refusesOnlyTheNineOverrides_theCharactersBesideThemAreText() {
        // U+202F (narrow no-break space, French and Mongolian text) follows the embeddings and
        // overrides; U+2065 (unassigned) and U+206A (a deprecated format character that reorders
        // nothing) stand either side of the isolates.
        for (int c : new int[] {0x202F, 0x2065, 0x206A}) {
            String name = "Acme" + Character.toString(c) + "SA";
            assertEquals(name, minimal().name(name).build().name(), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void build_namesEachRequiredChoiceThatIsNull_withTheValuesItCouldHave() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class, () -> minimal()
                .modelMaintainer(null).dataAccess(null).computeAccess(null).leadershipUnderstanding(null)
                .horizon(null).build());

        assertEquals(List.of("modelMaintainer", "dataAccess", "computeAccess", "leadershipUnderstanding", "horizon"),
                e.problems().stream().map(ProfileValidationException.Problem::field).toList());
        assertEquals("one of " + List.of(dev.mlteams.advisor.vocabulary.BusinessHorizon.values()),
                e.problems().get(4).allowed());
    }

    @Test
    void build_acceptsAOnePersonCompany_andStillCountsItsMlStaffAgainstThatOne() {
        assertEquals(1, minimal().headcount(1).mlStaff(Role.ML_ENGINEER, 1).build().headcount());

        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> minimal().headcount(1).mlStaff(Role.ML_ENGINEER, 2).build());

        assertEquals(List.of(new ProfileValidationException.Problem("mlStaff", "2 in total",
                "no more ML staff than the headcount (1)")), e.problems());
    }

    @Test
    void build_aSingleProblemIsCountedInTheSingular() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> minimal().headcount(0).build());

        assertTrue(e.getMessage().startsWith("invalid OrgProfile (1 problem):\n  - headcount"), e.getMessage());
    }

    @Test
    void staff_namesANullRole() {
        NullPointerException e = assertThrows(NullPointerException.class, () -> minimal().build().staff(null));

        assertEquals("role", e.getMessage());
    }

    @Test
    void mlStaff_listsEveryRoleAndCannotBeModified() {
        OrgProfile profile = minimal().mlStaff(Role.ML_RESEARCHER, 2).build();

        assertEquals(Role.values().length, profile.mlStaff().size());
        assertEquals(2, profile.staff(Role.ML_RESEARCHER));
        assertEquals(0, profile.staff(Role.DATA_SCIENTIST));
        assertEquals(2, profile.mlStaffTotal());
        assertThrows(UnsupportedOperationException.class, () -> profile.mlStaff().put(Role.ML_ENGINEER, 1));
    }

    @Test
    void toBuilder_roundTrips() {
        OrgProfile profile = minimal().mlStaff(Role.ML_ENGINEER, 3).plannedHires(4)
                .declaredArchetype(dev.mlteams.advisor.vocabulary.Archetype.NASCENT).build();

        assertEquals(profile, profile.toBuilder().build());
    }

    @Test
    void candidateProfile_acceptsEveryLimitItself() {
        CandidateProfile profile = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).softwareEngineeringYears(60)
                .finishedMlProjects(1000).publications(1000).build();

        assertEquals(new CandidateProfile(Role.ML_ENGINEER, 60, false, 1000, 1000), profile);
    }

    @Test
    void candidateProfile_reportsEveryProblemAtOnce() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> CandidateProfile.builder().softwareEngineeringYears(-1).publications(5000).build());

        assertEquals(List.of("targetRole", "softwareEngineeringYears", "publications"),
                e.problems().stream().map(ProfileValidationException.Problem::field).toList());
    }

    @Test
    void candidateProfile_checksFinishedProjectsLikeTheOtherCounts() {
        ProfileValidationException e = assertThrows(ProfileValidationException.class,
                () -> CandidateProfile.builder().targetRole(Role.ML_ENGINEER).finishedMlProjects(1001).build());

        assertEquals(List.of(new ProfileValidationException.Problem("finishedMlProjects", "1001", "0 to 1000")),
                e.problems());
    }
}
