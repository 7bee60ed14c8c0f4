package dev.mlteams.advisor.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
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
        List<String> lines = bytes.toString(StandardCharsets.UTF_8).lines().toList();

        List<OrgProfile> companies = FiveCompanies.companies();
        List<String> unexplained = new ArrayList<>();
        boolean anyDerived = false;
        for (int c = 0; c < companies.size(); c++) {
            OrgProfile company = companies.get(c);
            // The company's part of the transcript: from its heading to the next company's heading.
            int start = headingOf(lines, company);
            int end = c + 1 < companies.size() ? headingOf(lines, companies.get(c + 1)) : lines.size();
            assertTrue(start >= 0 && start < end, company.name() + " has no part of its own in the transcript");
            List<String> part = lines.subList(start, end);

            // Checked against the advice itself, not against what the transcript happens to print.
            Advice advice = Advisor.recommend(company);
            assertTrue(part.contains(advice.trace().size() + " rules fired."), company.name());
            for (Explained item : advice.items()) {
                Explanation why = item.explanation();
                assertEquals(why.rule(), advice.trace().get(why.firing() - 1).rule(),
                        company.name() + ": the item's rule is in the trace at its firing");
                if (!printedWithItsExplanation(part, item)) {
                    unexplained.add(company.name() + ": " + item.getClass().getSimpleName() + " \""
                            + item.message().text() + "\" (rule \"" + why.rule() + "\")");
                }
                anyDerived |= why.derived();
            }
        }
        assertEquals(List.of(), unexplained, "items the transcript does not print with their rule and knowledge");
        assertTrue(anyDerived, "some sample item rests on derived knowledge");
        assertTrue(lines.stream().anyMatch(l -> l.contains("(derived, not stated in the article)")),
                "derived knowledge is marked in the transcript");
    }

    private static int headingOf(List<String> lines, OrgProfile company) {
        String heading = company.name() + " (" + company.industry() + ", " + company.headcount() + " people)";
        return lines.indexOf(heading);
    }

    /** A line "  [  ]label: text" followed by "      why: rule "name"; knowledge IDs[ (derived...)]; evidence ...". */
    private static boolean printedWithItsExplanation(List<String> part, Explained item) {
        Explanation why = item.explanation();
        String explanation = "      why: rule \"" + why.rule() + "\"; knowledge " + String.join(", ", why.sourceIds())
                + (why.derived() ? " (derived, not stated in the article)" : "") + "; evidence ";
        for (int i = 0; i + 1 < part.size(); i++) {
            String line = part.get(i);
            if (line.startsWith("  ") && line.endsWith(": " + item.message().text())
                    && part.get(i + 1).startsWith(explanation)) {
                return true;
            }
        }
        return false;
    }
}
