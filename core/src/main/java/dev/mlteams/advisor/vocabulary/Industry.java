package dev.mlteams.advisor.vocabulary;

/** The company's main line of business. */
public enum Industry {
    /** Software and internet companies. */
    SOFTWARE_AND_INTERNET,
    /** Banks, insurers and other financial-services firms. */
    FINANCIAL_SERVICES,
    /** Oil and gas. */
    OIL_AND_GAS,
    /** Manufacturing. */
    MANUFACTURING,
    /** Telecommunications. */
    TELECOM,
    /** Education. */
    EDUCATION,
    /** Logistics, shipping and freight. */
    LOGISTICS,
    /** Retail. */
    RETAIL,
    /** Healthcare. */
    HEALTHCARE,
    /** Government and the public sector. */
    GOVERNMENT,
    /** Any industry not listed here. */
    OTHER
}
