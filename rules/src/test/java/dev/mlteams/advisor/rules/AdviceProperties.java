package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What must hold for every valid profile, run against the real default rules. */
class AdviceProperties {

    private static final KnowledgeCatalogue CATALOGUE = Advisor.defaults().catalogue();

    /** The default rules built a second time, apart from the cached {@link Advisor#defaults()}. */
    private static final Advisor BUILT_AGAIN = Advisor.builder().build();

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    /** Highest points first; among equal points the archetype earlier in the catalogue, as the rules decide ties. */
    private static final Comparator<ArchetypeScore> RANKING = Comparator.comparingInt(ArchetypeScore::points)
            .reversed().thenComparing(ArchetypeScore::archetype);

    @Property(tries = 500)
    void the_primary_archetype_has_the_top_score_and_ties_go_to_the_earlier_one_or_is_nascent_with_nobody_in_ml(
            @ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        var assessment = advice.archetype();
        List<ArchetypeScore> ranked = assessment.scores().stream().sorted(RANKING).toList();

        // A1: a company where nobody works on ML is nascent, whatever else scores.
        Archetype expected = profile.mlStaffTotal() == 0 ? Archetype.NASCENT : ranked.get(0).archetype();
        assertEquals(expected, assessment.primary().archetype(), ranked::toString);
        assertFalse(assessment.evidenceFor(assessment.primary().archetype()).isEmpty());
        // Only where someone works on ML does the tie-break decide (otherwise A1 does), and the
        // advice then says so, naming the next of the tied archetypes.
        boolean tie = profile.mlStaffTotal() > 0 && ranked.get(0).points() == ranked.get(1).points();
        assertEquals(tie ? "archetype.primary.tie" : profile.mlStaffTotal() == 0 ? "archetype.primary.no-ml-staff"
                : "archetype.primary", assessment.primary().message().key(), ranked::toString);
        if (tie) {
            // The next tied archetype is named, and any more are counted.
            assertEquals(ranked.get(1).archetype().name(), assessment.primary().message().args().get(3));
            assertEquals(Long.toString(ranked.stream().filter(s -> s.points() == ranked.get(0).points()).count() - 2),
                    assessment.primary().message().args().get(4), ranked::toString);
        }
        Statistics.label("primary").collect(assessment.primary().archetype());
        Statistics.label("tie at the top").collect(tie);
        Statistics.label("primary").coverage(coverage -> {
            for (Archetype archetype : Archetype.values()) {
                // Each is about 6% or more of 500 profiles; 3% is more than 3 standard deviations below.
                coverage.check(archetype).percentage(p -> p >= 3);
            }
        });
        // Ties the tie-break decides are 6-9% of 500 (all ties, nobody in ML included, were 7-10%; one CI
        // run gave 4.8% and failed a 5% check): 2% is still well below, and proves the tie-break runs.
        Statistics.label("tie at the top").coverage(coverage -> coverage.check(true).percentage(p -> p >= 2));
    }

    @Property(tries = 500)
    void an_alternative_is_the_runner_up_with_at_least_half_the_primarys_score_where_someone_works_on_ml(
            @ForAll("profiles") OrgProfile profile) {
        var assessment = Advisor.recommend(profile).archetype();
        List<ArchetypeScore> ranked = assessment.scores().stream().sorted(RANKING).toList();
        ArchetypeScore primary = ranked.stream().filter(s -> s.archetype() == assessment.primary().archetype())
                .findFirst().orElseThrow();
        ArchetypeScore runnerUp = ranked.stream().filter(s -> s != primary).findFirst().orElseThrow();
        // Where nobody works on ML the primary is nascent by definition, and a structure without people is no mix.
        boolean close = profile.mlStaffTotal() > 0 && runnerUp.points() > 0 && primary.points() <= 2 * runnerUp.points();

        assertEquals(close, assessment.alternative().isPresent(), ranked::toString);
        assessment.alternative().ifPresent(alternative -> {
            assertEquals(runnerUp.archetype(), alternative.archetype(), ranked::toString);
            assertEquals(runnerUp.points() == primary.points() ? "archetype.alternative.tie" : "archetype.alternative",
                    alternative.message().key(), ranked::toString);
            assertTrue(alternative.confidencePercent() <= assessment.primary().confidencePercent());
        });
        Statistics.label("alternative").collect(close ? "close runner-up" : "clear primary");
        Statistics.label("alternative").coverage(coverage -> {
            coverage.check("close runner-up").percentage(p -> p >= 10);
            coverage.check("clear primary").percentage(p -> p >= 5);
        });
    }

