package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every message key the default rules emit has a text, every text is emitted by some rule, and
 * both languages have exactly the same keys.
 */
class MessageKeysTest {

    private static final String DIR = "dev/mlteams/advisor/rules/";
    private static final String[] FILES = {"signals.drl", "archetype.drl", "design.drl", "roles.drl", "hiring.drl",
        "practices.drl", "risks.drl", "warnings.drl", "roadmap.drl", "candidate.drl"};
    /** A quoted dotted lower-case literal in a consequence: "practice.plan-probabilistically". */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\"");

    @Test
    void emittedKeysAndBundleKeysMatch() throws IOException {
        Set<String> emitted = new TreeSet<>();
        for (String file : FILES) {
            Matcher m = KEY.matcher(resource(DIR + file));
            while (m.find()) {
                emitted.add(m.group(1));
            }
        }
        Properties bundle = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DIR + "messages.properties")) {
            bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> texts = new TreeSet<>(bundle.stringPropertyNames());
        texts.removeIf(k -> k.startsWith("enum."));

        Set<String> missing = new TreeSet<>(emitted);
        missing.removeAll(texts);
        Set<String> unused = new TreeSet<>(texts);
        unused.removeAll(emitted);
        assertEquals(Set.of(), missing, "keys the rules emit without a text");
        assertEquals(Set.of(), unused, "texts no rule emits");
    }

    @Test
    void englishAndChineseHaveTheSameKeysAndChineseHasEveryKnowledgeTitle() throws IOException {
        Set<String> english = keys("messages.properties");
        Set<String> chinese = keys("messages_zh_CN.properties");
        Set<String> titles = new TreeSet<>();
        chinese.removeIf(k -> k.startsWith("knowledge.") && titles.add(k.substring("knowledge.".length())));

        Set<String> untranslated = new TreeSet<>(english);
        untranslated.removeAll(chinese);
        Set<String> onlyChinese = new TreeSet<>(chinese);
        onlyChinese.removeAll(english);
        assertEquals(Set.of(), untranslated, "keys without a Chinese text");
        assertEquals(Set.of(), onlyChinese, "Chinese keys without an English text");

        Set<String> catalogue = new TreeSet<>();
        dev.mlteams.advisor.Advisor.defaults().catalogue().items().forEach(i -> catalogue.add(i.id()));
        assertEquals(catalogue, titles, "knowledge IDs with a Chinese title");
    }

    @Test
    void chineseTextsAreChinese() throws IOException {
        Properties chinese = load("messages_zh_CN.properties");
        for (String key : chinese.stringPropertyNames()) {
            String text = chinese.getProperty(key);
            assertTrue(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    key + " has no Chinese characters: " + text);
        }
    }

    private Set<String> keys(String file) throws IOException {
        return new TreeSet<>(load(file).stringPropertyNames());
    }

    private Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DIR + file)) {
            properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private String resource(String path) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
