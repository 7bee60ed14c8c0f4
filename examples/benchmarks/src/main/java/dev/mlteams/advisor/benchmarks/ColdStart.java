package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advisor;

/** Starts, gets one advice on the default rules, prints its archetype and exits: the cold-start probe. */
public final class ColdStart {

    private ColdStart() {
    }

    public static void main(String[] args) {
        System.out.println(Advisor.recommend(Fixtures.PROFILES.get("embedded")).archetype().primary().archetype());
    }
}
