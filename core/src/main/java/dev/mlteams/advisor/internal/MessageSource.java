package dev.mlteams.advisor.internal;

import java.util.ArrayList;
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

    private record Layer(String baseName, ClassLoader loader, ResourceBundle fixed) {
        ResourceBundle forLocale(Locale locale) {
            if (fixed != null) {
                return fixed;
            }
            ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                    ResourceBundle.Control.FORMAT_PROPERTIES);
            return ResourceBundle.getBundle(baseName, locale, loader, control);
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
        Layer layer = new Layer(Objects.requireNonNull(baseName), new FreshReads(loader), null);
        layer.forLocale(Locale.ROOT);
        return withTop(layer);
    }

    /** This source with one fixed bundle, used for every locale, layered on top. */
    public MessageSource over(ResourceBundle bundle) {
        return withTop(new Layer(null, null, Objects.requireNonNull(bundle)));
    }

    private MessageSource withTop(Layer layer) {
        List<Layer> all = new ArrayList<>();
        all.add(layer);
        all.addAll(layers);
        return new MessageSource(all);
    }

    /**
     * What the texts come from, for a content hash: each layer's bundle family name and the texts
     * of its root bundle, or a fixed bundle's texts, top layer first. Translations count by their
     * family's name only: a family's languages cannot be listed.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        for (Layer layer : layers) {
            ResourceBundle bundle = layer.forLocale(Locale.ROOT);
            text.append(layer.baseName() == null ? "fixed bundle" : "bundle family " + layer.baseName()).append('\0');
            for (String key : new TreeSet<>(bundle.keySet())) {
                // Only texts: MessageBundle skips other values, whose toString may differ per run.
                if (bundle.getObject(key) instanceof String value) {
                    text.append(key).append('=').append(value).append('\0');
                }
            }
        }
        return text.toString();
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
