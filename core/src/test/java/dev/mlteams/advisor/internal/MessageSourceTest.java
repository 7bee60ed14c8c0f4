package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.io.IOException;
import java.math.RoundingMode;
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
    @Test
    void aValueTheTextsHaveNoWordForReadsAsTheVocabularysWordInTheTextsLanguage(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "look = Look for {0} jobs.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), "look = \\u627e{0}\\u804c\\u4f4d\\u3002\n");
        MessageSource source = MessageSource.empty().over(MessageDirectory.read(dir, "words"));

        assertEquals("Look for ML engineer jobs.", message(source, Locale.ENGLISH, Role.ML_ENGINEER));
        assertEquals("\u627e\u673a\u5668\u5b66\u4e60\u5de5\u7a0b\u5e08\u804c\u4f4d\u3002",
                message(source, Locale.SIMPLIFIED_CHINESE, Role.ML_ENGINEER));
        // A family's "_zh" texts are Chinese too: so are the vocabulary's words in them.
        Path zh = Files.createDirectory(dir.resolve("zh"));
        Files.writeString(zh.resolve("words.properties"), "look = Look for {0} jobs.\n");
        Files.writeString(zh.resolve("words_zh.properties"), "look = \\u627e{0}\\u804c\\u4f4d\\u3002\n");
        assertEquals("\u627e\u673a\u5668\u5b66\u4e60\u5de5\u7a0b\u5e08\u804c\u4f4d\u3002",
                message(MessageSource.empty().over(MessageDirectory.read(zh, "words")), Locale.SIMPLIFIED_CHINESE,
                        Role.ML_ENGINEER));
        // Texts in a language the vocabulary has no words in get its English ones.
        assertEquals("Look for mid-level jobs.", message(source, Locale.GERMAN, Seniority.MID));
        // The rule set's own word comes first; a value no one has a word for reads in lower case.
        Files.writeString(dir.resolve("words.properties"), "look = Look for {0} jobs.\nenum.Role.ML_ENGINEER = MLE\n");
        MessageSource own = MessageSource.empty().over(MessageDirectory.read(dir, "words"));
        assertEquals("Look for MLE jobs.", message(own, Locale.ENGLISH, Role.ML_ENGINEER));
        assertEquals("Look for half even jobs.", message(own, Locale.ENGLISH, RoundingMode.HALF_EVEN));
    }

    private static String message(MessageSource source, Locale locale, Enum<?> value) {
        return source.forLocale(locale).message("look", value).orElseThrow().text();
    }
}
