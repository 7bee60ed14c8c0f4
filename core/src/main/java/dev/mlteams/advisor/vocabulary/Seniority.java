package dev.mlteams.advisor.vocabulary;

/** How experienced a hire should be. */
public enum Seniority {
    JUNIOR,
    MID,
    SENIOR,
    LEAD
}
