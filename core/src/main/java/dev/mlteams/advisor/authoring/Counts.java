package dev.mlteams.advisor.authoring;

/**
 * Integer arithmetic for rule consequences and conditions: splitting planned hires between
 * openings and turning scores into percentages. (MVEL division of integers can yield decimals;
 * these methods never do.)
 */
public final class Counts {

    private Counts() {
    }

    /**
     * {@code percent} of {@code total}, rounded down.
     *
     * @param total   the whole to take a share of; not negative
     * @param percent the share; 0 to 100
     * @return the share, from 0 to {@code total}
     * @throws IllegalArgumentException if {@code total} is negative or {@code percent} is outside 0..100
     */
    public static int share(int total, int percent) {
        if (total < 0) {
            throw new IllegalArgumentException("total must not be negative, was " + total);
        }
        if (percent < 0 || percent > 100) {
            throw new IllegalArgumentException("percent must be 0..100, was " + percent);
        }
        return (int) ((long) total * percent / 100);
    }

    /**
     * {@code percent} of {@code total} rounded down, but at least 1 when {@code total} is
     * positive: the count for the opening hired first.
     *
     * @param total   the whole to take a share of; not negative
     * @param percent the share; 0 to 100, but not checked when {@code total} is 0
     * @return 0 if {@code total} is 0, else the share, from 1 to {@code total}
     * @throws IllegalArgumentException as {@link #share}, if {@code total} is not 0
     */
    public static int first(int total, int percent) {
        return total == 0 ? 0 : Math.max(1, share(total, percent));
    }

    /**
     * The count for an opening that is not to round away to nobody: {@link #first} of
     * {@code total}, but no more than is left after the {@code taken} counts.
     *
     * @param total   the whole to take a share of; not negative
     * @param percent the share; 0 to 100, but not checked when {@code total} is 0
     * @param taken   the counts already given to other openings; not null
     * @return the smaller of {@link #first} and {@link #rest}: 0 when nothing is left
     * @throws IllegalArgumentException as {@link #share}, if {@code total} is not 0
     */
    public static int firstOfRest(int total, int percent, int... taken) {
        return Math.min(rest(total, taken), first(total, percent));
    }

    /**
     * What is left of {@code total} after the {@code taken} counts, never below zero.
     *
     * @param total the whole
     * @param taken the counts taken from it; not null
     * @return {@code total} less the sum of {@code taken}, or 0 if that is negative
     */
    public static int rest(int total, int... taken) {
        int left = total;
        for (int count : taken) {
            left -= count;
        }
        return Math.max(0, left);
    }

    /**
     * {@code part} as a whole percentage of {@code whole}, rounded down; 0 when {@code whole} is 0.
     *
     * @param part  the part; 0 to {@code whole}
     * @param whole the whole; not negative
     * @return the percentage, from 0 to 100
     * @throws IllegalArgumentException if either is negative or {@code part} exceeds {@code whole}
     */
    public static int percent(int part, int whole) {
        if (part < 0 || whole < 0 || part > whole) {
            throw new IllegalArgumentException("need 0 <= part <= whole, got " + part + " of " + whole);
        }
        return whole == 0 ? 0 : (int) ((long) part * 100 / whole);
    }
}
