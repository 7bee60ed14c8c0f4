package dev.mlteams.advisor.vocabulary;

/** Design dimension: software engineering versus research emphasis (D-SE). */
public enum EngineeringResearchBalance {
    /** Generalists who build and ship whole solutions themselves. */
    GENERALIST_ENGINEERING,
    /** Research skills clearly ahead of engineering skills. */
    RESEARCH_FIRST,
    /** Engineering skills ahead of research; everyone ships their own models. */
    ENGINEERING_FIRST,
    /** Every group strong in both, working closely together. */
    BOTH_STRONG,
    /** Research orientation varies by team, with close research-engineering ties. */
    VARIES_BY_TEAM
}
