package dev.mlteams.advisor.vocabulary;

/** Kinds of interview assessment. */
public enum AssessmentType {
    BACKGROUND_AND_CULTURE,
    WHITEBOARD_CODING,
    PAIR_DEBUGGING,
    MATH_PUZZLES,
    TAKE_HOME_PROJECT,
    APPLIED_ML,
    PAST_PROJECTS,
    ML_THEORY
}
