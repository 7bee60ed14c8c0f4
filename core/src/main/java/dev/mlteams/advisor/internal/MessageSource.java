package dev.mlteams.advisor.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Where a rule set's message texts come from, for any locale: layers of bundles, the first that
 * has a key wins. A layer is a bundle family on the classpath or in a directory, looked up per
 * locale with the usual fallback to the root (English) bundle, or one fixed bundle used for every
 * locale. Immutable and thread-safe; the bundle for each locale is built once.
 */
public final class MessageSource {

    /** One layer of texts. */
    private sealed interface Layer {
        ResourceBundle forLocale(Locale locale);

        /** Where its texts are, for a reader, and the file that would hold its texts for {@code locale}. */
        default String describe(Locale locale) {
            return "a fixed bundle";
        }

        /** What its texts are, for a content hash. */
        void fingerprint(StringBuilder text);
    }

    /** One bundle for every locale: it decides neither the key nor how numbers are written. */
    private record Fixed(ResourceBundle bundle) implements Layer {
        @Override
        public ResourceBundle forLocale(Locale locale) {
            return bundle;
        }

        @Override
        public void fingerprint(StringBuilder text) {
            texts(bundle, text.append("fixed bundle").append('\0'));
        }
    }

    /**
     * A family on the classpath. Its root is read when the layer is made; a translation at its
     * first use (the family cannot list its languages), and it counts by the family's name only.
     */
    private record ClasspathFamily(String baseName, ClassLoader loader) implements Layer {
        @Override
        public ResourceBundle forLocale(Locale locale) {
            return ResourceBundle.getBundle(baseName, locale, loader,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        }

        @Override
        public String describe(Locale locale) {
            return "bundle family " + baseName + " (translations in " + baseName.replace('.', '/') + "_" + locale
                    + ".properties)";
        }

        @Override
        public void fingerprint(StringBuilder text) {
            texts(forLocale(Locale.ROOT), text.append("bundle family ").append(baseName).append('\0'));
        }
    }

    /** A family in a directory, every file read when the layer was made. */
    private record DirectoryFamily(MessageDirectory files) implements Layer {
        @Override
        public ResourceBundle forLocale(Locale locale) {
            return files.forLocale(locale);
        }

        @Override
        public String describe(Locale locale) {
            return "messages " + files.directory().resolve(files.baseName() + ".properties") + " (translations in "
                    + files.baseName() + "_" + locale + ".properties)";
        }

        @Override
        public void fingerprint(StringBuilder text) {
            files.fingerprint(text.append("bundle family ").append(files.baseName()).append('\0'));
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
    /**
     * By the bundles the layers resolved to, in layer order, each by identity: two locales that
     * resolve to the same files (a layer gives the same bundle for the same files) share an entry,
     * and two that do not (zh-TW and zh-HK both start at zh_Hant, then differ) do not.
     */
    private final Map<List<Resolved>, MessageBundle> cache = new ConcurrentHashMap<>();

    /** A resolved bundle, compared by identity. */
    private record Resolved(ResourceBundle bundle) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Resolved resolved && resolved.bundle == bundle;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(bundle);
        }
    }
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
        ClasspathFamily family = new ClasspathFamily(Objects.requireNonNull(baseName), new FreshReads(loader));
        family.forLocale(Locale.ROOT);
        return withTop(family);
    }

    /**
     * The texts of the top layer for {@code locale}: its bundle for that locale and those it falls
     * back to, by key (values that are not text are left out).
     */
    public Map<String, String> textsOnTop(Locale locale) {
        if (layers.isEmpty()) {
            return Map.of();
        }
        return texts(layers.get(0).forLocale(Languages.forLookup(locale)));
    }

    /** The texts of {@code bundle} by key; values that are not text are left out, as lookups skip them. */
    public static Map<String, String> texts(ResourceBundle bundle) {
        Map<String, String> texts = new HashMap<>();
        for (String key : bundle.keySet()) {
            if (bundle.getObject(key) instanceof String text) {
                texts.put(key, text);
            }
        }
        return texts;
    }

    /** This source with a bundle family read from a directory layered on top. */
    public MessageSource over(MessageDirectory files) {
        return withTop(new DirectoryFamily(Objects.requireNonNull(files)));
    }

    /** This source with one fixed bundle, used for every locale, layered on top. */
    public MessageSource over(ResourceBundle bundle) {
        return withTop(new Fixed(Objects.requireNonNull(bundle)));
    }

    private MessageSource withTop(Layer layer) {
        List<Layer> all = new ArrayList<>();
        all.add(layer);
        all.addAll(layers);
        return new MessageSource(all);
    }

