package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advisor;

/** The cold-start probe with a user rule file of ten rules added to the defaults (compiled at run time). */
public final class ColdStartWithUserRules {

    private ColdStartWithUserRules() {
    }

    public static void main(String[] args) {
        Advisor advisor = Advisor.builder().addRules(UserRules.NAME, UserRules.TEN_RULES).build();
        System.out.println(advisor.advise(Fixtures.PROFILES.get("embedded")).archetype().primary().archetype());
    }
}
