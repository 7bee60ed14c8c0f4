package dev.mlteams.advisor.vocabulary;

/** Where the company's ML people sit in the organisation today. */
public enum MlHome {
    /** There are no ML people. */
    NOWHERE,
    /** A few people do ML on the side, in whatever team they belong to. */
    AD_HOC,
    /** A research and development lab or department. */
    RESEARCH_LAB,
    /** Inside product teams or business units, next to software engineers or analysts. */
    PRODUCT_TEAMS,
    /** A dedicated, separate ML division. */
    ML_DIVISION,
    /** A central ML division plus ML experts spread through the business. */
    DIVISION_AND_BUSINESS_UNITS
}
