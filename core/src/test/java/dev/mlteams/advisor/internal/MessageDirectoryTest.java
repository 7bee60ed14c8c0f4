package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bundle family read from a directory, looked up like {@code ResourceBundle.getBundle}. */
class MessageDirectoryTest {

    @Test
    void aTranslationHasItsOwnLocaleAndItsFallbacksKeys(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = root a\nb = root b\n");
        Files.writeString(dir.resolve("words_de.properties"), "a = deutsch a\n");

        ResourceBundle german = MessageDirectory.read(dir, "words").forLocale(Locale.GERMANY);

        assertEquals(Locale.GERMAN, german.getLocale());
        assertEquals(List.of("a", "b"), Collections.list(german.getKeys()));
        assertEquals("deutsch a", german.getString("a"));
        assertEquals("root b", german.getString("b"));
        assertEquals(Locale.ROOT, MessageDirectory.read(dir, "words").forLocale(Locale.FRENCH).getLocale());
    }

    @Test
    void aThreeLetterLanguageWrittenWithAHyphenOrAnEntryThatIsNoFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = root a\n");
        Files.writeString(dir.resolve("words_fil-PH.properties"), "a = filipino a\n");
        Files.createDirectory(dir.resolve("words_de.properties"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MessageDirectory.read(dir, "words"));

        assertTrue(e.getMessage().contains(dir.resolve("words_de.properties") + ": not a file"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.resolve("words_fil-PH.properties") + ": the language lookup would never"
                + " find it"), e.getMessage());
    }

    @Test
    void aNameWithMorePartsThanALocaleIsNoLocale(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = root a\n");
        Files.writeString(dir.resolve("words_de_DE_POSIX_x.properties"), "a = too many parts\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> MessageDirectory.read(dir, "words"));

        assertTrue(e.getMessage().contains(dir.resolve("words_de_DE_POSIX_x.properties") + ": the language lookup would"
                + " never find it; its name after words_ is no locale"), e.getMessage());
    }

    @Test
    void theContentFingerprintCoversTheRootAndEachTranslationByName(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "a = root a\n");
        Files.writeString(dir.resolve("words_de.properties"), "a = same text\n");
        String first = fingerprint(dir);
        Files.writeString(dir.resolve("words.properties"), "a = root a, reworded\n");
        String rootChanged = fingerprint(dir);
        Files.move(dir.resolve("words_de.properties"), dir.resolve("words_fr.properties"));
        String renamed = fingerprint(dir);

        assertEquals(3, new java.util.HashSet<>(List.of(first, rootChanged, renamed)).size());
    }

    private static String fingerprint(Path dir) {
        StringBuilder text = new StringBuilder();
        MessageDirectory.read(dir, "words").fingerprint(text);
        return text.toString();
    }
}
