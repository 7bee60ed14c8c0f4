package dev.mlteams.advisor.rules;

import dev.mlteams.advisor.OrgProfile;
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
import net.jqwik.api.Tuple;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of valid profiles, including boundary values. */
final class Profiles {

    private Profiles() {
    }

    /**
     * Where ML sits and whom it reports to: half the time any combination, half the time a pair
     * that goes together in real organisations. Without the pairs, the archetypes other than
     * nascent were each picked for only 6 to 13% of profiles.
     */
    private static Arbitrary<Tuple.Tuple2<MlHome, ReportingLine>> homeAndLine() {
        Arbitrary<Tuple.Tuple2<MlHome, ReportingLine>> any = Combinators.combine(
                Arbitraries.of(MlHome.class), Arbitraries.of(ReportingLine.class)).as(Tuple::of);
        Arbitrary<Tuple.Tuple2<MlHome, ReportingLine>> together = Arbitraries.of(
                Tuple.of(MlHome.NOWHERE, ReportingLine.NO_ONE),
                Tuple.of(MlHome.AD_HOC, ReportingLine.TEAM_ENGINEERING_LEAD),
                Tuple.of(MlHome.RESEARCH_LAB, ReportingLine.RESEARCH_HEAD),
                Tuple.of(MlHome.PRODUCT_TEAMS, ReportingLine.TEAM_ENGINEERING_LEAD),
                Tuple.of(MlHome.ML_DIVISION, ReportingLine.CTO),
                Tuple.of(MlHome.DIVISION_AND_BUSINESS_UNITS, ReportingLine.CEO));
        return Arbitraries.oneOf(any, together);
    }

    static Arbitrary<OrgProfile> valid() {
        // Log-uniform from 1 to the maximum, so firms of every size are common: with a plain biased
        // distribution four in ten were too small to have ML staff, and most classified as nascent.
        Arbitrary<Integer> anySize = Arbitraries.integers().between(0, 6).flatMap(magnitude -> Arbitraries.integers()
                .between((int) Math.pow(10, magnitude), Math.min(OrgProfile.MAX_HEADCOUNT, (int) Math.pow(10, magnitude + 1))));
        Arbitrary<Integer> headcount = Arbitraries.frequencyOf(
                Tuple.of(1, Arbitraries.of(1, 2, 10, 1000, OrgProfile.MAX_HEADCOUNT)), Tuple.of(9, anySize));
        return headcount.flatMap(total -> {
            int perRole = Math.min(40, total / Role.values().length);
            Arbitrary<Integer> staff = Arbitraries.integers().between(0, perRole);
            Arbitrary<int[]> staffing = Combinators.combine(staff, staff, staff, staff, staff, staff)
                    .as((a, b, c, d, e, f) -> new int[] {a, b, c, d, e, f});
            return Builders.<OrgProfile.Builder>withBuilder(() -> OrgProfile.builder().name("Generated Co").headcount(total))
                    .use(Arbitraries.of(Industry.class)).in(OrgProfile.Builder::industry)
                    .use(homeAndLine()).in((builder, home) -> builder.mlHome(home.get1()).mlReportsTo(home.get2()))
                    .use(staffing).in((builder, counts) -> {
                        for (Role role : Role.values()) {
                            builder.mlStaff(role, counts[role.ordinal()]);
                        }
                        return builder;
                    })
                    .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::modelsInProduction)
                    .use(Arbitraries.of(ModelMaintainer.class)).in(OrgProfile.Builder::modelMaintainer)
                    .use(Arbitraries.of(DataAccess.class)).in(OrgProfile.Builder::dataAccess)
                    .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::dataEngineeringFunction)
                    .use(Arbitraries.of(ComputeAccess.class)).in(OrgProfile.Builder::computeAccess)
                    .use(Arbitraries.of(LeadershipUnderstanding.class)).in(OrgProfile.Builder::leadershipUnderstanding)
                    .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::ceoInvestsInMl)
                    .use(Arbitraries.of(true, false)).in(OrgProfile.Builder::publishesResearch)
                    .use(Arbitraries.of(BusinessHorizon.class)).in(OrgProfile.Builder::horizon)
                    .use(Arbitraries.integers().between(0, OrgProfile.MAX_PLANNED_HIRES)
                            .edgeCases(c -> c.includeOnly(0, 1, 2, 3, OrgProfile.MAX_PLANNED_HIRES)))
                            .in(OrgProfile.Builder::plannedHires)
                    .use(Arbitraries.of(Archetype.class).optional()).in((builder, declared) -> {
                        declared.ifPresent(builder::declaredArchetype);
                        return builder;
                    })
                    .build(OrgProfile.Builder::build);
        });
    }
}
