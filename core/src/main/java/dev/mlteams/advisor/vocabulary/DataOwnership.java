package dev.mlteams.advisor.vocabulary;

/** Design dimension: how much the ML team controls data (D-DATA). */
public enum DataOwnership {
    /** No ownership: borrow data from those who hold it. */
    BORROWS_FROM_OWNERS,
    /** No control over data and usually no data engineers of its own. */
    NO_CONTROL,
    /** Builds pipelines together with data engineers who own the data. */
    SHARED_PIPELINES,
    /** A voice in data governance, with a strong data-engineering function. */
    GOVERNANCE_VOICE,
    /** Owns the company-wide data infrastructure. */
    OWNS_COMPANY_DATA
}
