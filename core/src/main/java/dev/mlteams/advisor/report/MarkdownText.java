package dev.mlteams.advisor.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text from the profile or the rule set, made to show as written in a Markdown report: never read
 * as Markdown, HTML or a link, and never breaking the line it is put in. Escapes follow CommonMark
 * with GitHub's tables, strikethrough and footnotes; characters that cannot start anything there
 * are left alone, so ordinary text reads the same in the Markdown source. Renderers that turn bare
 * addresses into links ({@code www.example.com}, GitHub's autolink extension) or read {@code $...$}
 * as math do so beyond what escaping can stop.
 */
final class MarkdownText {

    /** Always escaped: code, emphasis, strikethrough, HTML and autolinks, table cells, headings, block quotes. */
    private static final String SPECIAL = "\\`*~<>|#";
    /** An HTML entity, or the start of one that the text after this one could complete. */
    private static final Pattern ENTITY = Pattern.compile("&(#[xX]?)?[A-Za-z0-9]*(;|$)");
    /** The digits of an ordered list's marker, "1." or "1)", at the start of the text. */
    private static final Pattern ORDERED_MARKER = Pattern.compile("^[0-9]{1,9}(?=[.)](\\s|$))");
    private static final Pattern LINE_BREAK = Pattern.compile("\\R");

    private MarkdownText() {
    }

    /**
     * {@code text} as literal Markdown text, wherever a report puts it: at the start of a line, in
     * a heading, a list item or a table cell. Line breaks become spaces, and blanks at either end,
     * which Markdown drops or reads as code, are left out.
     */
    static String plain(String text) {
        String line = oneLine(text).strip();
        Matcher marker = ORDERED_MARKER.matcher(line);
        int markerEnd = marker.find() ? marker.end() : -1;
        StringBuilder out = new StringBuilder(line.length() + 16);
        for (int i = 0; i < line.length(); i++) {
            if (escaped(line, i) || i == markerEnd) {
                out.append('\\');
            }
            out.append(line.charAt(i));
        }
        return out.toString();
    }

    /** {@code text} as a code span, with a fence longer than any run of backticks in it. */
    static String code(String text) {
        String line = oneLine(text);
        int longest = 0;
        int run = 0;
        for (int i = 0; i < line.length(); i++) {
            run = line.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        // A backtick at either end would join the fence, and CommonMark strips one space from each
        // end of a span that has both: a space added at each end keeps the text as it is.
        boolean pad = line.startsWith("`") || line.endsWith("`")
                || line.startsWith(" ") && line.endsWith(" ") && !line.isBlank();
        String space = pad ? " " : "";
        return fence + space + line + space + fence;
    }

    /** Whether the character at {@code i} could start or end Markdown where it stands. */
    private static boolean escaped(String text, int i) {
        char c = text.charAt(i);
        return switch (c) {
            // Between two letters or digits "_" can neither open nor close emphasis.
            case '_' -> !(i > 0 && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i - 1)) && Character.isLetterOrDigit(text.charAt(i + 1)));
            // "[^" starts a footnote; "](", "][" and "]:" make a link or a link's definition; a bracket
            // at the end could be followed by any of them.
            case '[' -> i + 1 == text.length() || text.charAt(i + 1) == '^';
            case ']' -> i + 1 == text.length() || "([:".indexOf(text.charAt(i + 1)) >= 0;
            case '&' -> ENTITY.matcher(text).region(i, text.length()).lookingAt();
            // At the start of a line, a list item or a thematic break.
            case '-', '+' -> i == 0;
            default -> SPECIAL.indexOf(c) >= 0;
        };
    }

    /** A line break would end a heading, table row or footnote, and could start a block of its own. */
    private static String oneLine(String text) {
        return LINE_BREAK.matcher(text).replaceAll(" ");
    }
}
