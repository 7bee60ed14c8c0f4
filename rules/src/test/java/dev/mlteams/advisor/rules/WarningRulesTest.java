package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Warning;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Legal but contradictory input becomes a warning that names the fields involved. */
class WarningRulesTest {

    @Test
    void a_declared_archetype_the_evidence_contradicts() {
        // Two ML engineers with no home: nascent, and nothing for ML-first.
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .declaredArchetype(Archetype.ML_FIRST).build());

        Warning warning = only(advice, "warning.declared-archetype");
        assertEquals(List.of("ML_FIRST", "NASCENT", "0"), warning.message().args());
        assertTrue(warning.message().text().contains("ML-first"), warning.message().text());
        assertTrue(warning.message().text().endsWith("ML-first scored no points."), warning.message().text());
        assertTrue(warning.explanation().evidence().contains(Evidence.profileField("declaredArchetype", "ML_FIRST")));
        String chinese = only(Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2)
                .declaredArchetype(Archetype.ML_FIRST).build(), java.util.Locale.SIMPLIFIED_CHINESE),
                "warning.declared-archetype").message().text();
        assertTrue(chinese.endsWith("一分也没有得到。"), chinese);
    }

    @Test
    void one_person_without_a_home_is_not_these_people() {
        Advice one = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 1).build());
        Advice two = Advisor.recommend(Companies.freightCompany().toBuilder().mlStaff(Role.ML_ENGINEER, 2).build());

        assertTrue(warningText(one, "warning.staff-without-home").endsWith("say where this person sits."),
                warningText(one, "warning.staff-without-home"));
        assertTrue(warningText(two, "warning.staff-without-home").endsWith("say where these people sit."),
                warningText(two, "warning.staff-without-home"));
    }

    private static String warningText(Advice advice, String key) {
        return advice.warnings().stream().filter(w -> w.message().key().equals(key)).findFirst().orElseThrow()
                .message().text();
    }

    @Test
    void a_declared_archetype_the_evidence_supports_gives_no_warning() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder()
                .declaredArchetype(Archetype.INDEPENDENT_DIVISION).build());

        assertTrue(advice.warnings().stream().noneMatch(w -> w.message().key().equals("warning.declared-archetype")));
    }

    @Test
    void a_declared_archetype_tied_with_the_primary_gives_no_warning() {
        // Embedded and ML-first score the same; the tie goes to the more modest embedded.
        OrgProfile tied = OrgProfile.builder().name("Tied").industry(Industry.SOFTWARE_AND_INTERNET).headcount(500)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 6)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                .dataEngineeringFunction(true).computeAccess(ComputeAccess.DEDICATED)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).ceoInvestsInMl(true)
                .horizon(BusinessHorizon.QUICK_WINS).declaredArchetype(Archetype.ML_FIRST).build();

        Advice advice = Advisor.recommend(tied);

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(points(advice, Archetype.PRODUCT_EMBEDDED), points(advice, Archetype.ML_FIRST));
        assertTrue(advice.warnings().stream().noneMatch(w -> w.message().key().equals("warning.declared-archetype")),
                advice.warnings().toString());
    }

    @Test
    void a_declared_archetype_the_evidence_supports_where_people_work_on_ml_gives_no_warning_at_all() {
        // The bank has 50 ML people: neither declared-archetype warning, nor any other.
        assertEquals(List.of(), Advisor.recommend(Companies.bank().toBuilder()
                .declaredArchetype(Archetype.INDEPENDENT_DIVISION).build()).warnings());
    }

    @Test
    void a_company_with_nobody_in_ml_that_declares_itself_nascent_is_not_warned_about_its_declaration() {
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder().declaredArchetype(Archetype.NASCENT).build());

        assertEquals(Archetype.NASCENT, advice.archetype().primary().archetype());
        assertEquals(List.of(), advice.warnings());
    }

    @Test
    void an_archetype_declared_where_nobody_works_on_ml_is_named_in_its_warning() {
        OrgProfile emptyDivision = Companies.freightCompany().toBuilder().mlHome(MlHome.ML_DIVISION)
                .mlReportsTo(ReportingLine.CTO).declaredArchetype(Archetype.INDEPENDENT_DIVISION).build();
        String key = "warning.declared-archetype-without-staff";
        Warning warning = only(Advisor.recommend(emptyDivision), key);

        assertEquals(List.of("INDEPENDENT_DIVISION"), warning.message().args());
        assertTrue(warning.message().text().startsWith("declaredArchetype is independent ML division, but mlStaff totals 0"),
                warning.message().text());
        String chinese = only(Advisor.recommend(emptyDivision, Locale.SIMPLIFIED_CHINESE), key).message().text();
        assertTrue(chinese.startsWith("declaredArchetype 为“独立机器学习部门”，但 mlStaff 合计为 0"), chinese);
    }

    @Test
    void the_data_platform_warning_reads_as_a_sentence() {
        OrgProfile platformOnly = Companies.freightCompany().toBuilder().dataAccess(DataAccess.OWNS_DATA_PLATFORM).build();

        String text = only(Advisor.recommend(platformOnly), "warning.platform-without-staff").message().text();

        // The value is a verb phrase ("owns the data platform"): "dataAccess is owns ..." was not English.
        assertEquals("dataAccess says ML owns the data platform, but mlStaff totals 0: nobody in ML could run that platform.",
                text);
    }

    private static int points(Advice advice, Archetype archetype) {
        return advice.archetype().scores().stream().filter(s -> s.archetype() == archetype).findFirst().orElseThrow()
                .points();
    }

    /** Each warning of the README's table: the situation, and the evidence it must carry. */
    static Stream<Arguments> warnings() {
        OrgProfile freight = Companies.freightCompany();
        return Stream.of(
                Arguments.of("warning.maintainer-without-staff",
                        freight.toBuilder().modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).build(),
                        Set.of("modelMaintainer", "mlStaffTotal")),
                Arguments.of("warning.platform-without-staff",
                        freight.toBuilder().dataAccess(DataAccess.OWNS_DATA_PLATFORM).build(),
                        Set.of("dataAccess", "mlStaffTotal")),
                Arguments.of("warning.maintainer-without-production",
                        freight.toBuilder().modelMaintainer(ModelMaintainer.SOFTWARE_TEAM).build(),
                        Set.of("modelMaintainer", "modelsInProduction")),
                Arguments.of("warning.staff-without-home",
                        freight.toBuilder().mlStaff(Role.ML_ENGINEER, 2).build(),
                        Set.of("mlHome", "mlStaffTotal")),
                Arguments.of("warning.home-without-staff",
                        freight.toBuilder().mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).build(),
                        Set.of("mlHome", "mlStaffTotal")),
                Arguments.of("warning.publishes-without-researchers",
                        freight.toBuilder().publishesResearch(true).build(),
                        Set.of("publishesResearch", "mlStaff")),
                Arguments.of("warning.declared-archetype",
                        freight.toBuilder().mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                                .mlStaff(Role.ML_ENGINEER, 2).declaredArchetype(Archetype.ML_FIRST).build(),
                        Set.of("declaredArchetype")),
                Arguments.of("warning.declared-archetype-without-staff",
                        freight.toBuilder().mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO)
                                .ceoInvestsInMl(true).declaredArchetype(Archetype.INDEPENDENT_DIVISION).build(),
                        Set.of("declaredArchetype", "mlStaffTotal")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void each_warning_carries_the_fields_it_names_as_evidence(String key, OrgProfile profile, Set<String> fields) {
        Warning warning = only(Advisor.recommend(profile), key);

        Set<String> profileFields = warning.explanation().evidence().stream()
                .filter(e -> e.kind() == Evidence.Kind.PROFILE_FIELD).map(Evidence::name).collect(Collectors.toSet());
        assertEquals(fields, profileFields, () -> key + ": " + warning.explanation().evidence());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("warnings")
    void each_warning_shows_profile_values_in_the_words_of_its_language(String key, OrgProfile profile,
            Set<String> fields) {
        // The field names stay as the profile spells them; the values do not.
        List<String> constants = Stream.of(MlHome.values(), ModelMaintainer.values(), Archetype.values())
                .flatMap(Stream::of).map(Enum::name).toList();
        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            String text = only(Advisor.recommend(profile, locale), key).message().text();

            assertEquals(List.of(), constants.stream().filter(c -> text.matches("(?s).*\\b" + c + "\\b.*")).toList(),
                    text);
            assertFalse(text.matches("(?s).*为 \\p{IsHan}.*"), "a space between two Chinese words: " + text);
        }
    }

    @Test
    void consistent_input_gives_no_warnings() {
        assertEquals(List.of(), Advisor.recommend(Companies.saasCompany()).warnings());
    }

    private static Warning only(Advice advice, String key) {
        List<Warning> matching = advice.warnings().stream().filter(w -> w.message().key().equals(key)).toList();
        assertEquals(1, matching.size(), () -> "warnings: " + advice.warnings());
        return matching.get(0);
    }
}
