package dev.mlteams.advisor.vocabulary;

/** The roles on an ML team (knowledge IDs R1 to R6). */
public enum Role {
    /** R1: plans and prioritises ML work with the business and users. */
    ML_PRODUCT_MANAGER("R1"),
    /** R2: deploys, runs and monitors ML systems in production. */
    ML_PLATFORM_ENGINEER("R2"),
    /** R3: builds and watches the data pipelines. */
    DATA_ENGINEER("R3"),
    /** R4: trains models and ships them into production systems. */
    ML_ENGINEER("R4"),
    /** R5: trains forward-looking models and reports on experiments. */
    ML_RESEARCHER("R5"),
    /** R6: a broad title; in some companies, answers business questions with analytics. */
    DATA_SCIENTIST("R6");

    private final String knowledgeId;

    Role(String knowledgeId) {
        this.knowledgeId = knowledgeId;
    }

    /** The knowledge catalogue ID that describes this role, for example {@code "R4"}. */
    public String knowledgeId() {
        return knowledgeId;
    }
}
