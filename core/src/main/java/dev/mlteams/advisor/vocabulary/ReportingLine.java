package dev.mlteams.advisor.vocabulary;

/** To whom the ML people report, or should report. */
public enum ReportingLine {
    /** Nobody in particular: there is no ML group to report. */
    NO_ONE,
    /** The engineering or tech lead of the team they sit in. */
    TEAM_ENGINEERING_LEAD,
    /** A product or business-line leader. */
    PRODUCT_OR_BUSINESS_LEAD,
    /** The head of research and development. */
    RESEARCH_HEAD,
    /** The chief technology officer. */
    CTO,
    /** The chief executive. */
    CEO
}
