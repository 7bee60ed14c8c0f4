package dev.mlteams.advisor.vocabulary;

/** How well the company's leaders understand what ML can and cannot do. */
public enum LeadershipUnderstanding {
    /** Leaders know little of what ML can and cannot do. */
    LOW,
    /** Leaders know the basics, but not how uncertain ML work and its timelines are. */
    MEDIUM,
    /** Leaders understand what ML can and cannot do, and how uncertain its timelines are. */
    HIGH
}
