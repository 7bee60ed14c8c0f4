package dev.mlteams.advisor.advice;

/** A fact that can stand as evidence when a rule matches it. */
public interface Evidential {

    /** This fact as one piece of evidence. */
    Evidence asEvidence();
}
