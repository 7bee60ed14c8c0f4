package dev.mlteams.advisor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Firings are numbered from 1, as the trace numbers them; a position validates its priority the same way. */
class FiringNumberTest {

    private static final RuleSetStamp STAMP = new RuleSetStamp("rules", "1", "sha256:aa");

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void anExplanationRefusesAFiringBelowOne(int firing) {
        KnowledgeItem a1 = new KnowledgeItem("A1", ArticleStep.ARCHETYPES_AND_DESIGN, false, "One");
        List<Evidence> evidence = List.of(Evidence.profileField("headcount", "600"));

        assertEquals("firing must be at least 1, was " + firing, assertThrows(IllegalArgumentException.class,
                () -> new Explanation("rule", firing, List.of(a1), evidence, STAMP)).getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, Integer.MIN_VALUE})
    void aFiredRuleRefusesAFiringBelowOne(int firing) {
        assertEquals("firing must be at least 1, was " + firing, assertThrows(IllegalArgumentException.class,
                () -> new FiredRule(firing, "rule", "advise", List.of("A1"), STAMP)).getMessage());
    }
}
