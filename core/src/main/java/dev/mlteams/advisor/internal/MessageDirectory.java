package dev.mlteams.advisor.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bundle family kept as UTF-8 files in a directory, {@code messages.properties} beside its
 * translations such as {@code messages_zh_CN.properties}, as read at one moment: every file is
 * read when this is made, and a lookup for any locale serves those texts and never reads the disk
 * again, so what a rule set says and the content hash it carries stay in step. Only the
 * directory's own files count, never a resource of the same name on the class path. Thread-safe.
 */
public final class MessageDirectory {

    /** The JDK's rules for which files serve a locale, as {@code ResourceBundle.getBundle} uses them. */
    private static final ResourceBundle.Control LOOKUP =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** Language codes Java renamed, which files may still use: new code to old. */
    private static final Map<String, String> OLD_LANGUAGE_CODES = Map.of("he", "iw", "yi", "ji", "id", "in");

    private final Path directory;
    private final String baseName;
    /** File name (without {@code .properties}) to its texts. */
    private final Map<String, Map<String, String>> files;
    /** Bundles by the files that serve them, most specific first: as many as there are file chains. */
    private final Map<List<String>, ResourceBundle> bundles = new ConcurrentHashMap<>();

    private MessageDirectory(Path directory, String baseName, Map<String, Map<String, String>> files) {
        this.directory = directory;
        this.baseName = baseName;
        this.files = files;
    }

