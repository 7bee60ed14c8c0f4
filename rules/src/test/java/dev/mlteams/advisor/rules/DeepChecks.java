package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.advice.Explained;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Walks a result's whole object graph: no nulls anywhere, and no collection that can be changed. */
final class DeepChecks {

    private DeepChecks() {
    }

    static void assertDeeplyImmutableWithoutNulls(Object value) {
        walk(value, value == null ? "null" : value.getClass().getSimpleName(), node -> { });
    }

    /** Every explained item anywhere in {@code value}'s graph, found by reflection rather than by any list of them. */
    static List<Explained> everyExplainedItem(Object value) {
        List<Explained> found = new ArrayList<>();
        walk(value, value.getClass().getSimpleName(), node -> {
            if (node instanceof Explained item) {
                found.add(item);
            }
        });
        return found;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void walk(Object value, String path, Consumer<Object> visit) {
        assertNotNull(value, () -> "null at " + path);
        visit.accept(value);
        if (value instanceof Record record) {
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                Object child;
                try {
                    child = component.getAccessor().invoke(record);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError("cannot read " + path + "." + component.getName(), e);
                }
                walk(child, path + "." + component.getName(), visit);
            }
        } else if (value instanceof List list) {
            assertThrows(UnsupportedOperationException.class, () -> list.add(null), () -> path + " can be changed");
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), path + "[" + i + "]", visit);
            }
        } else if (value instanceof Map map) {
            assertThrows(UnsupportedOperationException.class, () -> map.clear(), () -> path + " can be changed");
            map.forEach((k, v) -> {
                walk(k, path + ".key", visit);
                walk(v, path + "[" + k + "]", visit);
            });
        } else if (value instanceof Optional<?> optional) {
            optional.ifPresent(inner -> walk(inner, path + ".get()", visit));
        } else if (!(value instanceof String || value instanceof Enum || value instanceof Number
                || value instanceof Boolean || value instanceof java.util.Locale)) {
            throw new AssertionError("unexpected mutable-looking type " + value.getClass() + " at " + path);
        }
    }
}
