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
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;

/** Generators of valid profiles, including boundary values. */
final class Profiles {

    private Profiles() {
    }

    static Arbitrary<OrgProfile> valid() {
        Arbitrary<Integer> headcount = Arbitraries.integers().between(1, OrgProfile.MAX_HEADCOUNT)
                .withDistribution(net.jqwik.api.RandomDistribution.biased()).edgeCases(
                        c -> c.includeOnly(1, 2, 10, 1000, OrgProfile.MAX_HEADCOUNT));
        return headcount.flatMap(total -> {
            int perRole = Math.min(40, total / Role.values().length);
            Arbitrary<Integer> staff = Arbitraries.integers().between(0, perRole);
            Arbitrary<int[]> staffing = Combinators.combine(staff, staff, staff, staff, staff, staff)
                    .as((a, b, c, d, e, f) -> new int[] {a, b, c, d, e, f});
            return Builders.<OrgProfile.Builder>withBuilder(() -> OrgProfile.builder().name("Generated Co").headcount(total))
                    .use(Arbitraries.of(Industry.class)).in(OrgProfile.Builder::industry)
                    .use(Arbitraries.of(MlHome.class)).in(OrgProfile.Builder::mlHome)
                    .use(Arbitraries.of(ReportingLine.class)).in(OrgProfile.Builder::mlReportsTo)
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
