package dev.mlteams.advisor.vocabulary;

/** Who keeps deployed models working. */
public enum ModelMaintainer {
    /** Nobody is responsible, or nothing is deployed. */
    NOBODY,
    /** The ML people who built the models. */
    ML_TEAM,
    /** A software or operations team outside ML. */
    SOFTWARE_TEAM,
    /** The business users who consume the models. */
    MODEL_USERS
}
