package dev.mlteams.advisor.authoring;

/**
 * The phases a run goes through, in order. A rule names its phase with
 * {@code ruleflow-group "advise"} (Drools 10's name for an agenda group; the older
 * {@code agenda-group} works too but makes Drools log a deprecation warning). Rules without a
 * phase run last, after {@link #ADVISE}.
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

    /**
     * The group name used in DRL: {@code ruleflow-group "advise"}.
     *
     * @return the phase's name in lower case, for example {@code "score"}
     */
    public String agendaGroup() {
        return agendaGroup;
    }
}
