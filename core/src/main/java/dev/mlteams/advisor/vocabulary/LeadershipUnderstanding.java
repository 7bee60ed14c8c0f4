package dev.mlteams.advisor.vocabulary;

/** How well the company's leaders understand what ML can and cannot do. */
public enum LeadershipUnderstanding {
    LOW,
    MEDIUM,
    HIGH
}
