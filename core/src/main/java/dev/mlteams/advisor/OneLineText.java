package dev.mlteams.advisor;

/**
 * The check on text that reports print within one line, such as a company's name in a heading:
 * control characters ("\n", "\r", U+0085, U+000B, U+000C among them) and the line and paragraph
 * separators U+2028 and U+2029 would each break the line, and a direction embedding, override or
 * isolate (U+202A to U+202E, U+2066 to U+2069) left open would reorder the rest of the line after
 * the text. The direction marks U+200E, U+200F and U+061C, which reorder nothing beyond
 * themselves, are text like any other.
 */
final class OneLineText {

    private OneLineText() {
    }

    /** Whether {@code text} holds no character that would break or reorder its line. */
    static boolean isOneLine(String text) {
        return text.codePoints().noneMatch(OneLineText::breaksOrReordersLine);
    }

    /** {@code text} with "?" for each character that would break or reorder its line, for a message quoting it. */
    static String masked(String text) {
        return text.codePoints().map(c -> breaksOrReordersLine(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean breaksOrReordersLine(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
