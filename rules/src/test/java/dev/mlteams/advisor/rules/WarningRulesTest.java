package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Warning;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Legal but contradictory input becomes a warning that names the fields involved. */
class WarningRulesTest {

    @Test
    void a_declared_archetype_the_evidence_contradicts() {
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder()
                .declaredArchetype(Archetype.ML_FIRST).build());

        Warning warning = only(advice, "warning.declared-archetype");
        assertEquals(List.of("ML_FIRST", "NASCENT", "0"), warning.message().args());
        assertTrue(warning.message().text().contains("ML-first"), warning.message().text());
        assertTrue(warning.explanation().evidence().contains(Evidence.profileField("declaredArchetype", "ML_FIRST")));
    }

    @Test
    void a_declared_archetype_the_evidence_supports_gives_no_warning() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder()
                .declaredArchetype(Archetype.INDEPENDENT_DIVISION).build());

        assertTrue(advice.warnings().stream().noneMatch(w -> w.message().key().equals("warning.declared-archetype")));
    }

    @Test
    void the_ml_team_maintains_models_but_has_no_staff() {
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder()
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).build());

        Warning warning = only(advice, "warning.maintainer-without-staff");
        assertTrue(warning.explanation().evidence().containsAll(List.of(
                Evidence.profileField("mlStaffTotal", "0"), Evidence.profileField("modelMaintainer", "ML_TEAM"))));
    }

    @Test
    void an_ml_group_with_nobody_in_it() {
        Advice advice = Advisor.recommend(Companies.freightCompany().toBuilder()
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO).build());

        only(advice, "warning.home-without-staff");
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
