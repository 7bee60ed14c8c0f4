package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Walks a result's whole object graph: no nulls anywhere, and no collection that can be changed. */
final class DeepChecks {

    private DeepChecks() {
    }

    static void assertDeeplyImmutableWithoutNulls(Object value) {
        walk(value, value == null ? "null" : value.getClass().getSimpleName());
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void walk(Object value, String path) {
        assertNotNull(value, () -> "null at " + path);
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + path + "." + component.getName(), e);
                }
                walk(child, path + "." + component.getName());
            }
        } else if (value instanceof List list) {
            assertThrows(UnsupportedOperationException.class, () -> list.add(null), () -> path + " can be changed");
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]");
            }
        } else if (value instanceof Map map) {
            assertThrows(UnsupportedOperationException.class, () -> map.clear(), () -> path + " can be changed");
            map.forEach((k, v) -> {
                walk(k, path + ".key");
                walk(v, path + "[" + k + "]");
            });
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path + ".get()"));
        } else if (!(value instanceof String || value instanceof Enum || value instanceof Number
                || value instanceof Boolean || value instanceof java.util.Locale)) {
            throw new AssertionError("unexpected mutable-looking type " + value.getClass() + " at " + path);
        }
    }
}
