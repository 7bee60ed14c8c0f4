package dev.mlteams.advisor.vocabulary;

/** Where to look for candidates. */
public enum SourcingChannel {
    /** Professional networks and recruiters. */
    NETWORKS_AND_RECRUITERS,
    /** University career fairs and campus hiring. */
    CAMPUS,
    /** Research conferences. */
    RESEARCH_CONFERENCES,
    /** Applied ML and engineering conferences. */
    APPLIED_CONFERENCES,
    /** First authors of strong recent preprints. */
    PREPRINT_AUTHORS,
    /** Software engineers already in the company who want to learn ML. */
    INTERNAL_SOFTWARE_ENGINEERS,
    /** Adjacent fields such as mathematics, physics and statistics. */
    ADJACENT_FIELDS,
    /** Graduates of industrial fellowships, strong masters and self-taught people. */
    NON_PHD_TALENT
}
