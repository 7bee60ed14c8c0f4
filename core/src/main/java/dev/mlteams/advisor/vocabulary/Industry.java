package dev.mlteams.advisor.vocabulary;

/** The company's main line of business. */
public enum Industry {
    SOFTWARE_AND_INTERNET,
    FINANCIAL_SERVICES,
    OIL_AND_GAS,
    MANUFACTURING,
    TELECOM,
    EDUCATION,
    LOGISTICS,
    RETAIL,
    HEALTHCARE,
    GOVERNMENT,
    OTHER
}
