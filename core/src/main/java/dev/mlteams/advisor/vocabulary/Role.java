package dev.mlteams.advisor.vocabulary;

/** The roles on an ML team (knowledge IDs R1 to R6). */
public enum Role {
    /** R1: plans and prioritises ML work with the business and users. */
    ML_PRODUCT_MANAGER,
    /** R2: deploys, runs and monitors ML systems in production. */
    ML_PLATFORM_ENGINEER,
    /** R3: builds and watches the data pipelines. */
    DATA_ENGINEER,
    /** R4: trains models and ships them into production systems. */
    ML_ENGINEER,
    /** R5: trains forward-looking models and reports on experiments. */
    ML_RESEARCHER,
    /** R6: a broad title; in some companies, answers business questions with analytics. */
    DATA_SCIENTIST
}
