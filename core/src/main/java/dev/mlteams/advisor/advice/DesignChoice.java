package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * The recommended position on one design dimension.
 *
 * @param <S>         the dimension, one of the design-stance enums
 * @param stance      the recommended stance
 * @param message     the recommendation in words
 * @param explanation the rule and facts behind it
 */
public record DesignChoice<S extends Enum<S>>(S stance, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param stance      the recommended stance on the dimension; not null
     * @param message     the recommendation in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public DesignChoice {
        Objects.requireNonNull(stance, "stance");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }

    @Override
    public Evidence asEvidence() {
        return Evidence.derived(stance.getDeclaringClass().getSimpleName(), stance.name(), explanation.evidence());
    }
}