    @Property(tries = 300)
    void items_lists_every_explained_item_the_advice_holds(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        Set<Explained> held = Collections.newSetFromMap(new IdentityHashMap<>());
        held.addAll(DeepChecks.everyExplainedItem(advice));
        Set<Explained> listed = Collections.newSetFromMap(new IdentityHashMap<>());
        listed.addAll(advice.items());

        assertEquals(List.of(), keysOfItemsIn(held, listed), "items the advice holds that items() leaves out");
        assertEquals(List.of(), keysOfItemsIn(listed, held), "items() lists items the advice does not hold");
    }

    private static List<String> keysOfItemsIn(Set<Explained> these, Set<Explained> butNotThose) {
        return these.stream().filter(item -> !butNotThose.contains(item)).map(item -> item.message().key()).sorted()
                .toList();
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

    @Property(tries = 200)
    void toString_isOneShortLineForALog(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);

        String line = advice.toString();
        assertEquals(1, line.lines().count(), line);
        assertTrue(line.length() < 300, line);
        assertTrue(line.startsWith("Advice[name=" + profile.name() + ", primary="
                + advice.archetype().primary().archetype() + " "), line);
        assertTrue(line.endsWith(", ruleSet=" + advice.ruleSet() + ", locale=en]"), line);
    }

    @Example
    void toString_cutsALongNameShort_andCandidateAdviceIsOneLineToo() {
        String name = "名".repeat(59) + "\uD83D\uDE00" + "x".repeat(OrgProfile.MAX_NAME_LENGTH - 60);
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().name(name).build(), Locale.SIMPLIFIED_CHINESE);

        assertTrue(advice.toString().startsWith("Advice[name=" + "名".repeat(59) + "\uD83D\uDE00..., primary="
                + "INDEPENDENT_DIVISION "), advice::toString);
        assertTrue(advice.toString().endsWith(", locale=zh-CN]"), advice::toString);
        CandidateAdvice candidate = Advisor.recommendForCandidate(CandidateProfile.builder()
                .targetRole(Role.ML_RESEARCHER).build());
        assertEquals("CandidateAdvice[targetRole=ML_RESEARCHER, tips=" + candidate.tips().size() + ", rulesFired="
                + candidate.trace().size() + ", ruleSet=" + candidate.ruleSet() + ", locale=en]", candidate.toString());
    }

    @Example
    void toString_keepsANameOfSixtyCharactersWhole_andNamesEachCountAndTheLanguageTag() {
        // 60 code points, 61 chars: the emoji is a surrogate pair.
        String name = "名".repeat(59) + "\uD83D\uDE00";
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().name(name).build());

        assertTrue(advice.toString().startsWith("Advice[name=" + name + ", primary="), advice::toString);
        // The counts are the openings and the rules that fired, each its own.
        assertTrue(advice.toString().contains("%, openings=" + advice.hiringPlan().positions().size() + ", rulesFired="
                + advice.trace().size() + ", "), advice::toString);
        // A candidate's advice names its language as a tag too, as the advice does.
        CandidateAdvice chinese = Advisor.defaults().advise(CandidateProfile.builder()
                .targetRole(Role.ML_ENGINEER).build(), Locale.SIMPLIFIED_CHINESE);
        assertTrue(chinese.toString().endsWith(", locale=zh-CN]"), chinese::toString);
    }

    /**
     * A skill rule fires once for each opening of its role it matches; the skill is listed once
     * per opening, and its footnote must not cite only another opening.
     */
    @Property(tries = 500)
    void every_skill_listed_for_an_opening_cites_that_opening(@ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        boolean twoOpeningsForARole = false;
        for (Position opening : advice.hiringPlan().positions()) {
            twoOpeningsForARole |= advice.hiringPlan().positions().stream()
                    .filter(other -> other.role() == opening.role()).count() > 1;
            for (SkillRequirement skill : Stream.concat(opening.mustHave().stream(), opening.niceToHave().stream())
                    .toList()) {
                assertTrue(skill.explanation().evidence().contains(opening.asEvidence()), () -> skill.message().key()
                        + " on " + opening.asEvidence() + " cites " + skill.explanation().evidence());
            }
        }
        Statistics.label("two openings for one role").collect(twoOpeningsForARole);
        Statistics.label("two openings for one role").coverage(coverage -> coverage.check(true).percentage(p -> p >= 20));
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

    @Property(tries = 300)
    void openings_are_numbered_from_1_without_a_gap(@ForAll("profiles") OrgProfile profile) {
        List<Position> positions = Advisor.recommend(profile).hiringPlan().positions();
        assertEquals(IntStream.rangeClosed(1, positions.size()).boxed().toList(),
                positions.stream().map(Position::priority).toList(), positions.toString());
    }
}
