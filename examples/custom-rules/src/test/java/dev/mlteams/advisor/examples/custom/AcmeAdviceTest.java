package dev.mlteams.advisor.examples.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class AcmeAdviceTest {

    @Test
    void theTranscriptShowsTheAddedAndOverriddenPracticesButNotTheDisabledOne() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AcmeAdvice.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String transcript = bytes.toString(StandardCharsets.UTF_8);

        assertTrue(transcript.startsWith("Rule set: acme-advisor 2026.11 (sha256:"), transcript);
        assertTrue(transcript.contains("In healthcare, name an ML risk reviewer"), transcript);
        assertTrue(transcript.contains("Plan ML work as six-week bets"), transcript);
        assertFalse(transcript.contains("Track progress by the work put in"), transcript);
    }

    @Test
    void acmesTextsComeInChineseToo() {
        var texts = AcmeAdvice.advisor().advise(AcmeAdvice.healthInsurer(), Locale.SIMPLIFIED_CHINESE).practices()
                .stream().filter(p -> p.message().key().startsWith("acme.")).map(p -> p.message().text()).toList();

        assertEquals(2, texts.size(), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("在医疗健康领域，指定一名机器学习风险审核人")), texts::toString);
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("把机器学习工作规划成")), texts::toString);
    }

    @Test
    void onlyTheThreeChangesDifferFromTheDefaults() {
        var acme = AcmeAdvice.advisor().advise(AcmeAdvice.healthInsurer()).practices().stream()
                .map(p -> p.message().key()).sorted().toList();
        var defaults = Advisor.recommend(AcmeAdvice.healthInsurer()).practices().stream()
                .map(p -> p.message().key()).sorted().toList();

        var added = new java.util.TreeSet<>(acme);
        added.removeAll(defaults);
        var removed = new java.util.TreeSet<>(defaults);
        removed.removeAll(acme);
        assertEquals(java.util.Set.of("acme.plan-in-bets", "acme.risk-reviewer"), added);
        assertEquals(java.util.Set.of("practice.plan-probabilistically", "practice.measure-inputs"), removed);
    }
}
