package dev.mlteams.advisor.benchmarks;

/** The cold-start baseline: a JVM that only prints "hello". */
public final class Hello {

    private Hello() {
    }

    public static void main(String[] args) {
        System.out.println("hello");
    }
}
