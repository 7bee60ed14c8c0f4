package dev.mlteams.advisor.advice;

/** A fact that can stand as evidence when a rule matches it. */
public interface Evidential {

    /**
     * This fact as one piece of evidence.
     *
     * @return what the explanation of a rule that matched this fact lists for it; not null
     */
    Evidence asEvidence();
}
