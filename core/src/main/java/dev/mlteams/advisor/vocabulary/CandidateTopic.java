package dev.mlteams.advisor.vocabulary;

/** The parts of advice for a job candidate. */
public enum CandidateTopic {
    /** Where to look for ML jobs. */
    WHERE_TO_LOOK,
    /** How to stand out. */
    STAND_OUT,
    /** How to prepare for interviews. */
    PREPARE
}
