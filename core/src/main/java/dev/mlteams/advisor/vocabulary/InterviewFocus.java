package dev.mlteams.advisor.vocabulary;

/** What an interview check is for. */
public enum InterviewFocus {
    /** Confirm the strength you hire the person for. */
    VALIDATE_STRENGTH,
    /** Make sure a weaker area still meets a minimum bar. */
    MINIMUM_BAR
}
