package dev.mlteams.advisor.cli;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.PropertyResourceBundle;
import java.util.stream.Stream;

/**
 * The message files of a {@code --rules} directory, {@code messages.properties} and its
 * per-language siblings such as {@code messages_zh_CN.properties}, as a class loader for the
 * advisor's bundle lookup. It finds those files and nothing else there: every class and other
 * resource still comes from the CLI's own class path.
 */
final class MessageFiles extends ClassLoader {

    /** The bundle family's base name. */
    static final String BASE_NAME = "messages";

    private final Path directory;

    private MessageFiles(Path directory) {
        super(MessageFiles.class.getClassLoader());
        this.directory = directory;
    }

    /** Whether {@code directory} has a root message file. */
    static boolean present(Path directory) {
        return Files.isRegularFile(directory.resolve(BASE_NAME + ".properties"));
    }

    /**
     * The loader for the message files in {@code directory}, each read once first: the bundle
     * lookup would report a malformed file only as a missing bundle.
     *
     * @throws IllegalArgumentException naming a file that is not a valid properties file
     * @throws UncheckedIOException     if the directory or a file cannot be read
     */
    static MessageFiles in(Path directory) {
        try (Stream<Path> files = Files.list(directory)) {
            for (Path file : files.filter(MessageFiles::isMessageFile).toList()) {
                try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                    new PropertyResourceBundle(reader);
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException("cannot read messages " + file + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the messages in " + directory, e);
        }
        return new MessageFiles(directory);
    }

    private static boolean isMessageFile(Path file) {
        return file.getFileName().toString().matches(BASE_NAME + "(_\\w+)?\\.properties") && Files.isRegularFile(file);
    }

    @Override
    protected URL findResource(String name) {
        Path file = directory.resolve(name);
        if (name.contains("/") || !isMessageFile(file)) {
            return null;
        }
        try {
            return file.toUri().toURL();
        } catch (MalformedURLException e) {
            return null;
        }
    }
}
