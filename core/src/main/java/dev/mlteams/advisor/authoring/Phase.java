package dev.mlteams.advisor.authoring;

/**
 * The agenda groups a run goes through, in order. A rule names its phase with
 * {@code agenda-group "advise"}; rules without an agenda group run last, after {@link #ADVISE}.
 *
 * <p>A rule only sees the facts of earlier phases in full: for example a classification rule can
 * compare all archetype scores because every vote was cast in {@link #SCORE}.
 */
public enum Phase {
    /** Turn profile fields into named {@link Signal}s. */
    DERIVE("derive"),
    /** Cast weighted votes for archetypes. */
    SCORE("score"),
    /** Total the votes and name a primary archetype and any close alternative. */
    CLASSIFY("classify"),
    /** Produce the team design, hiring plan, practices, risks and warnings. */
    ADVISE("advise");

    private final String agendaGroup;

    Phase(String agendaGroup) {
        this.agendaGroup = agendaGroup;
    }

    /** The agenda-group name used in DRL. */
    public String agendaGroup() {
        return agendaGroup;
    }
}
