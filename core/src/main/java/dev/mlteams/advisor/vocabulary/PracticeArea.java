package dev.mlteams.advisor.vocabulary;

/** The area of management a practice belongs to. */
public enum PracticeArea {
    /** Planning and estimating ML work, and deciding where the organisation is heading. */
    PLANNING,
    /** Measuring the progress of ML work. */
    MEASUREMENT,
    /** Getting ML work running end to end and into use. */
    DELIVERY,
    /**
     * How the ML team works with others; these practices go to
     * {@link dev.mlteams.advisor.advice.TeamDesign#collaboration()}, not to the practices.
     */
    COLLABORATION,
    /** Working with the company's leaders, for example on how uncertain ML work is. */
    LEADERSHIP,
    /** Hiring, growing and leading the people on the team. */
    PEOPLE
}