    /** How many layers of texts this source has. */
    public int layers() {
        return layers.size();
    }

    /**
     * Texts of a bundle family that callers in a language get in English: its root file has them,
     * and its files for that language do not.
     *
     * @param family where the texts are, and the file their translations belong in
     * @param keys   their keys, sorted
     */
    public record Untranslated(String family, List<String> keys) {
        public Untranslated {
            keys = List.copyOf(keys);
        }
    }

    /**
     * The texts of the top {@code own} layers that callers in {@code locale} get in English,
     * although texts in their language exist: keys whose text comes from a bundle family's root
     * file because none of the family's files for that language has them. A key counts only
     * where its family is the layer that serves it. Empty for English, and for a language no
     * layer has a file for, where every text is English alike. A fixed bundle is the same for
     * every locale: never untranslated.
     */
    public List<Untranslated> untranslated(Locale locale, int own) {
        Locale lookup = Languages.forLookup(locale);
        List<ResourceBundle> bundles = layers.stream().map(layer -> layer.forLocale(lookup)).toList();
        if (!writtenIn(locale)) {
            return List.of();
        }
        List<Untranslated> untranslated = new ArrayList<>();
        for (int i = 0; i < Math.min(own, layers.size()); i++) {
            if (layers.get(i) instanceof Fixed) {
                continue;
            }
            ResourceBundle root = layers.get(i).forLocale(Locale.ROOT);
            List<String> keys = new ArrayList<>();
            for (String key : new TreeSet<>(root.keySet())) {
                Object text = root.getObject(key);
                // The same object, not an equal text: a translation may read as the English does.
                if (text instanceof String && servedBy(bundles, key) == i && bundles.get(i).getObject(key) == text) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                // Its translations go where it has some for this language already (a "_zh" file, say).
                Locale found = bundles.get(i).getLocale();
                untranslated.add(new Untranslated(layers.get(i).describe(
                        found != null && !found.getLanguage().isEmpty() ? found : lookup), keys));
            }
        }
        return untranslated;
    }

    /**
     * Whether some texts are written in {@code locale}'s language other than English: a file of a
     * family has them (a fixed bundle is the same in every language). Otherwise every text shows in
     * English there, as meant.
     */
    public boolean writtenIn(Locale locale) {
        Locale lookup = Languages.forLookup(locale);
        if (lookup.getLanguage().equals("en")) {
            return false;
        }
        for (Layer layer : layers) {
            Locale found = layer.forLocale(lookup).getLocale();
            if (!(layer instanceof Fixed) && found != null && !found.getLanguage().isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first of {@code bundles} with a text for {@code key}, as {@link MessageBundle} picks it. */
    private static int servedBy(List<ResourceBundle> bundles, String key) {
        for (int i = 0; i < bundles.size(); i++) {
            if (bundles.get(i).containsKey(key) && bundles.get(i).getObject(key) instanceof String) {
                return i;
            }
        }
        return -1;
    }

    /**
     * What the texts come from, for a content hash, top layer first: a fixed bundle's texts; a
     * classpath family's name and root texts (its translations count by the family's name only:
     * it cannot list its languages); a directory family's name and the texts of all its files.
     */
    public String fingerprint() {
        StringBuilder text = new StringBuilder();
        layers.forEach(layer -> layer.fingerprint(text));
        return text.toString();
    }

    private static void texts(ResourceBundle bundle, StringBuilder text) {
        for (String key : new TreeSet<>(bundle.keySet())) {
            // Only texts: MessageBundle skips other values, whose toString may differ per run.
            if (bundle.getObject(key) instanceof String value) {
                appendText(key, value, text);
            }
        }
    }

    /** One text for a content hash, each part after its length: no two sets of texts read alike. */
    static void appendText(String key, String value, StringBuilder text) {
        text.append(key.length()).append(':').append(key).append(value.length()).append(':').append(value);
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
        Locale lookup = Languages.forLookup(locale);
        List<ResourceBundle> bundles = layers.stream().map(layer -> layer.forLocale(lookup)).toList();
        return cache.computeIfAbsent(bundles.stream().map(Resolved::new).toList(), key -> {
            // Numbers are written for the first language a layer has texts in. A fixed bundle is the
            // same for every locale, whatever locale it was loaded for: it does not decide.
            Locale numbers = Locale.ENGLISH;
            for (int i = 0; i < layers.size(); i++) {
                Locale found = bundles.get(i).getLocale();
                if (!(layers.get(i) instanceof Fixed) && found != null && !found.equals(Locale.ROOT)) {
                    numbers = found;
                    break;
                }
            }
            return new MessageBundle(bundles, numbers);
        });
    }
}
