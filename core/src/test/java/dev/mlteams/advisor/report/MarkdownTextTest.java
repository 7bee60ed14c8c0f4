package dev.mlteams.advisor.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Escaping text for the place it lands in Markdown: what is escaped, and what is left as it is. */
class MarkdownTextTest {

    @Test
    void htmlEmphasisCodeLinksAndTableCellsAreEscaped() {
        assertEquals("Größe \\<b\\>Corp\\</b\\> \\| \\*x\\* \\`tick\\` [l\\](http://e) 株式会社",
                MarkdownText.plain("Größe <b>Corp</b> | *x* `tick` [l](http://e) 株式会社"));
        assertEquals("\\_x\\_ \\~\\~y\\~\\~ \\\\ \\[^1] [a\\][b] [c\\]: d",
                MarkdownText.plain("_x_ ~~y~~ \\ [^1] [a][b] [c]: d"));
        // "_" stays only between two letters or digits: at either end, or beside punctuation, it could open or close emphasis.
        assertEach(MarkdownText::plain, "snake_", "snake\\_", "_snake", "\\_snake", "x._a", "x.\\_a", "a_.x", "a\\_.x",
                "ML_FIRST", "ML_FIRST");
        // Text after the end of this one could make a link of a bracket there.
        assertEach(MarkdownText::plain, "a [", "a \\[", "a [x]", "a [x\\]");
        // An entity, or the start of one that text after this could complete; "R&D" cannot be one.
        assertEquals("\\&amp; AT&T \\&\\#x41; R&D & more AT\\&T",
                MarkdownText.plain("&amp; AT&T &#x41; R&D & more AT&T"));
    }

    @Test
    void whatCannotStartMarkdownWhereItStandsIsLeftAlone() {
        // Text the default rules produce, so their reports read the same in the Markdown source.
        for (String text : List.of("R&D design: research ahead of engineering", "score[INDEPENDENT_DIVISION]=7",
                "4.2 million software developers", "plannedHires=10, primaryArchetype=ML_FIRST", "it's (mostly) fine",
                "1.5x faster", "a-b+c=d")) {
            assertEquals(text, MarkdownText.plain(text));
        }
    }

    @Test
    void whatWouldStartABlockAtTheStartOfALineIsEscaped() {
        // Four blanks would make an indented code block.
        assertEach(MarkdownText::plain, "# a", "\\# a", "> a", "\\> a", "- a", "\\- a", "+ a", "\\+ a", "---", "\\---",
                "1. a", "1\\. a", "12) a", "12\\) a", "7.", "7\\.", "    code  ", "code");
    }

    @Test
    void lineBreaksBecomeSpaces() {
        for (String lineBreak : List.of("\n", "\r\n", "\r", "\u2028", "\u2029", "\u0085", "\u000B", "\u000C")) {
            String name = "U+" + Integer.toHexString(lineBreak.codePointAt(0));
            assertEquals("a \\# b", MarkdownText.plain("a" + lineBreak + "# b"), name);
            assertEquals("`a [b`", MarkdownText.code("a" + lineBreak + "[b"));
        }
    }

    @Test
    void aCodeSpansFenceIsLongerThanAnyRunOfBackticksInIt() {
        // A backtick at either end is kept apart from the fence by a space, which Markdown drops.
        assertEach(MarkdownText::code, "name = <b>x</b> | *y*", "`name = <b>x</b> | *y*`",
                "name = a`b", "``name = a`b``", "a``b`c", "```a``b`c```",
                "`a", "`` `a ``", "a`", "`` a` ``", " a ", "`  a  `", "   ", "`   `");
    }

    /** Escapes each even-numbered argument and compares it with the one after it. */
    private static void assertEach(UnaryOperator<String> escape, String... textsAndEscaped) {
        for (int i = 0; i < textsAndEscaped.length; i += 2) {
            assertEquals(textsAndEscaped[i + 1], escape.apply(textsAndEscaped[i]), textsAndEscaped[i]);
        }
    }
}
