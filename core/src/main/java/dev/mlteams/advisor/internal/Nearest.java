package dev.mlteams.advisor.internal;

import java.util.Collection;
import java.util.Optional;

/** The name a typo most likely meant, for "did you mean" in errors about unknown names. */
public final class Nearest {

    private Nearest() {
    }

    /**
     * The candidate fewest single-character edits away from {@code written}, if it is close: at
     * most 2 edits, or one in six characters for longer names ("practice: measure input, not
     * results" for "... inputs, ..."). On a tie, the first in alphabetical order, so the hint never
     * depends on iteration order; {@code written} itself is not a suggestion.
     */
    public static Optional<String> to(String written, Collection<String> candidates) {
        int allowed = Math.max(2, written.length() / 6);
        String best = null;
        int bestDistance = allowed + 1;
        for (String candidate : candidates) {
            if (candidate.equals(written) || Math.abs(candidate.length() - written.length()) > allowed) {
                continue;
            }
            int distance = distance(written, candidate);
            if (distance < bestDistance || distance == bestDistance && best != null && candidate.compareTo(best) < 0) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Levenshtein distance: how many characters must be added, dropped or changed to make {@code a} into {@code b}. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
