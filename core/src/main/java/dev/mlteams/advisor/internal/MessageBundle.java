package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.advice.Message;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * Renders message keys and arguments into text for one locale. Bundles are layered: the first
 * that has a key wins, so a user bundle can add keys and reword default ones. Immutable.
 */
public final class MessageBundle {

    private final List<ResourceBundle> layers;
    private final Locale locale;

    MessageBundle(List<ResourceBundle> layers, Locale locale) {
        this.layers = List.copyOf(layers);
        this.locale = locale;
    }

    /** The text for {@code key} without arguments, if any layer has it. */
    public Optional<String> text(String key) {
        return has(key) ? Optional.of(pattern(key)) : Optional.empty();
    }

    public boolean has(String key) {
        return layers.stream().anyMatch(b -> b.containsKey(key));
    }

    private String pattern(String key) {
        return layers.stream().filter(b -> b.containsKey(key)).findFirst().orElseThrow().getString(key);
    }

    /** The message for {@code key}, or empty if no layer has the key. */
    public Optional<Message> message(String key, Object... args) {
        if (key == null || !has(key)) {
            return Optional.empty();
        }
        Object[] given = args == null ? new Object[0] : args;
        List<String> values = Arrays.stream(given).map(Values::text).toList();
        Object[] shown = Arrays.stream(given).map(this::display).toArray();
        MessageFormat format = new MessageFormat(pattern(key), locale);
        return Optional.of(new Message(key, values, format.format(shown)));
    }

    /** Enum values read as words: the bundle's {@code enum.Type.NAME} entry, else the name in lower case. */
    private Object display(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(this::display).orElse("none");
        }
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return has(key) ? pattern(key) : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        // Numbers stay numbers, so a bundle can format them: {0,number,integer}.
        return value instanceof Number ? value : Values.text(value);
    }
}
