package dev.mlteams.advisor.internal;

/** Lines of a rule file's text, numbered from 1 as problems give them, and the offsets they start at. */
final class TextLines {

    private TextLines() {
    }

    /** The offset in {@code text} of the first character of line {@code line} (0 before line 1), or -1 past its end. */
    static int offsetOf(String text, int line) {
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = text.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        return at;
    }

    /** The line of {@code text} that holds the character at {@code offset}. */
    static int lineAt(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
