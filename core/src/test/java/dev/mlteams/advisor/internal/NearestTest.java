package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NearestTest {

    @Test
    void aShortNameIsMatchedWithinTwoEditsAndALongOneWithinOneInSix() {
        assertEquals(Optional.of("practice.portfolio"), Nearest.to("practice.portfolo", List.of("practice.portfolio", "p")));
        assertEquals(Optional.of("abcd"), Nearest.to("ab", List.of("abcd")));
        assertEquals(Optional.empty(), Nearest.to("ab", List.of("abcde")));
        // 30 characters allow 5 edits, not 6.
        String written = "a".repeat(30);
        assertEquals(Optional.of("a".repeat(25) + "bbbbb"), Nearest.to(written, List.of("a".repeat(25) + "bbbbb")));
        assertEquals(Optional.empty(), Nearest.to(written, List.of("a".repeat(24) + "bbbbbb")));
    }

    @Test
    void theClosestWinsThenTheFirstAlphabetically_andTheNameItselfIsNoSuggestion() {
        assertEquals(Optional.of("cat"), Nearest.to("cut", List.of("cart", "cat")));
        assertEquals(Optional.of("bat"), Nearest.to("cat", List.of("cat", "rat", "bat")));
    }
}
