package dev.mlteams.advisor.vocabulary;

/** Design dimension: who deploys and maintains models (D-MODEL). */
public enum ModelOwnership {
    /** The few ML people deploy and look after their own models. */
    BUILDERS_OWN_END_TO_END,
    /** Models rarely reach production: each one that should is deployed by plan. */
    RARELY_DEPLOYED,
    /** ML engineers fully own the models they deploy. */
    ENGINEERS_OWN_DEPLOYED,
    /** The ML team maintains models that users operate. */
    MAINTAINS_USERS_OPERATE,
    /** The ML team hands models over; users operate and maintain them. */
    HANDED_TO_USERS
}