    /**
     * Reads the family {@code baseName} in {@code directory}.
     *
     * @throws IllegalArgumentException if {@code baseName} is not a plain file name or the root file
     *                                  is missing; or naming every file that is not UTF-8, is not a
     *                                  valid properties file, holds a text that is not a message
     *                                  pattern, or is named like a translation the lookup would
     *                                  never find ({@code _zh-CN}, {@code _zh_cn})
     * @throws UncheckedIOException     if the directory or a file cannot be read
     */
    public static MessageDirectory read(Path directory, String baseName) {
        // The bundle lookup would turn dots into directories.
        if (!baseName.matches("[\\w-]+")) {
            throw new IllegalArgumentException("a message file's base name is a file name without dots or"
                    + " directories, like 'messages'; was '" + baseName + "'");
        }
        Pattern family = Pattern.compile(Pattern.quote(baseName) + "(_[\\w]+)?\\.properties");
        Pattern lookAlike = Pattern.compile(Pattern.quote(baseName) + "[-_][A-Za-z]{2,3}([-_][A-Za-z0-9]+)*\\.properties");
        List<Path> listed;
        try (Stream<Path> entries = Files.list(directory)) {
            listed = entries.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages in " + directory, e);
        }
        // Checked on the listing the files are read from: if the root goes after this, reading it fails.
        Path root = directory.resolve(baseName + ".properties");
        if (!listed.contains(root) || !Files.isRegularFile(root)) {
            throw new IllegalArgumentException("no " + baseName + ".properties in " + directory
                    + " (the texts every language falls back to)");
        }
        List<String> problems = new ArrayList<>();
        Map<String, Map<String, String>> files = new TreeMap<>();
        for (Path file : listed) {
            String name = file.getFileName().toString();
            String bundleName = name.substring(0, Math.max(0, name.length() - ".properties".length()));
            if (family.matcher(name).matches() && !Files.isRegularFile(file)) {
                problems.add(file + ": not a file (a directory, or a link to nothing)");
            } else if (family.matcher(name).matches()) {
                Optional<String> wanted = bundleName.equals(baseName) ? Optional.empty() : misnamed(baseName, bundleName);
                if (wanted.isPresent()) {
                    problems.add(file + ": the language lookup would never find it; " + wanted.get());
                    continue;
                }
                Map<String, String> texts = texts(file, problems);
                if (texts != null) {
                    files.put(bundleName, texts);
                }
            } else if (lookAlike.matcher(name).matches()) {
                problems.add(file + ": the language lookup would never find it; a translation is named " + baseName
                        + "_LANGUAGE[_COUNTRY].properties, with underscores, for example " + baseName + "_zh_CN.properties");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot read messages " + String.join("; ", problems));
        }
        return new MessageDirectory(directory, baseName, Collections.unmodifiableMap(files));
    }

    /**
     * Why the lookup would never ask for {@code bundleName}, if so: its suffix is no locale, or a
     * locale written otherwise ({@code zh_cn} for {@code zh_CN}).
     */
    private static Optional<String> misnamed(String baseName, String bundleName) {
        String[] parts = bundleName.substring(baseName.length() + 1).split("_", -1);
        boolean scripted = parts.length >= 2 && parts[1].matches("[A-Za-z]{4}");
        if (parts.length > (scripted ? 4 : 3)) {
            return Optional.of("its name after " + baseName + "_ is no locale");
        }
        Locale locale;
        try {
            locale = scripted
                    ? new Locale.Builder().setLanguage(parts[0]).setScript(parts[1])
                            .setRegion(parts.length > 2 ? parts[2] : "").setVariant(parts.length > 3 ? parts[3] : "").build()
                    : new Locale(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : "");
        } catch (IllformedLocaleException e) {
            return Optional.of("its name after " + baseName + "_ is no locale");
        }
        String expected = LOOKUP.toBundleName(baseName, locale);
        if (expected.equals(bundleName) || oldCodeName(baseName, expected, locale).equals(bundleName)) {
            return Optional.empty();
        }
        return Optional.of("the lookup asks for " + expected + ".properties");
    }

    /** {@code bundleName} with the locale's language as Java used to write it, if it was renamed. */
    private static String oldCodeName(String baseName, String bundleName, Locale locale) {
        String old = OLD_LANGUAGE_CODES.get(locale.getLanguage());
        // The language comes right after the base name.
        return old == null ? bundleName
                : baseName + "_" + old + bundleName.substring((baseName + "_" + locale.getLanguage()).length());
    }

    /** The texts of {@code file} as UTF-8 properties, or null after adding what is wrong to {@code problems}. */
    private static Map<String, String> texts(Path file, List<String> problems) {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            PropertyResourceBundle bundle = new PropertyResourceBundle(reader);
            Map<String, String> texts = new TreeMap<>();
            for (String key : bundle.keySet()) {
                texts.put(key, bundle.getString(key));
            }
            List<String> malformed = MessageBundle.malformed(texts);
            if (!malformed.isEmpty()) {
                problems.add(file + ": not a message pattern: " + String.join(", ", malformed));
                return null;
            }
            return Collections.unmodifiableMap(texts);
        } catch (CharacterCodingException e) {
            problems.add(file + ": not UTF-8 text");
        } catch (IllegalArgumentException e) {
            problems.add(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages " + file, e);
        }
        return null;
    }

    /** The directory the files are in. */
    public Path directory() {
        return directory;
    }

    /** The family's base name, such as {@code messages}. */
    public String baseName() {
        return baseName;
    }

    /**
     * The texts for {@code locale}: the most specific file the JDK's lookup would choose, falling
     * back through less specific ones to the root file, as {@code ResourceBundle.getBundle} does.
     */
    public ResourceBundle forLocale(Locale locale) {
        List<String> chain = new ArrayList<>();
        List<Locale> locales = new ArrayList<>();
        for (Locale candidate : LOOKUP.getCandidateLocales(baseName, locale)) {
            String name = LOOKUP.toBundleName(baseName, candidate);
            String found = files.containsKey(name) ? name : oldCodeName(baseName, name, candidate);
            if (files.containsKey(found)) {
                chain.add(found);
                locales.add(candidate);
            }
        }
        return bundles.computeIfAbsent(List.copyOf(chain), names -> {
            FileBundle parent = null;
            for (int i = names.size() - 1; i >= 0; i--) {
                parent = new FileBundle(files.get(names.get(i)), locales.get(i), parent);
            }
            return parent;
        });
    }

    /**
     * What the texts are, for a content hash: the root file's texts as a classpath family's root
     * counts, then every translation file's by its name.
     */
    void fingerprint(StringBuilder text) {
        appendTexts(files.get(baseName), text);
        files.forEach((name, texts) -> {
            if (!name.equals(baseName)) {
                appendTexts(texts, text.append("file ").append(name).append('\0'));
            }
        });
    }

    private static void appendTexts(Map<String, String> texts, StringBuilder text) {
        texts.forEach((key, value) -> MessageSource.appendText(key, value, text));
    }

    /** One file's texts, with the less specific files behind it. */
    private static final class FileBundle extends ResourceBundle {
        private final Map<String, String> texts;
        private final Locale locale;

        FileBundle(Map<String, String> texts, Locale locale, ResourceBundle parent) {
            this.texts = texts;
            this.locale = locale;
            setParent(parent);
        }

        @Override
        protected Object handleGetObject(String key) {
            return texts.get(key);
        }

        @Override
        protected Set<String> handleKeySet() {
            return texts.keySet();
        }

        @Override
        public Enumeration<String> getKeys() {
            Set<String> keys = new TreeSet<>(texts.keySet());
            if (parent != null) {
                keys.addAll(parent.keySet());
            }
            return Collections.enumeration(keys);
        }

        @Override
        public Locale getLocale() {
            return locale;
        }
    }

    @Override
    public String toString() {
        return "MessageDirectory[" + directory.resolve(baseName + ".properties") + ", " + files.keySet() + "]";
    }
}
