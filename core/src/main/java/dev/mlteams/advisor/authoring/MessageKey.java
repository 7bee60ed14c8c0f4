package dev.mlteams.advisor.authoring;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a parameter of {@link Advise} that names a message key. Where a rule file writes such a
 * key in quotes, {@code Advisor.Builder.build()} checks it against the texts, and the arguments the
 * call gives after its last parameter against the placeholders those texts use.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
public @interface MessageKey {
}
