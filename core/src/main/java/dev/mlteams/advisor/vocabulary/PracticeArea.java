package dev.mlteams.advisor.vocabulary;

/** The area of management a practice belongs to. */
public enum PracticeArea {
    PLANNING,
    MEASUREMENT,
    DELIVERY,
    COLLABORATION,
    LEADERSHIP,
    PEOPLE
}
