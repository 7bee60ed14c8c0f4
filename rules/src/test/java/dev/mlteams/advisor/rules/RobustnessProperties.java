package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.ProfileValidationException;
import dev.mlteams.advisor.advice.Explained;
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
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.statistics.Statistics;

/**
 * Any input, valid or not: either complete, explained, null-free, deeply immutable advice, or the
 * documented {@link ProfileValidationException}. No other exception may escape.
 */
class RobustnessProperties {

    @Provide
    Arbitrary<OrgProfile.Builder> anyInput() {
        // Mostly ordinary values, plus boundaries on both sides of every limit, so that about a third
        // of the profiles are valid (the property checks that both shares stay above a fifth).
        Arbitrary<Integer> headcount = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(1, 200_000).withDistribution(RandomDistribution.uniform())),
                Tuple.of(1, Arbitraries.of(-5, -1, 0, 1, 2, OrgProfile.MAX_HEADCOUNT, OrgProfile.MAX_HEADCOUNT + 1)));
        Arbitrary<Integer> staff = Arbitraries.frequencyOf(
                Tuple.of(30, Arbitraries.integers().between(0, 8)),
                Tuple.of(1, Arbitraries.of(-1, Integer.MIN_VALUE, 250_000)));
        Arbitrary<Integer> hires = Arbitraries.frequencyOf(
                Tuple.of(9, Arbitraries.integers().between(0, 60)),
                Tuple.of(1, Arbitraries.of(-3, -1, OrgProfile.MAX_PLANNED_HIRES, OrgProfile.MAX_PLANNED_HIRES + 1,
                        Integer.MAX_VALUE)));
        return Builders.<OrgProfile.Builder>withBuilder(OrgProfile::builder)
                .use(Arbitraries.frequencyOf(Tuple.of(10, Arbitraries.of("Acme", "Ünïcödé GmbH", "x")),
                        Tuple.of(1, Arbitraries.of("", " ", "\t")), Tuple.of(1, Arbitraries.just((String) null))))
                .in(OrgProfile.Builder::name)
                .use(Arbitraries.of(Industry.class).injectNull(0.01)).in(OrgProfile.Builder::industry)
                .use(headcount).in(OrgProfile.Builder::headcount)
                .use(Arbitraries.of(MlHome.class).injectNull(0.01)).in(OrgProfile.Builder::mlHome)
                .use(Arbitraries.of(ReportingLine.class).injectNull(0.01)).in(OrgProfile.Builder::mlReportsTo)
                .use(staff.list().ofSize(Role.values().length)).in((b, counts) -> {
                    for (Role role : Role.values()) {
                        b.mlStaff(role, counts.get(role.ordinal()));
                    }
                    return b;
                })
                .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::modelsInProduction)
                .use(Arbitraries.of(ModelMaintainer.class).injectNull(0.01)).in(OrgProfile.Builder::modelMaintainer)
                .use(Arbitraries.of(DataAccess.class).injectNull(0.01)).in(OrgProfile.Builder::dataAccess)
                .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::dataEngineeringFunction)
                .use(Arbitraries.of(ComputeAccess.class).injectNull(0.01)).in(OrgProfile.Builder::computeAccess)
                .use(Arbitraries.of(LeadershipUnderstanding.class).injectNull(0.01))
                .in(OrgProfile.Builder::leadershipUnderstanding)
                .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::ceoInvestsInMl)
                .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::publishesResearch)
                .use(Arbitraries.of(BusinessHorizon.class).injectNull(0.01)).in(OrgProfile.Builder::horizon)
                .use(hires).in(OrgProfile.Builder::plannedHires)
                .use(Arbitraries.of(Archetype.class).injectNull(0.5)).in(OrgProfile.Builder::declaredArchetype)
                .build(b -> b);
    }

    @Property(tries = 10_000, edgeCases = EdgeCasesMode.MIXIN)
    void everyInputGivesExplainedAdviceOrTheDocumentedException(@ForAll("anyInput") OrgProfile.Builder input) {
        // Checked after the last try: if the generator drifts so that nearly every input is valid
        // or nearly every one is rejected, one half of this property stops being exercised.
        Statistics.coverage(coverage -> {
            coverage.check("valid").percentage(p -> p > 20);
            coverage.checkQuery(v -> String.valueOf(v.get(0)).startsWith("invalid:")).percentage(p -> p > 20);
        });
        OrgProfile profile;
        try {
            profile = input.build();
            Statistics.collect("valid");
        } catch (ProfileValidationException e) {
            Statistics.collect("invalid: " + e.problems().stream().map(p -> p.field().replaceAll("\\[.*", "")).distinct().sorted().toList());
            assertFalse(e.problems().isEmpty());
            e.problems().forEach(p -> assertTrue(e.getMessage().contains(p.toString()), e.getMessage()));
            return;
        }
        Advice advice = Advisor.recommend(profile);

        DeepChecks.assertDeeplyImmutableWithoutNulls(advice);
        for (Explained item : advice.items()) {
            assertFalse(item.explanation().sources().isEmpty());
            assertFalse(item.explanation().evidence().isEmpty());
        }
    }

    @Provide
    Arbitrary<CandidateProfile.Builder> anyCandidate() {
        Arbitrary<Integer> count = Arbitraries.integers().between(-2, 1002).edgeCases(c -> c.includeOnly(-1, 0, 1000, 1001));
        return Builders.<CandidateProfile.Builder>withBuilder(CandidateProfile::builder)
                .use(Arbitraries.of(Role.class).injectNull(0.01)).in(CandidateProfile.Builder::targetRole)
                .use(Arbitraries.integers().between(-2, 62)).in(CandidateProfile.Builder::softwareEngineeringYears)
                .use(Arbitraries.of(true, false)).in(CandidateProfile.Builder::takenMlCourses)
                .use(count).in(CandidateProfile.Builder::finishedMlProjects)
                .use(count).in(CandidateProfile.Builder::publications)
                .build(b -> b);
    }

    @Property(tries = 2_000, edgeCases = EdgeCasesMode.MIXIN)
    void everyCandidateGivesExplainedAdviceOrTheDocumentedException(
            @ForAll("anyCandidate") CandidateProfile.Builder input) {
        CandidateProfile profile;
        try {
            profile = input.build();
        } catch (ProfileValidationException e) {
            assertFalse(e.problems().isEmpty());
            return;
        }
        CandidateAdvice advice = Advisor.recommendForCandidate(profile);

        DeepChecks.assertDeeplyImmutableWithoutNulls(advice);
        assertFalse(advice.tips().isEmpty());
    }
}
