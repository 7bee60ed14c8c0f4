package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Layered texts: one bundle per set of files the locales resolve to, and a fingerprint of what they are. */
class MessageSourceTest {

    @Test
    void localesResolvingToTheSameFilesShareOneBundle_soArbitraryLocalesDoNotGrowTheCache(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = root a\n");
        Files.writeString(dir.resolve("words_de.properties"), "a = deutsch a\n");
        MessageSource source = MessageSource.empty().over(MessageDirectory.read(dir, "words"));

        MessageBundle french = source.forLocale(Locale.FRENCH);
        MessageBundle german = source.forLocale(Locale.GERMAN);

        assertSame(french, source.forLocale(Locale.ITALIAN));
        assertSame(german, source.forLocale(Locale.GERMANY));
        assertNotSame(french, german);
        assertEquals("root a", french.text("a").orElseThrow());
        assertEquals("deutsch a", german.text("a").orElseThrow());
    }

    @Test
    void theFingerprintNamesADirectoryFamily(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = same text\n");
        Files.writeString(dir.resolve("texts.properties"), "a = same text\n");

        assertNotEquals(MessageSource.empty().over(MessageDirectory.read(dir, "words")).fingerprint(),
                MessageSource.empty().over(MessageDirectory.read(dir, "texts")).fingerprint());
    }
}
