package dev.mlteams.advisor.advice;

import java.util.List;
import java.util.Objects;

/**
 * One fact that made a rule match, with its value.
 *
 * @param kind  whether it is a profile field, a fact derived by another rule, or another bound value
 * @param name  the field or fact name, for example {@code "mlReportsTo"} or {@code "ml-reports-to-senior-leadership"}
 * @param value the value as text, for example {@code "CTO"}
 * @param basis for a derived fact, the evidence it was derived from; empty otherwise
 */
public record Evidence(Kind kind, String name, String value, List<Evidence> basis) {

    /** What sort of fact a piece of evidence is. */
    public enum Kind {
        /** A field of the input profile. */
        PROFILE_FIELD,
        /** A fact or advice item that another rule produced. */
        DERIVED_FACT,
        /** Any other value the rule bound, for example a total it computed. */
        BOUND_VALUE
    }

    /**
     * @param kind  profile field, derived fact, or other bound value; not null
     * @param name  the field or fact name; not null
     * @param value the value as text; not null
     * @param basis for a derived fact, the evidence it was derived from, else empty; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of {@code basis}, is null
     */
    public Evidence {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        basis = List.copyOf(Objects.requireNonNull(basis, "basis"));
    }

    /**
     * Evidence read from the input profile.
     *
     * @param name  the profile field, for example {@code "mlReportsTo"}; not null
     * @param value the field's value as text; not null
     * @return evidence of kind {@link Kind#PROFILE_FIELD}, with an empty basis
     * @throws NullPointerException if an argument is null
     */
    public static Evidence profileField(String name, String value) {
        return new Evidence(Kind.PROFILE_FIELD, name, value, List.of());
    }

    /**
     * Evidence that another rule derived, with what it was derived from.
     *
     * @param name  the fact's name, for example {@code "ml-reports-to-senior-leadership"}; not null
     * @param value the fact's value as text; not null
     * @param basis the evidence the fact was derived from; not null, nor any element; copied
     * @return evidence of kind {@link Kind#DERIVED_FACT}
     * @throws NullPointerException if an argument, or an element of {@code basis}, is null
     */
    public static Evidence derived(String name, String value, List<Evidence> basis) {
        return new Evidence(Kind.DERIVED_FACT, name, value, basis);
    }

    /**
     * Another value the rule bound, such as an accumulated total.
     *
     * @param name  the name the rule bound the value to; not null
     * @param value the value as text; not null
     * @return evidence of kind {@link Kind#BOUND_VALUE}, with an empty basis
     * @throws NullPointerException if an argument is null
     */
    public static Evidence boundValue(String name, String value) {
        return new Evidence(Kind.BOUND_VALUE, name, value, List.of());
    }

    // equals and hashCode are written out: a record's generated ones are linked on their first
    // call, which costs every cold start a few milliseconds (#5).
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence other && kind == other.kind && name.equals(other.name)
                && value.equals(other.value) && basis.equals(other.basis);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * kind.hashCode() + name.hashCode()) + value.hashCode()) + basis.hashCode();
    }

    @Override
    public String toString() {
        return name + "=" + value;
    }
}
