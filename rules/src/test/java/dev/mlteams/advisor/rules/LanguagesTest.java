package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.report.AdviceMarkdown;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** The same advice in English and Simplified Chinese, chosen per call or per advisor. */
class LanguagesTest {

    @Test
    void chineseAdviceHasTheSameItemsInOtherWords() {
        Advice english = Advisor.recommend(Companies.saasCompany());
        Advice chinese = Advisor.recommend(Companies.saasCompany(), Locale.SIMPLIFIED_CHINESE);

        List<String> englishKeys = english.items().stream().map(i -> i.message().key()).toList();
        assertEquals(englishKeys, chinese.items().stream().map(i -> i.message().key()).toList());
        assertEquals(english.trace(), chinese.trace());
        for (int i = 0; i < english.items().size(); i++) {
            Explained en = english.items().get(i);
            Explained zh = chinese.items().get(i);
            assertEquals(en.message().args(), zh.message().args());
            assertNotEquals(en.message().text(), zh.message().text(), en.message().key());
        }
        assertEquals("公司最接近“嵌入产品型机器学习”：证据共计 7 分，该类型得到 7 分。",
                chinese.archetype().primary().message().text());
    }

    @Test
    void theLanguageCanBeSetPerAdvisor() {
        Advisor chinese = Advisor.builder().locale(Locale.SIMPLIFIED_CHINESE).build();

        assertTrue(chinese.advise(Companies.bank()).practices().get(0).message().text()
                .codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN));
        assertTrue(chinese.advise(Companies.bank(), Locale.ENGLISH).practices().get(0).message().text()
                .matches("[\\x20-\\x7E]+"));
        assertEquals("独立部门型：向高层汇报；人才密度高、资源足，但交付给业务线难、反馈慢",
                chinese.text("knowledge.A4", Locale.SIMPLIFIED_CHINESE).orElseThrow());
    }

    @Test
    void aBundleFamilyWithOnlyEnglishTextsDoesNotDecideTheLanguageOfTheOthers() {
        for (List<Locale> order : List.of(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE),
                List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH))) {
            Advisor advisor = Advisor.builder().addMessages("acme.english-only-messages").build();
            for (Locale locale : order) {
                boolean chinese = locale.equals(Locale.SIMPLIFIED_CHINESE);
                assertEquals("Progress on ML work stalls for weeks; plan for it.",
                        advisor.text("practice.expect-stalls", locale).orElseThrow(), order + " " + locale);
                assertEquals(Advisor.defaults().text("practice.measure-inputs", locale),
                        advisor.text("practice.measure-inputs", locale), order + " " + locale);
                assertEquals(chinese, advisor.advise(Companies.bank(), locale).archetype().primary().message().text()
                        .codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        order + " " + locale);
            }
        }
    }

    @Test
    void aFixedBundleLoadedForAnotherLocaleDoesNotChangeHowNumbersAreWritten() {
        ResourceBundle german = ResourceBundle.getBundle("acme.wording", Locale.GERMAN);
        assertEquals(Locale.GERMAN, german.getLocale());
        Advisor advisor = Advisor.builder().addMessages(german).build();

        for (Locale locale : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE)) {
            List<String> market = Advisor.recommend(Companies.bank(), locale).hiringPlan().market().stream()
                    .map(m -> m.message().text()).toList();
            assertTrue(market.stream().anyMatch(t -> t.matches(".*\\d,\\d{3}.*")), market.toString());
            assertEquals(market, advisor.advise(Companies.bank(), locale).hiringPlan().market().stream()
                    .map(m -> m.message().text()).toList());
        }
    }

    @Test
    void anUnshippedLanguageFallsBackToEnglish() {
        assertEquals(Advisor.recommend(Companies.bank()).practices(),
                Advisor.recommend(Companies.bank(), Locale.GERMAN).practices());
    }

    @Test
    void chineseWithoutARegionReadsAsSimplifiedChinese_asAnAcceptLanguageHeaderOfZhAsksForIt() {
        Advice bare = Advisor.recommend(Companies.bank(), Locale.forLanguageTag("zh"));
        Advice simplified = Advisor.recommend(Companies.bank(), Locale.SIMPLIFIED_CHINESE);

        assertEquals(simplified.practices(), bare.practices());
        assertEquals(Locale.forLanguageTag("zh"), bare.locale(), "the advice keeps the language asked for");
        String report = AdviceMarkdown.render(bare, Advisor.defaults());
        assertEquals(AdviceMarkdown.render(simplified, Advisor.defaults()), report);
        // Traditional Chinese is not Simplified: it falls back to English, as any language without texts.
        assertEquals(Advisor.recommend(Companies.bank()).practices(),
                Advisor.recommend(Companies.bank(), Locale.TRADITIONAL_CHINESE).practices());
    }

    @Test
    void everyTagForSimplifiedChineseGivesChineseTexts_traditionalChineseGivesEnglish() {
        List<Practice> chinese = Advisor.recommend(Companies.bank(), Locale.SIMPLIFIED_CHINESE).practices();
        List<Practice> english = Advisor.recommend(Companies.bank()).practices();

        // A variant says nothing of the script: it does not turn the texts English.
        for (String tag : List.of("zh-SG", "zh-MY", "zh-Hans", "zh-Hans-SG", "zh-Hans-US", "ZH-cn", "zh-SG-posix",
                "zh-posix", "zh-Hans-SG-posix", "zh-MY-1994")) {
            assertEquals(chinese, Advisor.recommend(Companies.bank(), Locale.forLanguageTag(tag)).practices(), tag);
        }
        for (String tag : List.of("zh-TW", "zh-HK", "zh-Hant")) {
            assertEquals(english, Advisor.recommend(Companies.bank(), Locale.forLanguageTag(tag)).practices(), tag);
        }
    }

    @Test
    void theScriptDecidesBeforeTheRegion_traditionalChineseInChinaGivesEnglishTextsAndHeadings() {
        Advisor advisor = Advisor.defaults();
        Advice english = advisor.advise(Companies.bank());
        String englishReport = AdviceMarkdown.render(english, advisor);

        // The JDK looks zh_Hant_CN up in the zh_CN texts after zh_Hant: the Simplified ones.
        for (String tag : List.of("zh-Hant-CN", "zh-Hant-SG", "zh-Hant-MY", "zh-Hant-CN-posix")) {
            Locale locale = Locale.forLanguageTag(tag);
            Advice advice = advisor.advise(Companies.bank(), locale);
            assertEquals(english.practices(), advice.practices(), tag);
            assertEquals(englishReport.lines().findFirst(), AdviceMarkdown.render(advice, advisor).lines().findFirst(),
                    tag);
            assertEquals(advisor.text("knowledge.A4", Locale.ENGLISH), advisor.text("knowledge.A4", locale), tag);
        }
        // A region alone still says Simplified, and so does the script Hans in a Traditional region.
        assertEquals(Advisor.recommend(Companies.bank(), Locale.SIMPLIFIED_CHINESE).practices(),
                Advisor.recommend(Companies.bank(), Locale.forLanguageTag("zh-Hans-TW")).practices());
    }

    @Test
    void theReadmesAcceptLanguageRecipeGivesTheTextsTheHeaderAsksFor() {
        Map<String, Boolean> chineseByHeader = Map.of("zh-SG,zh;q=0.9,en;q=0.8", true, "zh", true,
                "en;q=0.5,zh-Hans-HK", true, "zh-TW,en;q=0.5", false, "en-US,en;q=0.9", false, "fr-FR", false);
        List<Practice> chinese = Advisor.recommend(Companies.bank(), Locale.SIMPLIFIED_CHINESE).practices();

        chineseByHeader.forEach((header, isChinese) -> {
            Locale asked = Locale.forLanguageTag(Locale.LanguageRange.parse(header).get(0).getRange());
            assertEquals(isChinese, Advisor.recommend(Companies.bank(), asked).practices().equals(chinese), header);
        });
    }
}
