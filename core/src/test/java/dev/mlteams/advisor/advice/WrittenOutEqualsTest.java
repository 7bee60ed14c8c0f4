package dev.mlteams.advisor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mlteams.advisor.internal.RuleSource;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The records whose {@code equals} and {@code hashCode} are written out by hand keep the record
 * contract: equal exactly when every component is equal, with equal hash codes.
 */
class WrittenOutEqualsTest {

    private static final KnowledgeItem A1 = new KnowledgeItem("A1", ArticleStep.ARCHETYPES_AND_DESIGN, false, "One");
    private static final KnowledgeItem A2 = new KnowledgeItem("A2", ArticleStep.ARCHETYPES_AND_DESIGN, false, "Two");
    private static final RuleSetStamp STAMP = new RuleSetStamp("rules", "1", "sha256:aa");
    private static final Evidence FIELD = Evidence.profileField("headcount", "600");

    /** For each record: one value per component, and for each component a different value. */
    static Stream<Arguments> records() {
        return Stream.of(
                Arguments.of(RuleSource.class, new Object[] {"a.drl", "rule x"}, new Object[] {"b.drl", "rule y"}),
                Arguments.of(KnowledgeItem.class, new Object[] {"A1", ArticleStep.ARCHETYPES_AND_DESIGN, false, "One"},
                        new Object[] {"A2", ArticleStep.ROLES, true, "Two"}),
                Arguments.of(RuleSetStamp.class, new Object[] {"rules", "1", "sha256:aa"},
                        new Object[] {"other", "2", "sha256:bb"}),
                Arguments.of(Evidence.class,
                        new Object[] {Evidence.Kind.DERIVED_FACT, "fact", "true", List.of(FIELD)},
                        new Object[] {Evidence.Kind.BOUND_VALUE, "other", "false", List.of()}),
                Arguments.of(Explanation.class, new Object[] {"rule", 3, List.of(A1), List.of(FIELD), STAMP},
                        new Object[] {"other", 4, List.of(A2), List.of(Evidence.profileField("headcount", "601")),
                                new RuleSetStamp("rules", "1", "sha256:bb")}));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    void equalExactlyWhenEveryComponentIsEqual(Class<? extends Record> type, Object[] values, Object[] others)
            throws ReflectiveOperationException {
        Record record = create(type, values);
        Record copy = create(type, copies(values));

        assertEquals(record, copy);
        assertEquals(record.hashCode(), copy.hashCode());
        for (int i = 0; i < values.length; i++) {
            Object[] changed = values.clone();
            changed[i] = others[i];
            assertNotEquals(record, create(type, changed), type.getSimpleName() + " ignores component " + i);
        }
        assertNotEquals(record, null);
        assertNotEquals(record, values[0]);
    }

    private static Record create(Class<? extends Record> type, Object[] values) throws ReflectiveOperationException {
        Class<?>[] types = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getType).toArray(Class<?>[]::new);
        Constructor<? extends Record> canonical = type.getDeclaredConstructor(types);
        return canonical.newInstance(values);
    }

    /** Equal values that are not the same objects, so that equality cannot rest on identity. */
    private static Object[] copies(Object[] values) {
        return Arrays.stream(values).map(v -> v instanceof String s ? new String(s) : v instanceof List<?> l
                ? List.copyOf(new java.util.ArrayList<>(l)) : v).toArray();
    }
}
