package dev.mlteams.advisor.benchmarks;

/**
 * The cold-start floor of the library's path: Drools alone loads the executable model of the
 * default rules and runs them once ({@link NaiveDrools#droolsAlone()}), with none of the library's
 * checks, evidence, texts or assembly.
 */
public final class ColdStartDroolsOnly {

    private ColdStartDroolsOnly() {
    }

    public static void main(String[] args) {
        System.out.println(NaiveDrools.droolsAlone().run(Fixtures.PROFILES.get("embedded")).trace().size() + " rules fired");
    }
}
