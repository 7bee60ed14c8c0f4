package dev.mlteams.advisor.vocabulary;

/** How much training and serving compute the ML people can use. */
public enum ComputeAccess {
    /** Laptops or borrowed machines only. */
    SCARCE,
    /** A shared budget that is often contended. */
    SHARED,
    /** Dedicated compute for ML work. */
    DEDICATED
}
