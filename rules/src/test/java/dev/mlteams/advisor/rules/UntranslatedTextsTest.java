package dev.mlteams.advisor.rules;

import static dev.mlteams.advisor.rules.CustomRulesTest.RISK_REVIEW_RULE;
import static dev.mlteams.advisor.rules.CustomRulesTest.acme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verifyIn(languages)} tells which of your texts its callers would read in English: a key
 * your root messages file has and your files for that language lack falls back to the English
 * text, also where the defaults have a translation of a key you reworded.
 */
class UntranslatedTextsTest {

    private static final String RISK_REVIEW = "acme.risk-review = In {0}, have an ML risk reviewer sign off.\n";
    private static final String RISK_REVIEW_ZH = "acme.risk-review = \u5728{0}\u884c\u4e1a\uff0c\u8bf7\u5ba1\u6838\u3002\n";

    @Test
    void aKeyYourTranslationLacksIsAProblemOfTheBuild_namingTheFileItBelongsIn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), RISK_REVIEW + "acme.motto = Plan in bets.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), RISK_REVIEW_ZH);
        Advisor.Builder builder = acme().addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE);
        builder.build();

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> builder.verifyIn(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE).build());

        assertEquals(List.of("verifyIn: in zh-CN, 1 text of the messages " + dir.resolve("words.properties")
                + " (translations in words_zh_CN.properties) has no translation and shows in English: acme.motto"),
                problems(e));
    }

    @Test
    void aDefaultKeyRewordedInEnglishOnlyIsAProblem_forTheDefaultTranslationNoLongerShows(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "practice.expect-stalls = Plan for weeks of no progress.\n");

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> Advisor.builder().addMessages(dir, "words").verifyIn(Locale.SIMPLIFIED_CHINESE).build());

        assertEquals(List.of("verifyIn: in zh-CN, 1 text of the messages " + dir.resolve("words.properties")
                + " (translations in words_zh_CN.properties) has no translation and shows in English:"
                + " practice.expect-stalls"), problems(e));
        // A classpath family is named by its base name, and its file by the resource path.
        RuleSetException family = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addMessages("acme.english-only-messages").verifyIn(Locale.forLanguageTag("zh")).build());
        // The language is named as given; the file, by the texts it would serve.
        assertEquals(List.of("verifyIn: in zh, 1 text of the bundle family acme.english-only-messages (translations"
                + " in acme/english-only-messages_zh_CN.properties) has no translation and shows in English:"
                + " practice.expect-stalls"), problems(family));
    }

    @Test
    void aFamilyWhoseChineseFileIsZhIsToldToAddToThatFile_onceForZhAndZhCn(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), RISK_REVIEW + "acme.motto = Plan in bets.\n");
        Files.writeString(dir.resolve("words_zh.properties"), RISK_REVIEW_ZH);

        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE).verifyIn(Locale.CHINESE, Locale.SIMPLIFIED_CHINESE,
                        Locale.forLanguageTag("zh-CN-posix")).build());

        assertEquals(List.of("verifyIn: in zh, 1 text of the messages " + dir.resolve("words.properties")
                + " (translations in words_zh.properties) has no translation and shows in English: acme.motto"),
                problems(e));
    }

    @Test
    void translatedTextsEnglishAndLanguagesNothingIsWrittenInAreNotProblems(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), RISK_REVIEW + "acme.brand = MLOps\n");
        // A translation may read as the English does: it is still a translation.
        Files.writeString(dir.resolve("words_zh_CN.properties"), RISK_REVIEW_ZH + "acme.brand = MLOps\n");
        acme().addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyIn(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH, Locale.US).build();
        // No text is in French, the defaults' neither: French callers read English throughout.
        Files.delete(dir.resolve("words_zh_CN.properties"));
        acme().addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE).verifyIn(Locale.FRENCH).build();
        // Without verifyIn, the build does not look.
        acme().addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE).locale(Locale.SIMPLIFIED_CHINESE)
                .build();
    }

    @Test
    void aFixedBundleIsTheSameForEveryLanguage_andAHigherFamilysTranslationServesTheKey(@TempDir Path dir)
            throws IOException {
        // addMessages(bundle) gives one text for every locale: that is what it was given for.
        acme().addRules("acme.drl", RISK_REVIEW_RULE).verifyIn(Locale.SIMPLIFIED_CHINESE).build();

        Path lower = Files.createDirectory(dir.resolve("lower"));
        Files.writeString(lower.resolve("words.properties"), RISK_REVIEW);
        Path upper = Files.createDirectory(dir.resolve("upper"));
        Files.writeString(upper.resolve("words.properties"), RISK_REVIEW);
        Files.writeString(upper.resolve("words_zh_CN.properties"), RISK_REVIEW_ZH);
        // The upper family serves the key in Chinese; the lower one's English text never shows there.
        acme().addMessages(lower, "words").addMessages(upper, "words").addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyIn(Locale.SIMPLIFIED_CHINESE).build();
        // The other way round, the upper family's English text wins, and is told.
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addMessages(upper, "words")
                .addMessages(lower, "words").addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyIn(Locale.SIMPLIFIED_CHINESE).build());
        assertEquals(List.of("verifyIn: in zh-CN, 1 text of the messages " + lower.resolve("words.properties")
                + " (translations in words_zh_CN.properties) has no translation and shows in English:"
                + " acme.risk-review"), problems(e));
    }

    @Test
    void aKnowledgeItemOfYoursWithNoTitleInALanguageServedIsAProblem_oneInEnglishOnlyIsAnUntranslatedText(
            @TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), RISK_REVIEW);
        Files.writeString(dir.resolve("words_zh_CN.properties"), RISK_REVIEW_ZH);
        Advisor.Builder builder = Advisor.builder().addKnowledge(CustomRulesTest.ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE);
        // English needs no title, the catalogue's is English; nor does a language no texts are written in.
        builder.verifyIn(Locale.ENGLISH, Locale.JAPANESE).build();

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> builder.verifyIn(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.CHINESE).build());
        assertEquals(List.of("verifyIn: in zh-CN, 1 knowledge item of yours has no title and shows the catalogue's, in"
                + " English: ACME-1 (a text knowledge.ACME-1 in your messages gives one)"), problems(e));

        // A title in English only is a text without its translation.
        Files.writeString(dir.resolve("words.properties"), RISK_REVIEW + "knowledge.ACME-1 = Regulated firms review.\n");
        RuleSetException english = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addKnowledge(CustomRulesTest.ACME_1).addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyIn(Locale.SIMPLIFIED_CHINESE).build());
        assertEquals(List.of("verifyIn: in zh-CN, 1 text of the messages " + dir.resolve("words.properties")
                + " (translations in words_zh_CN.properties) has no translation and shows in English: knowledge.ACME-1"),
                problems(english));

        Files.writeString(dir.resolve("words_zh_CN.properties"), RISK_REVIEW_ZH + CustomRulesTest.ACME_1_TITLE_ZH);
        Advisor.builder().addKnowledge(CustomRulesTest.ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE).verifyIn(Locale.SIMPLIFIED_CHINESE).build();
    }

    @Test
    void manyUntranslatedKeysListTheFirstTenAndCountTheRest_besideTheRulesProblems(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), IntStream.rangeClosed(1, 12)
                .mapToObj(i -> String.format("acme.key-%02d = Text %d.%n", i, i)).collect(Collectors.joining()));

        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addMessages(dir, "words").addKnowledge(CustomRulesTest.ACME_1).addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyWith(Companies.bank()).verifyIn(Locale.SIMPLIFIED_CHINESE).build());

        assertEquals(List.of("verifyIn: in zh-CN, 12 texts of the messages " + dir.resolve("words.properties")
                        + " (translations in words_zh_CN.properties) have no translation and show in English:"
                        + " acme.key-01, acme.key-02, acme.key-03, acme.key-04, acme.key-05, acme.key-06,"
                        + " acme.key-07, acme.key-08, acme.key-09, acme.key-10 and 2 more",
                "verifyIn: in zh-CN, 1 knowledge item of yours has no title and shows the catalogue's, in English:"
                        + " ACME-1 (a text knowledge.ACME-1 in your messages gives one)",
                "acme.drl:13 rule \"acme: regulated industries review model risk\": advise.practice names message key"
                        + " \"acme.risk-review\", which the message bundle lacks"),
                problems(e));
    }

    private static List<String> problems(RuleSetException e) {
        return e.problems().stream().map(Object::toString).toList();
    }
}
