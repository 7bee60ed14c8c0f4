package dev.mlteams.advisor.analysis;

import java.util.Objects;

/**
 * A profile field that differs between two profiles.
 *
 * @param field  the field name, for example {@code "mlReportsTo"}
 * @param before its value in the first profile
 * @param after  its value in the second profile
 */
public record FieldChange(String field, String before, String after) {

    /**
     * @param field  the field name, for example {@code "mlReportsTo"}; not null
     * @param before its value in the first profile; not null
     * @param after  its value in the second profile; not null
     * @throws NullPointerException if an argument is null
     */
    public FieldChange {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
    }
}
