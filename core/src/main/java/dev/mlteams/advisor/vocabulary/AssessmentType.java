package dev.mlteams.advisor.vocabulary;

/** Kinds of interview assessment (knowledge ID H5.3). */
public enum AssessmentType {
    /** Whether the candidate's experience suits the role, and how they would fit the team's culture. */
    BACKGROUND_AND_CULTURE,
    /** Solving a small programming problem in code, for example at a whiteboard. */
    WHITEBOARD_CODING,
    /** Programming or debugging together with an interviewer, often on ML code. */
    PAIR_DEBUGGING,
    /** Short maths puzzles that test quantitative reasoning. */
    MATH_PUZZLES,
    /** A small project the candidate completes in their own time. */
    TAKE_HOME_PROJECT,
    /** Explaining how they would solve a given problem with ML. */
    APPLIED_ML,
    /** Walking through their previous projects: the approach, the trial and error, and the results. */
    PAST_PROJECTS,
    /** Questions on ML theory: bias and variance, over- and under-fitting, specific algorithms. */
    ML_THEORY
}
