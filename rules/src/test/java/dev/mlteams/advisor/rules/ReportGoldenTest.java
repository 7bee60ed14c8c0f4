package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.AdviceMarkdown;
import dev.mlteams.advisor.scenarios.ProfileReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Markdown and JSON reports of the five test companies in English and Chinese, compared with the
 * files in src/test/resources/golden. After an intended change, regenerate them with
 * {@code mvn -pl rules test -Dtest=ReportGoldenTest -Dgolden.update=true} and review the diff.
 *
 * <p>The files hold {@value #HASH} and {@value #SHORT_HASH} where the reports have the default rule
 * set's content hash and its short form, so that an edit to one rule or text changes only the
 * reports whose advice it changes; any other hash in a report still shows as a difference.
 */
class ReportGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden");
    private static final String HASH = "<content hash>";
    private static final String SHORT_HASH = "<short hash>";
    private static final Map<String, OrgProfile> COMPANIES = Map.of(
            "nascent-freight", Companies.freightCompany(), "rnd-telecom", Companies.telecomLab(),
            "embedded-saas", Companies.saasCompany(), "division-bank", Companies.bank(),
            "mlfirst-startup", Companies.mlStartup());
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh-CN", Locale.SIMPLIFIED_CHINESE);

    @TestFactory
    Stream<DynamicTest> reportsMatchTheirGoldenFiles() {
        List<DynamicTest> tests = new ArrayList<>();
        COMPANIES.forEach((company, profile) -> LANGUAGES.forEach((language, locale) -> {
            Advice advice = Advisor.recommend(profile, locale);
            String markdown = AdviceMarkdown.render(advice, Advisor.defaults());
            tests.add(golden(company + "." + language + ".md", withoutHash(markdown)));
            tests.add(golden(company + "." + language + ".json", withoutHash(AdviceJson.write(advice))));
        }));
        tests.sort(java.util.Comparator.comparing(DynamicTest::getDisplayName));
        return tests.stream();
    }

    private static String withoutHash(String report) {
        RuleSetStamp stamp = Advisor.defaults().ruleSet();
        return report.replace(stamp.contentHash(), HASH).replace(stamp.shortHash(), SHORT_HASH);
    }

    private static DynamicTest golden(String file, String actual) {
        return DynamicTest.dynamicTest(file, () -> {
            Path path = GOLDEN.resolve(file);
            if (Boolean.getBoolean("golden.update")) {
                Files.writeString(path, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(path), "missing golden file " + path + "; run with -Dgolden.update=true");
            assertEquals(Files.readString(path, StandardCharsets.UTF_8), actual, file);
        });
    }

    @Test
    void jsonRoundTripsToEqualAdvice() {
        for (OrgProfile profile : COMPANIES.values()) {
            for (Locale locale : LANGUAGES.values()) {
                Advice advice = Advisor.recommend(profile, locale);
                assertEquals(advice, AdviceJson.readAdvice(AdviceJson.write(advice)), profile.name());
            }
        }
        var candidate = Advisor.recommendForCandidate(dev.mlteams.advisor.CandidateProfile.builder()
                .targetRole(dev.mlteams.advisor.vocabulary.Role.ML_RESEARCHER).build());
        assertEquals(candidate, AdviceJson.readCandidateAdvice(AdviceJson.write(candidate)));
    }

    @Test
    void theProfileInAJsonReportReadsBackAsTheSameProfile(@TempDir Path dir) throws IOException {
        List<OrgProfile> profiles = new ArrayList<>(COMPANIES.values());
        profiles.add(Companies.saasCompany().toBuilder()
                .declaredArchetype(dev.mlteams.advisor.vocabulary.Archetype.ML_FIRST).build());
        for (OrgProfile profile : profiles) {
            JsonNode written = new ObjectMapper().readTree(AdviceJson.write(Advisor.recommend(profile))).get("profile");
            Path file = Files.writeString(dir.resolve("profile.json"), written.toString());

            assertEquals(profile, ProfileReader.read(file), profile.name());
        }
    }

    @Test
    void jsonWithAPropertyTheSchemaLacksIsRefusedNamingIt() {
        // A typo or a newer schema's field must not be dropped without a word.
        var candidate = Advisor.recommendForCandidate(dev.mlteams.advisor.CandidateProfile.builder()
                .targetRole(dev.mlteams.advisor.vocabulary.Role.ML_RESEARCHER).build());
        String json = AdviceJson.write(candidate).replaceFirst("\\{", "{ \"colour\" : \"blue\",");

        String message = assertThrows(dev.mlteams.advisor.AdvisorException.class,
                () -> AdviceJson.readCandidateAdvice(json)).getMessage();
        assertTrue(message.startsWith("not CandidateAdvice JSON: Unrecognized field \"colour\""), message);
    }

    @Test
    void jsonWithMoreAfterTheAdviceIsRefusedNamingWhere() {
        // Read leniently, the second value would be dropped without a word.
        String json = AdviceJson.write(Advisor.recommend(Companies.bank()));

        String message = assertThrows(dev.mlteams.advisor.AdvisorException.class,
                () -> AdviceJson.readAdvice(json + "{}")).getMessage();
        assertEquals("not Advice JSON: more text after the advice (line " + (json.lines().count() + 1) + ", column 1)",
                message);
    }

    @Test
    void jsonWithoutAPartOfTheAdviceNamesThePart() {
        String message = assertThrows(dev.mlteams.advisor.AdvisorException.class,
                () -> AdviceJson.readAdvice("{}")).getMessage();
        assertEquals("not Advice JSON: no value for profile (line 1, column 2)", message);
    }

    @Test
    void jsonWithAMisspeltPartNamesTheMisspellingThenThePartItLacks() {
        String json = AdviceJson.write(Advisor.recommend(Companies.bank()));
        int line = (int) json.substring(0, json.indexOf("\"practices\"")).lines().count();
        int end = (int) json.lines().count();

        String message = assertThrows(dev.mlteams.advisor.AdvisorException.class,
                () -> AdviceJson.readAdvice(json.replace("\"practices\"", "\"practises\""))).getMessage();

        assertEquals("not Advice JSON: unknown field \"practises\" (line " + line + ", column 3);"
                + " no value for practices (line " + end + ", column 1)", message);
    }

    @Test
    void jsonWithAMisspeltProfileFieldNamesTheMisspelling() {
        String json = AdviceJson.write(Advisor.recommend(Companies.bank())).replace("\"headcount\"", "\"headcont\"");

        String message = assertThrows(dev.mlteams.advisor.AdvisorException.class,
                () -> AdviceJson.readAdvice(json)).getMessage();

        assertTrue(message.startsWith("not Advice JSON: unknown field \"headcont\" (line 5, column 5); "), message);
        assertTrue(message.endsWith("(through reference chain: dev.mlteams.advisor.Advice[\"profile\"])"), message);
    }

    @Test
    void jsonNamesTheLanguageWithItsBcp47TagAsTheCliDoes() {
        LANGUAGES.forEach((tag, locale) -> {
            String json = AdviceJson.write(Advisor.recommend(Companies.bank(), locale));

            assertTrue(json.endsWith("\n  \"locale\" : \"" + tag + "\"\n}\n"), json);
            assertEquals(locale, AdviceJson.readAdvice(json).locale());
        });
    }

    @Test
    void adviceReadFromJsonWithAnyContentHashRenders() {
        Advice advice = Advisor.recommend(Companies.bank());
        String json = AdviceJson.write(advice).replace(advice.ruleSet().contentHash(), "md5:1f");
        Advice read = AdviceJson.readAdvice(json);

        assertEquals("md5:1f", read.ruleSet().shortHash());
        assertTrue(AdviceMarkdown.render(read, Advisor.defaults()).contains("(md5:1f)"));
    }

    @Test
    void aPipeInARuleSetsTextDoesNotSplitATableCell() {
        // A company's own wording may hold "|", which ends a Markdown table cell unless escaped.
        String key = Advisor.recommend(Companies.bank()).risks().get(0).message().key();
        Advisor piped = Advisor.builder().addMessages(new java.util.ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{key, "Budget | headcount"}};
            }
        }).build();

        String markdown = AdviceMarkdown.render(piped.advise(Companies.bank()), piped);
        assertTrue(markdown.contains("\n| Budget \\| headcount[^"), markdown);
    }

    @Test
    void aFootnoteCitingSeveralKnowledgeItemsPartsThemSoATitlesSemicolonDoesNotLookLikeOne() {
        // R4's title holds a semicolon; the embedded hiring rule cites D3 before it.
        String english = AdviceMarkdown.render(Advisor.recommend(Companies.saasCompany()), Advisor.defaults());
        String chinese = AdviceMarkdown.render(Advisor.recommend(Companies.saasCompany(), Locale.SIMPLIFIED_CHINESE),
                Advisor.defaults());

        assertTrue(english.contains(". R4 ML engineer: trains models and ships them into production systems; needs"),
                english);
        assertTrue(chinese.contains("。R4 "), chinese);
        assertFalse(english.contains("; R4 "), english);
    }

    @Test
    void everyItemOfTheAdviceHasAFootnoteInTheMarkdown() throws IOException {
        Advice advice = Advisor.recommend(Companies.bank());
        String markdown = AdviceMarkdown.render(advice, Advisor.defaults());

        long footnotes = markdown.lines().filter(l -> l.startsWith("[^")).count();
        long explanations = advice.items().stream().map(i -> i.explanation()).distinct().count();
        assertEquals(explanations, footnotes);
        assertTrue(markdown.contains("```mermaid\ngraph TD\n"), markdown);
    }
}
