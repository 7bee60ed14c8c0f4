package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.advice.Message;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.text.MessageFormat;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

/**
 * The bundle's own filling-in of plain placeholders prints exactly what MessageFormat prints, in
 * every locale, for text and numbers, and hands every other pattern to MessageFormat.
 */
class MessageBundleProperties {

    record Case(String pattern, List<Object> args, Locale locale) {
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("{0}", "{1}", "{2}", "{3}", "{0,number,integer}", "'{'", "''", "}", " ", "a", "团队", ", ", "{10}"),
                Arbitraries.strings().alpha().ofMaxLength(4));
        // Half of them plain ({n} placeholders in text, as most advice texts are): the bundle fills those in itself.
        Arbitrary<String> plainPiece = Arbitraries.of("{0}", "{1}", "{2}", " ", "a", "团队", ", ", "}");
        Arbitrary<String> pattern = Arbitraries.oneOf(piece.list().ofMaxSize(6), plainPiece.list().ofMaxSize(6))
                .map(pieces -> String.join("", pieces));
        // Texts weigh most: most advice arguments are words (measured: with the four kinds equally
        // likely, a plain placeholder was filled with text in 3% of tries).
        Arbitrary<Object> arg = Arbitraries.frequencyOf(
                Tuple.of(3, Arbitraries.strings().ofMaxLength(5).map(s -> (Object) s)),
                Tuple.of(1, Arbitraries.integers().between(-2_000_000, 2_000_000).map(i -> (Object) i)),
                Tuple.of(1, Arbitraries.longs().map(l -> (Object) l)), Tuple.of(1, Arbitraries.doubles().map(d -> (Object) d)));
        return Combinators.combine(pattern, arg.list().ofMaxSize(4),
                Arbitraries.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.GERMAN, new Locale("hi", "IN")))
                .as(Case::new);
    }

    @Property(tries = 2000)
    void plain_placeholders_print_what_message_format_prints(@ForAll("cases") Case c) {
        MessageBundle bundle = bundle(c.locale(), new Object[][] {{"k", c.pattern()}});
        // The bundle's own filling-in (no quotes, only {n} placeholders) with a text: the case to compare,
        // 10% of 2,000 tries when measured, 3% before half the patterns were made plain.
        Matcher placeholder = Pattern.compile("\\{(\\d+)}").matcher(c.pattern());
        boolean filledWithText = false;
        while (c.pattern().indexOf('\'') < 0 && !c.pattern().contains(",number") && placeholder.find()) {
            int index = Integer.parseInt(placeholder.group(1));
            filledWithText |= index < c.args().size() && c.args().get(index) instanceof String;
        }
        Statistics.label("plain placeholder filled with text").collect(filledWithText);
        Statistics.label("plain placeholder filled with text").coverage(coverage -> coverage.check(true).percentage(p -> p >= 5));

        assertEquals(outcome(() -> new MessageFormat(c.pattern(), c.locale()).format(c.args().toArray())),
                outcome(() -> bundle.message("k", c.args().toArray()).orElseThrow().text()), c.toString());
    }

    @Provide
    Arbitrary<String> apostrophes() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\'').ofMaxLength(8);
    }

    /** Without braces, a text shows as written exactly when MessageFormat prints each '' as '. */
    @Property(tries = 1000)
    void a_text_is_refused_exactly_when_its_quotes_would_change_what_it_shows(@ForAll("apostrophes") String text) {
        boolean changed = !new MessageFormat(text, Locale.ROOT).format(new Object[0]).equals(text.replace("''", "'"));

        assertEquals(changed, !MessageBundle.malformed(Map.of("k", text)).isEmpty(), text);
    }

    @Example
    void an_apostrophe_written_once_is_refused_naming_where_it_is_and_a_quoted_brace_is_not() {
        assertEquals(List.of("acme.plan: the single quote in \"Don't\" starts a quoted section, which MessageFormat"
                + " prints without the quote and with any {0} in it as written: write '' for an apostrophe"),
                MessageBundle.malformed(Map.of("acme.plan", "Don't forget {0} planning.")));
        assertEquals(List.of(), MessageBundle.malformed(Map.of("acme.plan", "Don''t forget {0} planning.",
                "acme.braces", "Write '{'0'}' for the first argument.", "acme.choice",
                "{0,choice,0#none|1#one|1<{0} of them}")));
    }

    @Example
    void the_words_for_values_and_knowledge_titles_are_plain_text_where_one_quote_is_an_apostrophe() {
        assertEquals(List.of(), MessageBundle.malformed(Map.of("enum.ReportingLine.CTO", "the team's own lead",
                "knowledge.ACME-1", "Regulated firms' model risk {0}")));
        assertEquals(List.of("enum.ReportingLine.CTO: a plain text, shown as written, so '' shows two quotes: write '"
                + " for an apostrophe"), MessageBundle.malformed(Map.of("enum.ReportingLine.CTO", "the team''s own lead")));
    }

    @Example
    void a_lone_quote_in_a_text_read_only_when_shown_fails_there_naming_its_key() {
        MessageBundle bundle = bundle(Locale.ENGLISH,
                new Object[][] {{"acme.plan", "Don't forget {0} planning."}, {"acme.open", "Open {0"}});

        IllegalArgumentException quote = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundle.message("acme.plan", "risk"));
        assertEquals("the text of message key \"acme.plan\": the single quote in \"Don't\" starts a quoted section,"
                + " which MessageFormat prints without the quote and with any {0} in it as written: write '' for an"
                + " apostrophe", quote.getMessage());
        IllegalArgumentException open = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundle.message("acme.open", "risk"));
        assertEquals("the text of message key \"acme.open\": Unmatched braces in the pattern.", open.getMessage());
    }

    @Example
    void a_quote_inside_a_choice_is_refused_where_the_choice_would_drop_it_and_kept_where_it_shows() {
        // A single quote in a choice quotes its '|': both texts run together, without apostrophes.
        assertEquals(1, MessageBundle.malformed(Map.of("k", "{0,choice,0#nobody's model|1#one team's model}")).size());
        // A choice's text holding a placeholder is read as a pattern again: '' there is one quote.
        assertEquals(1, MessageBundle.malformed(Map.of("k", "{0,choice,0#no team''s model|1<{0} teams'' models}")).size());
        String twice = "{0,choice,0#no team''s model|1<{0} teams'''' models}";
        assertEquals(List.of(), MessageBundle.malformed(Map.of("k", twice)));
        assertEquals("2 teams' models", new MessageFormat(twice, Locale.ROOT).format(new Object[] {2}));
        assertEquals("no team's model", new MessageFormat(twice, Locale.ROOT).format(new Object[] {0}));
        // Quoting a placeholder to show it is what quotes are for.
        assertEquals(List.of(), MessageBundle.malformed(Map.of("k", "Write '{0}' for the first argument.")));
    }

    @Example
    void a_plain_text_with_a_doubled_quote_read_only_when_shown_fails_there_naming_its_key() {
        MessageBundle bundle = bundle(Locale.ENGLISH,
                new Object[][] {{"k", "Declared: {0}."}, {"enum.Archetype.ML_FIRST", "the CEO''s favourite"}});

        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundle.message("k", Archetype.ML_FIRST));
        assertEquals("the text of message key \"enum.Archetype.ML_FIRST\": a plain text, shown as written, so '' shows"
                + " two quotes: write ' for an apostrophe", e.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> bundle.text("enum.Archetype.ML_FIRST"));
    }

    @Example
    void an_optional_argument_reads_as_its_value_or_none_in_the_text_as_in_the_arguments() {
        MessageBundle bundle = bundle(Locale.ENGLISH, new Object[][] {{"k", "Declared: {0}."}, {"enum.Archetype.ML_FIRST", "ML-first"}});

        Message none = bundle.message("k", Optional.empty()).orElseThrow();
        assertEquals("Declared: none.", none.text());
        assertEquals(List.of("none"), none.args());
        assertEquals("Declared: ML-first.", bundle.message("k", Optional.of(Archetype.ML_FIRST)).orElseThrow().text());
        // A value the texts have no word for reads as the reports' word for it.
        assertEquals("Declared: nascent (ad-hoc) ML.", bundle.message("k", Optional.of(Archetype.NASCENT)).orElseThrow()
                .text());
    }

    @Example
    void a_pattern_message_format_rejects_is_rejected_the_same_way() {
        for (String pattern : List.of("{", "a {0} and {", "{}", "{x}", "{12345678901}")) {
            MessageBundle bundle = bundle(Locale.ENGLISH, new Object[][] {{"k", pattern}});

            assertEquals("rejected: an IllegalArgumentException",
                    outcome(() -> bundle.message("k", "a").orElseThrow().text()), pattern);
            assertThrows(MessageBundle.UnreadableText.class, () -> bundle.message("k", "a"), pattern);
        }
    }

    /** The text, or the exception: a pattern MessageFormat rejects must be rejected the same way. */
    private static String outcome(java.util.function.Supplier<String> format) {
        try {
            return "text: " + format.get();
        } catch (IllegalArgumentException e) {
            // The bundle's own kind of it (MessageBundle.UnreadableText) says the text is the slip.
            return "rejected: an IllegalArgumentException";
        }
    }

    /** A bundle of one layer holding {@code contents}, in {@code locale}. */
    private static MessageBundle bundle(Locale locale, Object[][] contents) {
        return new MessageBundle(List.of(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return contents;
            }
        }), locale);
    }
}
