package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.EnumMap;
import java.util.Map;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** What must hold for every valid profile, run against the real default rules. */
class AdviceProperties {

    private static final KnowledgeCatalogue CATALOGUE = Advisor.defaults().catalogue();

    /** The default rules built a second time, apart from the cached {@link Advisor#defaults()}. */
    private static final Advisor BUILT_AGAIN = Advisor.builder().build();

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 500)
    void exactly_one_primary_archetype_with_the_top_score(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        var assessment = advice.archetype();
        int top = assessment.scores().stream().mapToInt(ArchetypeScore::points).max().orElseThrow();
        int primaryPoints = assessment.scores().stream()
                .filter(s -> s.archetype() == assessment.primary().archetype())
                .mapToInt(ArchetypeScore::points).findFirst().orElseThrow();
        assertEquals(top, primaryPoints);
        assertFalse(assessment.evidenceFor(assessment.primary().archetype()).isEmpty());
        assessment.alternative().ifPresent(alt -> {
            assertNotEquals(assessment.primary().archetype(), alt.archetype());
            assertTrue(alt.confidencePercent() <= assessment.primary().confidencePercent());
        });
    }

    @Property(tries = 300)
    void the_same_profile_gives_equal_advice(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        assertEquals(advice, Advisor.recommend(profile), "two calls on one advisor");
        assertEquals(advice, BUILT_AGAIN.advise(profile), "the same rules built twice");
    }

    @Property(tries = 500)
    void every_item_is_explained_by_known_knowledge_and_evidence(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        for (Explained item : advice.items()) {
            Explanation explanation = item.explanation();
            assertFalse(explanation.rule().isBlank());
            assertFalse(explanation.sources().isEmpty(), explanation.rule());
            assertTrue(explanation.sourceIds().stream().allMatch(CATALOGUE::contains), explanation.rule());
            assertFalse(explanation.evidence().isEmpty(), explanation.rule());
            assertEquals(explanation.rule(), advice.trace().get(explanation.firing() - 1).rule(),
                    "the explanation points at its firing in the trace");
            assertFalse(item.message().text().isBlank(), item.message().key());
        }
    }

    @Property(tries = 300)
    void the_profile_is_not_mutated_and_keeps_no_link_to_caller_state(@ForAll("profiles") OrgProfile generated) {
        // Build through the canonical constructor from a map the caller keeps and may change.
        Map<Role, Integer> staff = new EnumMap<>(generated.mlStaff());
        OrgProfile profile = new OrgProfile(generated.name(), generated.industry(), generated.headcount(),
                generated.mlHome(), generated.mlReportsTo(), staff, generated.modelsInProduction(),
                generated.modelMaintainer(), generated.dataAccess(), generated.dataEngineeringFunction(),
                generated.computeAccess(), generated.leadershipUnderstanding(), generated.ceoInvestsInMl(),
                generated.publishesResearch(), generated.horizon(), generated.plannedHires(),
                generated.declaredArchetype());
        String before = profile.toString();

        Advice advice = Advisor.recommend(profile);
        staff.replaceAll((role, count) -> count + 1);

        assertEquals(before, profile.toString());
        assertEquals(generated, profile);
        assertSame(profile, advice.profile());
    }

    @Property(tries = 300)
    void planned_hires_are_split_exactly(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        assertEquals(profile.plannedHires(),
                advice.hiringPlan().positions().stream().mapToInt(Position::count).sum());
    }
}
