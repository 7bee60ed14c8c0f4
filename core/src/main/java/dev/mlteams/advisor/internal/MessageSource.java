package dev.mlteams.advisor.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a rule set's message texts come from, for any locale: layers of bundles, the first that
 * has a key wins. A layer is either a bundle family on the classpath, looked up per locale with
 * the usual fallback to the root (English) bundle, or one fixed bundle used for every locale.
 * Immutable and thread-safe; the bundle for each locale is built once.
 */
public final class MessageSource {

    /**
     * @param read the bundles read when the layer was made, by locale: held, so that the JDK's
     *             cache keeps serving them (texts read later could have changed since)
     */
    private record Layer(String baseName, ClassLoader loader, ResourceBundle fixed, Map<Locale, ResourceBundle> read) {
        ResourceBundle forLocale(Locale locale) {
            if (fixed != null) {
                return fixed;
            }
            ResourceBundle known = read.get(locale);
            return known != null ? known : lookUp(baseName, locale, loader);
        }
    }

    /**
     * A class loader of its own for each bundle family layered on: the JDK caches bundles per
     * class loader for as long as the loader lives, so without it a rule set built again (a
     * reload, say) would keep the texts the first build read, and its content hash with them.
     * Finds what {@code parent} finds and defines nothing itself.
     */
    private static final class FreshReads extends ClassLoader {
        FreshReads(ClassLoader parent) {
            super(parent);
        }
    }

    private final List<Layer> layers;
    /** By the locale each layer resolved to, in layer order. */
    private final Map<List<Locale>, MessageBundle> cache = new ConcurrentHashMap<>();
    /**
     * Requested locale to bundle, so that a call does not look bundles up again. The first
     * {@value #MAX_REQUESTED} locales asked for are remembered; any others are resolved per call.
     */
    private final Map<Locale, MessageBundle> byRequested = new ConcurrentHashMap<>();
    private static final int MAX_REQUESTED = 64;

    private MessageSource(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    /** No messages at all. */
    public static MessageSource empty() {
        return new MessageSource(List.of());
    }

    /**
     * A bundle family on the classpath, for example {@code "dev.mlteams.advisor.rules.messages"}.
     *
     * @throws java.util.MissingResourceException if its root bundle is not on the classpath
     */
    public static MessageSource classpath(String baseName, ClassLoader loader) {
        return empty().over(baseName, loader);
    }

    /**
     * This source with a bundle family layered on top.
     *
     * @throws java.util.MissingResourceException if its root bundle is not on the classpath
     */
    public MessageSource over(String baseName, ClassLoader loader) {
        return over(baseName, loader, List.of());
    }

    /**
     * This source with a bundle family layered on top whose translations are known: they are read
     * now, with the root bundle, and their texts count in the {@link #fingerprint}.
     *
     * @throws java.util.MissingResourceException if its root bundle is not on the classpath
     */
    public MessageSource over(String baseName, ClassLoader loader, List<Locale> translations) {
        Objects.requireNonNull(baseName);
        ClassLoader fresh = new FreshReads(loader);
        Map<Locale, ResourceBundle> read = new LinkedHashMap<>();
        read.put(Locale.ROOT, lookUp(baseName, Locale.ROOT, fresh));
        translations.forEach(locale -> read.put(locale, lookUp(baseName, locale, fresh)));
        return withTop(new Layer(baseName, fresh, null, Map.copyOf(read)));
    }

    private static ResourceBundle lookUp(String baseName, Locale locale, ClassLoader loader) {
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        return ResourceBundle.getBundle(baseName, locale, loader, control);
    }

    /** This source with one fixed bundle, used for every locale, layered on top. */
    public MessageSource over(ResourceBundle bundle) {
        return withTop(new Layer(null, null, Objects.requireNonNull(bundle), Map.of()));
    }

    private MessageSource withTop(Layer layer) {
        List<Layer> all = new ArrayList<>();
        all.add(layer);
        all.addAll(layers);
        return new MessageSource(all);
    }

    /**
     * What the texts come from, for a content hash: each layer's bundle family name and the texts
     * of its root bundle and of the translations it was given, or a fixed bundle's texts, top
     * layer first. Other translations count by their family's name only: a family on the
     * classpath cannot list its languages.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Layer layer : layers) {
            text.append(layer.baseName() == null ? "fixed bundle" : "bundle family " + layer.baseName()).append('\0');
            texts(layer.forLocale(Locale.ROOT), text);
            layer.read().keySet().stream().filter(locale -> !locale.equals(Locale.ROOT))
                    .sorted(Comparator.comparing(Locale::toString))
                    .forEach(locale -> texts(layer.read().get(locale), text.append("locale ").append(locale).append('\0')));
        }
        return text.toString();
    }

    private static void texts(ResourceBundle bundle, StringBuilder text) {
        for (String key : new TreeSet<>(bundle.keySet())) {
            // Only texts: MessageBundle skips other values, whose toString may differ per run.
            if (bundle.getObject(key) instanceof String value) {
                text.append(key).append('=').append(value).append('\0');
            }
        }
    }

    /**
     * The texts for {@code locale}.
     *
     * @throws java.util.MissingResourceException if a bundle family has no root bundle
     */
    public MessageBundle forLocale(Locale locale) {
        MessageBundle known = byRequested.get(locale);
        if (known != null) {
            return known;
        }
        MessageBundle bundle = resolve(locale);
        if (byRequested.size() < MAX_REQUESTED) {
            byRequested.put(locale, bundle);
        }
        return bundle;
    }

    private MessageBundle resolve(Locale locale) {
        // Keyed by what every layer resolves to, so that callers passing arbitrary locales (from
        // a request header, say) cannot grow the cache: all unknown ones share the roots' entry.
        // Every layer counts: a layer with only a root bundle must not decide for the others.
        List<ResourceBundle> bundles = layers.stream().map(layer -> layer.forLocale(locale)).toList();
        // A fixed bundle is the same for every locale, whatever locale it was loaded for: it
        // decides neither the key nor how numbers are written.
        List<Locale> resolved = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            resolved.add(layers.get(i).fixed() != null ? Locale.ROOT : bundles.get(i).getLocale());
        }
        return cache.computeIfAbsent(List.copyOf(resolved), key -> new MessageBundle(bundles,
                key.stream().filter(l -> !l.equals(Locale.ROOT)).findFirst().orElse(Locale.ENGLISH)));
    }
}
