package dev.mlteams.advisor.internal;

/**
 * The check on text that reports print within one line, such as a company's name in a heading:
 * control characters ("\n", "\r", U+0085, U+000B, U+000C among them) and the line and paragraph
 * separators U+2028 and U+2029 would each break the line, and a direction embedding, override or
 * isolate (U+202A to U+202E, U+2066 to U+2069) left open would reorder the rest of the line after
 * the text. An unpaired surrogate cannot be written as UTF-8: a report would show "?" in its place.
 * The direction marks U+200E, U+200F and U+061C, which reorder nothing beyond themselves, are
 * text like any other.
 */
public final class OneLineText {

    private OneLineText() {
    }

    /** Whether {@code text} holds no character that would break or reorder its line. */
    public static boolean isOneLine(String text) {
        return text.codePoints().noneMatch(OneLineText::breaksOrReordersLine);
    }

    /** {@code text} with "?" for each character that would break or reorder its line, for a message quoting it. */
    public static String masked(String text) {
        return text.codePoints().map(c -> breaksOrReordersLine(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    }

    /**
     * {@code text} masked as {@link #masked} does; if it is longer than {@code longest} characters
     * (code points), its first {@code shown} and "..." and its length: a message quoting a value
     * must not carry megabytes of it, nor break or reorder its line.
     */
    public static String shortened(String text, int longest, int shown) {
        int length = text.codePointCount(0, text.length());
        if (length <= longest) {
            return masked(text);
        }
        return masked(text.substring(0, text.offsetByCodePoints(0, shown))) + "... (" + length + " characters)";
    }

    private static boolean breaksOrReordersLine(int c) {
        int type = Character.getType(c);
        // String.codePoints() yields an unpaired surrogate as a code point of its own.
        return Character.isISOControl(c) || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || type == Character.SURROGATE || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }
}
