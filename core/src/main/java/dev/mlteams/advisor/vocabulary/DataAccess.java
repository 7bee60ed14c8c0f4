package dev.mlteams.advisor.vocabulary;

/** How easily the ML people can get the data they need. */
public enum DataAccess {
    /** Data is hard to get at all. */
    POOR,
    /** Data comes on request from other teams, with delays. */
    ON_REQUEST,
    /** ML people can reach most data themselves. */
    SELF_SERVE,
    /** The ML organisation runs the company's data infrastructure. */
    OWNS_DATA_PLATFORM
}
