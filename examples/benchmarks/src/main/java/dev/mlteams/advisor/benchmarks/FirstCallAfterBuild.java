package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;

/**
 * Cold-start probe for a host that builds the default advisor ahead of time: builds it on a
 * background thread, waits for that, then prints the milliseconds of the first {@code recommend}
 * and of the second, on the same profile.
 */
public final class FirstCallAfterBuild {

    private FirstCallAfterBuild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Thread build = new Thread(Advisor::defaults, "build");
        build.start();
        build.join();
        OrgProfile profile = Fixtures.PROFILES.get("embedded");
        long start = System.nanoTime();
        Advisor.recommend(profile);
        long first = System.nanoTime();
        Advisor.recommend(profile);
        long second = System.nanoTime();
        System.out.printf("%.2f %.2f%n", (first - start) / 1e6, (second - first) / 1e6);
    }
}
