package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.advice.Message;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.ResourceBundle;

/** Renders message keys and arguments into text from a resource bundle. Immutable. */
public final class MessageBundle {

    private final ResourceBundle bundle;
    private final Locale locale;

    public MessageBundle(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    /** Loads {@code baseName} for {@code locale} from {@code loader}. */
    public static MessageBundle load(String baseName, Locale locale, ClassLoader loader) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        return new MessageBundle(ResourceBundle.getBundle(baseName, locale, loader, noFallback), locale);
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key in the bundle. */
    public List<String> keys() {
        return bundle.keySet().stream().sorted().toList();
    }

    /** The message for {@code key}, or empty if the bundle lacks the key. */
    public Optional<Message> message(String key, Object... args) {
        if (key == null || !has(key)) {
            return Optional.empty();
        }
        Object[] given = args == null ? new Object[0] : args;
        List<String> values = Arrays.stream(given).map(Values::text).toList();
        Object[] shown = Arrays.stream(given).map(this::display).toArray();
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        return Optional.of(new Message(key, values, format.format(shown)));
    }

    /** Enum values read as words: the bundle's {@code enum.Type.NAME} entry, else the name in lower case. */
    private Object display(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(this::display).orElse("none");
        }
        if (value instanceof Enum<?> e) {
            String key = "enum." + e.getDeclaringClass().getSimpleName() + "." + e.name();
            return has(key) ? bundle.getString(key) : e.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        }
        // Numbers stay numbers, so a bundle can format them: {0,number,integer}.
        return value instanceof Number ? value : Values.text(value);
    }
}
