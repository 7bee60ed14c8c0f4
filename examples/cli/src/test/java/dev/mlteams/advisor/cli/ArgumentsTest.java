package dev.mlteams.advisor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArgumentsTest {

    @Test
    void optionsMayComeAnywhereAfterTheCommandInEitherSpelling() {
        Arguments arguments = Arguments.parse("recommend", "--lang=zh-CN", "p.yaml", "--format", "json");

        assertEquals("recommend", arguments.command());
        assertEquals(List.of("p.yaml"), arguments.positionals());
        assertEquals(Map.of("lang", "zh-CN", "format", "json"), arguments.options());
        assertEquals(Locale.SIMPLIFIED_CHINESE, arguments.locale());
        assertTrue(arguments.json());
        assertEquals(Optional.empty(), arguments.rules());
    }

    @Test
    void defaultsAreEnglishMarkdownAndNoExtraRules() {
        Arguments arguments = Arguments.parse("why-not", "p.yaml", "practice.portfolio", "--rules", "acme");

        assertEquals(Locale.ENGLISH, arguments.locale());
        assertFalse(arguments.json());
        assertEquals(Optional.of(Path.of("acme")), arguments.rules());
        assertEquals("practice.portfolio", arguments.positional(1));
    }

    @Test
    void candidateTakesOneProfileAndTheOptionsOfRecommend() {
        Arguments arguments = Arguments.parse("candidate", "c.yaml", "--format", "json", "--lang", "zh", "--rules", "acme");

        assertEquals("candidate", arguments.command());
        assertEquals(Path.of("c.yaml"), arguments.path(0));
        assertTrue(arguments.json());
        assertEquals(Locale.SIMPLIFIED_CHINESE, arguments.locale());
        assertEquals(Optional.of(Path.of("acme")), arguments.rules());
        assertFalse(Arguments.parse("candidate", "c.yaml").json());
        assertEquals("candidate takes PROFILE, but got 2 argument(s)", usageError("candidate", "a.yaml", "b.yaml"));
        assertEquals("--format must be markdown or json, not 'pdf'", usageError("candidate", "c.yaml", "--format=pdf"));
    }

    @Test
    void afterTwoDashesEverythingIsAnArgument() {
        assertEquals(List.of("--odd-name.yaml"), Arguments.parse("recommend", "--lang", "en", "--", "--odd-name.yaml")
                .positionals());
    }

    @Test
    void eachMistakeIsAUsageErrorThatSaysWhatIsWrong() {
        assertEquals("no command given", usageError());
        assertEquals("unknown command 'advise'", usageError("advise", "p.yaml"));
        assertEquals("unknown option '--format' for compare", usageError("compare", "a", "b", "--format", "json"));
        assertEquals("--lang needs a value", usageError("recommend", "p.yaml", "--lang"));
        assertEquals("--lang given twice", usageError("recommend", "p.yaml", "--lang", "en", "--lang", "en"));
        assertEquals("--rules needs a value, not an empty one", usageError("recommend", "p.yaml", "--rules", ""));
        assertEquals("--rules needs a value, not an empty one", usageError("recommend", "p.yaml", "--rules="));
        assertEquals("compare takes BEFORE AFTER, but got 1 argument(s)", usageError("compare", "a"));
        assertEquals("--lang must be en or zh-CN, not 'fr'", assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse("recommend", "p.yaml", "--lang", "fr").locale()).getMessage());
        // Tags in any case, and the forms the library reads as its two languages.
        // And Java's own form, as a Java user types it.
        for (String chinese : List.of("zh-CN", "zh-cn", "zh", "ZH", "zh-Hans", "zh-Hans-CN", "zh_CN",
                "zh-SG", "zh-MY", "zh-Hans-SG", "zh-Hans-HK", "zh-SG-posix")) {
            assertEquals(Locale.SIMPLIFIED_CHINESE, Arguments.parse("recommend", "p.yaml", "--lang", chinese).locale(), chinese);
        }
        for (String english : List.of("en", "EN", "en-US", "en-GB", "en_US")) {
            assertEquals(Locale.ENGLISH, Arguments.parse("recommend", "p.yaml", "--lang", english).locale(), english);
        }
        for (String other : List.of("zh-TW", "zh_TW", "zh-HK", "zh-Hant", "zh-Hant-CN", "e", "english", "")) {
            assertThrows(Arguments.UsageException.class,
                    () -> Arguments.parse("recommend", "p.yaml", "--lang", other).locale(), other);
        }
        assertEquals("--format must be markdown or json, not 'pdf'", assertThrows(Arguments.UsageException.class,
                () -> Arguments.parse("recommend", "p.yaml", "--format", "pdf").json()).getMessage());
    }

    @Test
    void optionValuesAreCheckedWhenParsedForEveryCommand() {
        // compare and why-not never ask for the language without --rules: parse must, or "--lang fr" passes.
        assertEquals("--lang must be en or zh-CN, not 'fr'", usageError("compare", "a.yaml", "b.yaml", "--lang", "fr"));
        assertEquals("--lang must be en or zh-CN, not 'de'", usageError("why-not", "p.yaml", "k", "--lang=de"));
        assertEquals("--format must be markdown or json, not 'pdf'", usageError("recommend", "p.yaml", "--format", "pdf"));
    }

    @Test
    void aFileNameTheLocaleCannotRepresentSaysToUseAUtf8Locale() {
        // What the JVM makes of 档案.yaml under LC_ALL=C: one U+FFFD per byte it cannot decode.
        assertEquals("cannot use the file name 'p/??????.yaml': the locale's character set (US-ASCII) cannot"
                + " represent it; run advisor under a UTF-8 locale, for example LC_ALL=C.UTF-8",
                Arguments.unusableFileName("p/\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD\uFFFD.yaml",
                        "Malformed input or input contains unmappable characters", StandardCharsets.US_ASCII));
    }

    @Test
    void aFileNameNoLocaleAllowsIsAnErrorThatSaysWhy() {
        Arguments arguments = Arguments.parse("compare", "a.yaml", "b\0.yaml", "--rules", "r\0");

        assertEquals("cannot use the file name 'b\0.yaml': Nul character not allowed",
                assertThrows(IllegalArgumentException.class, () -> arguments.path(1)).getMessage());
        assertEquals("cannot use the file name 'r\0': Nul character not allowed",
                assertThrows(IllegalArgumentException.class, arguments::rules).getMessage());
        assertEquals(Path.of("a.yaml"), arguments.path(0));
    }

    private static String usageError(String... args) {
        return assertThrows(Arguments.UsageException.class, () -> Arguments.parse(args)).getMessage();
    }
}
