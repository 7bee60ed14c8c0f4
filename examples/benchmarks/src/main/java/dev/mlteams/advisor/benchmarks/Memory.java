package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advisor;

/**
 * Heap retained by the built default rule base: used heap after full GCs, before and after
 * building it and giving one advice (which also loads Drools' classes' static data).
 */
public final class Memory {

    private Memory() {
    }

    private static long usedAfterGc() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(100);
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    public static void main(String[] args) throws InterruptedException {
        long before = usedAfterGc();
        Advisor advisor = Advisor.defaults();
        advisor.advise(Fixtures.PROFILES.get("embedded"));
        long after = usedAfterGc();
        System.out.printf("retained heap of the default rule base: %.1f MB%n", (after - before) / 1_048_576.0);
        System.out.println(advisor.ruleSet());
    }
}
