package dev.mlteams.advisor.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A bundle family kept as files in a directory, {@code messages.properties} beside its
 * per-language siblings such as {@code messages_zh_CN.properties}, offered to the JDK's bundle
 * lookup as a class loader that finds those files and nothing else: not even its parent's, so a
 * {@code messages.properties} elsewhere on the class path cannot stand in for a missing one.
 */
public final class MessageDirectory extends ClassLoader {

    private final Path directory;
    private final Pattern fileNames;

    private MessageDirectory(Path directory, Pattern fileNames) {
        super(null);
        this.directory = directory;
        this.fileNames = fileNames;
    }

    /**
     * The family {@code baseName} in {@code directory}, each of its files read once now: the
     * bundle lookup would report a malformed file only as a missing bundle.
     *
     * @throws IllegalArgumentException if the root file is missing, or naming every file that is
     *                                  not UTF-8, not a valid properties file, or named like a
     *                                  translation the lookup would never find ({@code _zh-CN})
     * @throws UncheckedIOException     if the directory or a file cannot be read
     */
    public static MessageDirectory of(Path directory, String baseName) {
        // The bundle lookup turns dots into directories.
        if (!baseName.matches("[\\w-]+")) {
            throw new IllegalArgumentException("a message file's base name is a file name without dots or"
                    + " directories, like 'messages'; was '" + baseName + "'");
        }
        MessageDirectory family = new MessageDirectory(directory,
                Pattern.compile(Pattern.quote(baseName) + "(_\\w+)?\\.properties"));
        if (!Files.isRegularFile(directory.resolve(baseName + ".properties"))) {
            throw new IllegalArgumentException("no " + baseName + ".properties in " + directory
                    + " (the texts every language falls back to)");
        }
        Pattern lookAlike = Pattern.compile(Pattern.quote(baseName) + "[-_][A-Za-z]{2,3}([-_][A-Za-z0-9]+)*\\.properties");
        List<String> problems = new ArrayList<>();
        List<Path> files;
        try (Stream<Path> listed = Files.list(directory)) {
            files = listed.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages in " + directory, e);
        }
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (family.isFamilyFile(file)) {
                readable(file).ifPresent(problems::add);
            } else if (lookAlike.matcher(name).matches()) {
                problems.add(file + ": the language lookup would never find it; a translation is named " + baseName
                        + "_LANGUAGE[_COUNTRY].properties, with underscores, for example " + baseName + "_zh_CN.properties");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("cannot read messages " + String.join("; ", problems));
        }
        return family;
    }

    /** What is wrong with {@code file} as UTF-8 properties, if anything. */
    private static Optional<String> readable(Path file) {
        try (Reader reader = new InputStreamReader(Files.newInputStream(file), StandardCharsets.UTF_8.newDecoder())) {
            new PropertyResourceBundle(reader);
            return Optional.empty();
        } catch (CharacterCodingException e) {
            return Optional.of(file + ": not UTF-8 text");
        } catch (IllegalArgumentException e) {
            return Optional.of(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read messages " + file, e);
        }
    }

    /** The languages the family has files for besides its root, such as {@code zh_CN}. */
    public List<Locale> translations() {
        List<Locale> locales = new ArrayList<>();
        try (Stream<Path> listed = Files.list(directory)) {
            for (Path file : listed.filter(this::isFamilyFile).sorted().toList()) {
                Matcher name = fileNames.matcher(file.getFileName().toString());
                if (name.matches() && name.group(1) != null) {
                    String[] parts = name.group(1).substring(1).split("_", 3);
                    locales.add(new Locale(parts[0], parts.length > 1 ? parts[1] : "", parts.length > 2 ? parts[2] : ""));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages in " + directory, e);
        }
        return List.copyOf(locales);
    }

    /** The directory the files are in. */
    public Path directory() {
        return directory;
    }

    private boolean isFamilyFile(Path file) {
        return fileNames.matcher(file.getFileName().toString()).matches() && Files.isRegularFile(file);
    }

    @Override
    public URL getResource(String name) {
        return findResource(name);
    }

    @Override
    protected URL findResource(String name) {
        if (name.contains("/") || name.contains("\\")) {
            return null;
        }
        Path file = directory.resolve(name);
        if (!isFamilyFile(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }

    @Override
    public String toString() {
        return "MessageDirectory[" + directory + "]";
    }
}
