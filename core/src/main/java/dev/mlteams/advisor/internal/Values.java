package dev.mlteams.advisor.internal;

import java.util.Optional;

/** Turns bound values into the stable text used in evidence and message arguments. */
final class Values {

    private Values() {
    }

    static String text(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(Values::text).orElse("none");
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        return String.valueOf(value);
    }
}
