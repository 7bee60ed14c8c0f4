package dev.mlteams.advisor;

/**
 * The check on text that reports print within one line, such as a company's name in a heading:
 * control characters ("\n", "\r", U+0085, U+000B, U+000C among them) and the line and paragraph
 * separators U+2028 and U+2029 would each break the line.
 */
final class OneLineText {

    private OneLineText() {
    }

    /** Whether {@code text} holds no character that would break its line. */
    static boolean isOneLine(String text) {
        return text.codePoints().noneMatch(OneLineText::breaksLine);
    }

    /** {@code text} with "?" for each character that would break its line, for a message quoting it. */
    static String masked(String text) {
        return text.codePoints().map(c -> breaksLine(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    private static boolean breaksLine(int c) {
        int type = Character.getType(c);
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR;
    }
}
