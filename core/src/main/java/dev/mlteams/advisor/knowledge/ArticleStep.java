package dev.mlteams.advisor.knowledge;

/** The part of the source article a knowledge item comes from. */
public enum ArticleStep {
    /** Section 0: why ML teams are hard to run. */
    WHY_IT_IS_HARD,
    /** Step 1: the roles on an ML team. */
    ROLES,
    /** Step 2: company archetypes and design choices. */
    ARCHETYPES_AND_DESIGN,
    /** Step 3: managing ML projects. */
    MANAGING_PROJECTS,
    /** Step 4: hiring, including advice for candidates. */
    HIRING,
    /** The article's conclusions. */
    CONCLUSIONS
}
