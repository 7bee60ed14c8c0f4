package dev.mlteams.advisor.vocabulary;

/** How experienced a hire should be. */
public enum Seniority {
    /** Early in their career, for example a recent graduate. */
    JUNIOR,
    /** Some years of experience; works without close supervision. */
    MID,
    /** Long experience; can take on the hardest problems and guide others. */
    SENIOR,
    /** Leads a team or a field of work, as well as doing it. */
    LEAD
}
