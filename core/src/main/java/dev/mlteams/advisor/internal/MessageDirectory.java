package dev.mlteams.advisor.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.PropertyResourceBundle;
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
     * @throws IllegalArgumentException if the root file is missing or a file is not a valid
     *                                  properties file (naming it)
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
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(family::isFamilyFile).sorted().toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    new PropertyResourceBundle(reader);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot read messages " + file + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages in " + directory, e);
        }
        return family;
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
