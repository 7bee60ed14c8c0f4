package dev.mlteams.advisor;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A profile was rejected. {@link #problems()} lists every problem found, not only the first,
 * each naming the field, the value given and what is allowed.
 */
public final class ProfileValidationException extends AdvisorException {

    private static final long serialVersionUID = 1L;

    // "@serial exclude": javadoc 17 asks for comments on a serializable record's fields, which cannot
    // have any (JDK-8275199); a record's serial form is its components, documented below.
    /**
     * One problem with one field.
     *
     * @param field   the field name, for example {@code "headcount"}
     * @param value   the value given, as text ({@code "null"} when missing)
     * @param allowed what the field accepts
     * @serial exclude
     */
    public record Problem(String field, String value, String allowed) implements Serializable {

        /**
         * @param field   the field name; not null
         * @param value   the value given, as text; not null ({@code "null"} when missing)
         * @param allowed what the field accepts; not null
         * @throws NullPointerException if an argument is null
         */
        public Problem {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(allowed, "allowed");
        }

        @Override
        public String toString() {
            return field + " = " + value + ": " + allowed;
        }
    }

    /** Every problem found, at least one. */
    private final List<Problem> problems;

    /**
     * @param type     the kind of profile, for the message
     * @param problems every problem found, at least one
     * @throws NullPointerException     if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ProfileValidationException(String type, List<Problem> problems) {
        super(message(type, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String type, List<Problem> problems) {
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("a validation exception needs at least one problem");
        }
        return "invalid " + type + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in field order.
     *
     * @return the problems, at least one; unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }
}
