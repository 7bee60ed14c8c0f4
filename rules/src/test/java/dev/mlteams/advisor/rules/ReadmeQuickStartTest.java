package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's quick start and its rule file, kept compiling and true. */
class ReadmeQuickStartTest {

    @Test
    void quickStart() {
        OrgProfile profile = OrgProfile.builder()
                .name("Ledgerly").industry(Industry.FINANCIAL_SERVICES).headcount(400)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 4).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .plannedHires(3)
                .build();

        Advice advice = Advisor.recommend(profile);

        assertEquals(Archetype.PRODUCT_EMBEDDED, advice.archetype().primary().archetype());
        assertEquals(ModelOwnership.ENGINEERS_OWN_DEPLOYED, advice.teamDesign().modelOwnership().stance());
        Position first = advice.hiringPlan().positions().get(0);
        assertTrue(first.message().text().startsWith("First, an ML engineer who can own models"));
        assertEquals("embedded hiring: a company without data engineers hires one second", first.explanation().rule());
        assertEquals(List.of("D3", "R4", "R3", "H1.2"), first.explanation().sourceIds());
        assertEquals("[dataEngineeringFunction=false, plannedHires=3, dataEngineersOnStaff=0, primaryArchetype=PRODUCT_EMBEDDED]",
                first.explanation().evidence().toString());
        assertEquals(List.of("ML_ENGINEER", "DATA_ENGINEER", "ML_ENGINEER"),
                advice.hiringPlan().positions().stream().map(p -> p.role().name()).toList());
        assertTrue(Advisor.defaults().catalogue().get("A3").title().startsWith("Product-embedded ML"));
    }

    @Test
    void theRuleFileInCustomisingTheRulesCompilesAsItStands() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Customising the rules"));
        int start = section.indexOf("```\npackage ") + 4;
        String drl = section.substring(start, section.indexOf("```", start));

        // With the texts it names, the example's, as the README's builder adds them.
        Advisor advisor = Advisor.builder().addRules("readme.drl", drl)
                .addKnowledge(new KnowledgeItem("ACME-1", ArticleStep.HIRING, false, "Model risk"))
                .addMessages(Path.of("../examples/custom-rules/src/main/resources/com/acme/advisor"), "messages")
                .build();

        assertTrue(advisor.rules().stream().anyMatch(r -> r.name().equals("acme: regulated industries hire an ML risk reviewer")),
                advisor.rules().toString());
    }

    @Test
    void anAdvisorYouBuiltAdvisesWithItsOwnRules_andItsKnowledgeFileReadsAsTheReadmeShows(@TempDir Path dir)
            throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        String section = readme.substring(readme.indexOf("## Customising the rules"));
        int start = section.indexOf("```\npackage ") + 4;
        String drl = section.substring(start, section.indexOf("```", start));
        // The catalogue line the README gives as an example, with its <TAB>s as tabs.
        int line = readme.indexOf("`ACME-1<TAB>");
        String knowledge = readme.substring(line + 1, readme.indexOf("`", line + 1)).replace("<TAB>", "\t");
        Files.writeString(dir.resolve("knowledge.tsv"), knowledge.replaceAll("\\s*\n\\s*", " ") + "\n");
        Files.writeString(dir.resolve("messages.properties"),
                "acme.risk-reviewer = Name someone accountable for model risk ({0}).\n"
                        + "acme.plan-in-bets = Plan in bets ({0}).\n");
        Advisor advisor = Advisor.builder().addRules("readme.drl", drl).addKnowledge(dir.resolve("knowledge.tsv"))
                .addMessages(dir, "messages").build();
        OrgProfile hospital = OrgProfile.builder().name("Acme Health").industry(Industry.HEALTHCARE).headcount(5000)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 8).plannedHires(4).build();

        // advise() runs the advisor's rules; the static recommend() the defaults, whatever it is called on.
        assertTrue(keys(advisor.advise(hospital)).contains("acme.risk-reviewer"));
        assertFalse(keys(Advisor.recommend(hospital)).contains("acme.risk-reviewer"));
        assertEquals("Regulated firms need someone accountable for model risk", advisor.catalogue().get("ACME-1").title());
    }

    private static List<String> keys(Advice advice) {
        return advice.items().stream().map(item -> item.message().key()).toList();
    }

    /** The README's firing counts for a candidate, which its firing-limit advice relies on. */
    @Test
    void aCandidateTakesTheFiringsTheReadmeSays() throws IOException {
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8).replaceAll("\\s+", " ");
        java.util.regex.Matcher said = java.util.regex.Pattern.compile("(\\d+) to (\\d+) for a candidate").matcher(readme);
        assertTrue(said.find(), "the README gives the firings for a candidate");
        java.util.IntSummaryStatistics firings = new java.util.IntSummaryStatistics();
        for (Role role : Role.values()) {
            for (int years : new int[] {0, 1, 3}) {
                for (boolean courses : new boolean[] {false, true}) {
                    for (int projects : new int[] {0, 1}) {
                        for (int papers : new int[] {0, 1}) {
                            firings.accept(Advisor.recommendForCandidate(dev.mlteams.advisor.CandidateProfile.builder()
                                    .targetRole(role).softwareEngineeringYears(years).takenMlCourses(courses)
                                    .finishedMlProjects(projects).publications(papers).build()).trace().size());
                        }
                    }
                }
            }
        }
        assertEquals(firings.getMin() + " to " + firings.getMax(), said.group(1) + " to " + said.group(2));
    }
}
