package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.report.AdviceMarkdown;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A report writes numbers the way its texts do: in the language the texts are in. Asked for a
 * language the rules have no texts in, both the rule texts and the report's own lines fall back to
 * English, numbers included.
 */
class ReportNumbersTest {

    private static final Advice BIG_BANK_IN_GERMAN =
            Advisor.recommend(Companies.bank().toBuilder().plannedHires(100_000).build(), Locale.GERMANY);

    @Test
    void a_language_without_texts_gets_english_numbers_in_the_reports_own_lines_too() {
        String report = AdviceMarkdown.render(BIG_BANK_IN_GERMAN, Advisor.defaults());

        assertTrue(report.contains("100,000 hires planned"), "a rule text: " + report);
        assertTrue(report.contains("**20,000 ×"), "the report's line for an opening: " + report);
        assertFalse(report.contains("20.000"), report);
    }

    @Test
    void the_company_line_counts_people_in_the_singular_and_the_plural() {
        String one = AdviceMarkdown.render(Advisor.recommend(Companies.freightCompany().toBuilder().headcount(1).build()),
                Advisor.defaults());
        String many = AdviceMarkdown.render(Advisor.recommend(Companies.freightCompany()), Advisor.defaults());

        assertTrue(one.contains(": logistics, 1 person  \n"), one);
        assertTrue(many.contains(": logistics, 1,200 people  \n"), many);
    }

    @Test
    void a_locale_with_other_digits_gets_the_digits_of_the_texts_language() {
        Advice advice = Advisor.recommend(Companies.bank().toBuilder().plannedHires(100_000).build(),
                Locale.forLanguageTag("ar-EG"));

        String report = AdviceMarkdown.render(advice, Advisor.defaults());

        assertTrue(report.chars().noneMatch(c -> c >= '\u0660' && c <= '\u0669'), report);
    }
}
