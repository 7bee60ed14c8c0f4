package dev.mlteams.advisor.vocabulary;

/**
 * The five ways a company can organise machine learning (knowledge IDs A1 to A5).
 *
 * <p>The declaration order follows the catalogue; rules may use it to break ties.
 */
public enum Archetype {
    /** A1: nobody does ML yet, or only ad hoc. */
    NASCENT,
    /** A2: ML lives in a research and development arm. */
    RESEARCH_AND_DEVELOPMENT,
    /** A3: ML people sit inside product teams or business units. */
    PRODUCT_EMBEDDED,
    /** A4: a separate ML division that reports to senior leadership. */
    INDEPENDENT_DIVISION,
    /** A5: ML is part of how the whole company thinks, backed by the CEO. */
    ML_FIRST
}
