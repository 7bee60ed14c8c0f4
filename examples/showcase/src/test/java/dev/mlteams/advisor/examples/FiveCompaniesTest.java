package dev.mlteams.advisor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiveCompaniesTest {

    @Test
    void theFiveSampleCompaniesCoverTheFiveArchetypes() {
        List<Archetype> archetypes = FiveCompanies.companies().stream()
                .map(c -> Advisor.recommend(c).archetype().primary().archetype()).toList();

        assertEquals(Arrays.asList(Archetype.values()), archetypes);
    }

    @Test
    void theTranscriptExplainsEveryItem() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FiveCompanies.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String transcript = bytes.toString(StandardCharsets.UTF_8);

        for (OrgProfile company : FiveCompanies.companies()) {
            assertTrue(transcript.contains(company.name()), company.name());
        }
        long items = transcript.lines().filter(l -> l.startsWith("  ") && !l.startsWith("   ")
                && !l.startsWith("  Interview loop")).count();
        long explanations = transcript.lines().filter(l -> l.startsWith("      why: rule \"")).count();
        assertEquals(items, explanations, "every printed item is followed by its explanation");
        assertTrue(transcript.contains("(derived, not stated in the article)"), "the nascent design is marked derived");
    }
}
