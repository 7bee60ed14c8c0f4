package dev.mlteams.advisor.vocabulary;

/** What the business wants from ML first. */
public enum BusinessHorizon {
    /** Visible results within months. */
    QUICK_WINS,
    /** Some of each. */
    BALANCED,
    /** Large, uncertain, long-term bets. */
    LONG_TERM_BETS
}
