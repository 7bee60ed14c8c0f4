package dev.mlteams.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Report headings and vocabulary names exist in both languages, and every vocabulary value has a name. */
class ReportBundleTest {

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ReportBundleTest.class.getResourceAsStream("/dev/mlteams/advisor/report/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void englishAndChineseHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("report.properties").stringPropertyNames()),
                new TreeSet<>(load("report_zh_CN.properties").stringPropertyNames()));
    }

    @Test
    void everyValueOfTheShownVocabulariesHasAName() throws IOException {
        Set<String> keys = load("report.properties").stringPropertyNames();
        for (Class<? extends Enum<?>> type : java.util.List.<Class<? extends Enum<?>>>of(Role.class,
                dev.mlteams.advisor.vocabulary.Seniority.class, dev.mlteams.advisor.vocabulary.Emphasis.class,
                dev.mlteams.advisor.vocabulary.SourcingChannel.class, dev.mlteams.advisor.vocabulary.AssessmentType.class,
                dev.mlteams.advisor.vocabulary.PracticeArea.class, dev.mlteams.advisor.vocabulary.CandidateTopic.class,
                dev.mlteams.advisor.vocabulary.EngineeringResearchBalance.class,
                dev.mlteams.advisor.vocabulary.DataOwnership.class, dev.mlteams.advisor.vocabulary.ModelOwnership.class,
                dev.mlteams.advisor.vocabulary.Archetype.class, dev.mlteams.advisor.vocabulary.ReportingLine.class,
                dev.mlteams.advisor.vocabulary.Industry.class)) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = "enum." + type.getSimpleName() + "." + value.name();
                assertTrue(keys.contains(key), "no report name for " + key);
            }
        }
    }
}
