package dev.mlteams.advisor.vocabulary;

/** How central a role is to the recommended team. */
public enum Emphasis {
    /** The team cannot do its job without this role. */
    CORE,
    /** Needed, in smaller numbers or shared with other teams. */
    SUPPORTING,
    /** Worth adding once the core is in place. */
    LATER
}
