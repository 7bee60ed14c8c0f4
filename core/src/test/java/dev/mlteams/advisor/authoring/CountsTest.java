package dev.mlteams.advisor.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The integer arithmetic rule files use, as its Javadoc promises it: rounded down, checked, never negative. */
class CountsTest {

    @Test
    void aShareIsRoundedDownAndDoesNotOverflow() {
        assertEquals(2, Counts.share(5, 50));
        assertEquals(0, Counts.share(3, 25));
        assertEquals(7, Counts.share(7, 100));
        assertEquals(0, Counts.share(7, 0));
        assertEquals(0, Counts.share(0, 50), "nothing to share is not an error");
        assertEquals(Integer.MAX_VALUE / 2, Counts.share(Integer.MAX_VALUE, 50), "computed in long, not int");
    }

    @Test
    void aShareRefusesANegativeTotalAndAPercentOutside0To100() {
        assertEquals("total must not be negative, was -1",
                assertThrows(IllegalArgumentException.class, () -> Counts.share(-1, 50)).getMessage());
        assertEquals("percent must be 0..100, was 101",
                assertThrows(IllegalArgumentException.class, () -> Counts.share(10, 101)).getMessage());
        assertEquals("percent must be 0..100, was -1",
                assertThrows(IllegalArgumentException.class, () -> Counts.share(10, -1)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Counts.first(10, 101));
    }

    @Test
    void anOpeningAfterOthersGetsAtLeastOneButNoMoreThanIsLeft() {
        assertEquals(1, Counts.firstOfRest(3, 25, 1), "a quarter of 3 rounds to 0, but 2 are left");
        assertEquals(2, Counts.firstOfRest(14, 15, 3));
        assertEquals(0, Counts.firstOfRest(1, 15, 1), "nothing left");
        assertEquals(1, Counts.firstOfRest(10, 50, 9), "capped by what is left");
    }

    @Test
    void theFirstOpeningGetsAtLeastOneOfAPositiveTotalAndNoneOfZero() {
        assertEquals(1, Counts.first(1, 20));
        assertEquals(1, Counts.first(3, 0));
        assertEquals(3, Counts.first(6, 50));
        assertEquals(0, Counts.first(0, 50));
        assertEquals(0, Counts.first(0, 0));
    }

    @Test
    void theRestIsNeverNegative() {
        assertEquals(2, Counts.rest(5, 1, 2));
        assertEquals(5, Counts.rest(5));
        assertEquals(0, Counts.rest(3, 2, 2), "more taken than there was");
        assertEquals(0, Counts.rest(0, 1));
    }

    @Test
    void aPercentageIsRoundedDownAndNeedsAPartOfTheWhole() {
        assertEquals(33, Counts.percent(1, 3));
        assertEquals(100, Counts.percent(7, 7));
        assertEquals(0, Counts.percent(0, 0));
        assertEquals(50, Counts.percent(Integer.MAX_VALUE / 2 + 1, Integer.MAX_VALUE), "computed in long, not int");
        assertEquals("need 0 <= part <= whole, got 4 of 3",
                assertThrows(IllegalArgumentException.class, () -> Counts.percent(4, 3)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Counts.percent(-1, 3));
        assertThrows(IllegalArgumentException.class, () -> Counts.percent(0, -1));
    }
}
