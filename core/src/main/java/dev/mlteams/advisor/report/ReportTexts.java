package dev.mlteams.advisor.report;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.internal.Languages;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Headings, vocabulary names and knowledge titles in one language. */
final class ReportTexts {

    private final ResourceBundle headings;
    private final Advisor advisor;
    private final Locale locale;
    /**
     * The language the headings are in, whose number format they use: rule texts do the same, so
     * a report in a language without texts (German, say) reads "20,000" in English throughout.
     */
    private final Locale numbers;

    ReportTexts(Advisor advisor, Locale locale) {
        this.headings = ResourceBundle.getBundle("dev.mlteams.advisor.report.report", Languages.forLookup(locale),
                ReportTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.advisor = advisor;
        this.locale = locale;
        Locale found = headings.getLocale();
        this.numbers = found == null || found.equals(Locale.ROOT) ? Locale.ENGLISH : found;
    }

    String get(String key, Object... args) {
        return new MessageFormat(headings.getString(key), numbers).format(args);
    }

    String name(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return headings.containsKey(key) ? headings.getString(key)
                : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** The knowledge item's title in this language: the rule set's translation, else the catalogue's. */
    String title(KnowledgeItem item) {
        return advisor.text("knowledge." + item.id(), locale).orElse(item.title());
    }
}
