package dev.mlteams.advisor.benchmarks;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The floor baseline: rebuilds an advice object graph record by record through cached canonical
 * constructors. Producing the same output can hardly be cheaper than allocating it.
 */
final class DeepCopy {

    private record Shape(MethodHandle[] accessors, MethodHandle constructor) {
    }

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();

    private DeepCopy() {
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object copy(Object value) {
        if (value instanceof Record record) {
            Shape shape = SHAPES.computeIfAbsent(record.getClass(), DeepCopy::shape);
            Object[] args = new Object[shape.accessors().length];
            try {
                for (int i = 0; i < args.length; i++) {
                    args[i] = copy(shape.accessors()[i].invoke(record));
                }
                return shape.constructor().invokeWithArguments(args);
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(v -> out.add(copy(v)));
            return List.copyOf(out);
        }
        if (value instanceof Optional<?> optional) {
            return optional.map(DeepCopy::copy);
        }
        if (value instanceof Map<?, ?> map && !map.isEmpty() && map.keySet().iterator().next() instanceof Enum<?> key) {
            Map copy = new EnumMap(key.getDeclaringClass());
            copy.putAll(map);
            return copy;
        }
        return value;
    }

    private static Shape shape(Class<?> type) {
        try {
            RecordComponent[] components = type.getRecordComponents();
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            MethodHandle[] accessors = new MethodHandle[components.length];
            Class<?>[] types = new Class<?>[components.length];
            for (int i = 0; i < components.length; i++) {
                accessors[i] = lookup.unreflect(components[i].getAccessor());
                types[i] = components[i].getType();
            }
            return new Shape(accessors, lookup.findConstructor(type, MethodType.methodType(void.class, types)));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
