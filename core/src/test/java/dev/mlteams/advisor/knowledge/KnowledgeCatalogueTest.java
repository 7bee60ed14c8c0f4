package dev.mlteams.advisor.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The catalogue's contract: unique IDs, catalogue order, an unmodifiable view, strict text form. */
class KnowledgeCatalogueTest {

    private static final KnowledgeItem ONE = new KnowledgeItem("K1", ArticleStep.ROLES, false, "one");
    private static final KnowledgeItem TWO = new KnowledgeItem("K2", ArticleStep.CONCLUSIONS, true, "two");

    @Test
    void anIdGivenTwiceIsRefusedAlsoWhenAdded() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> KnowledgeCatalogue.of(List.of(ONE, TWO, new KnowledgeItem("K1", ArticleStep.ROLES, false, "again"))));
        assertEquals("knowledge IDs that appear more than once: [K1]", e.getMessage());

        assertThrows(IllegalArgumentException.class, () -> KnowledgeCatalogue.of(List.of(ONE)).plus(List.of(ONE)));
    }

    @Test
    void itemsAreInCatalogueOrderAndCannotBeModified() {
        KnowledgeCatalogue catalogue = KnowledgeCatalogue.of(List.of(TWO, ONE));

        assertEquals(List.of(TWO, ONE), catalogue.items());
        assertThrows(UnsupportedOperationException.class, () -> catalogue.items().clear());
        assertEquals(2, catalogue.size());
    }

    @Test
    void lookingUpNoIdIsANullPointer_anUnknownIdIsAnArgumentError() {
        KnowledgeCatalogue catalogue = KnowledgeCatalogue.of(List.of(ONE));

        assertThrows(NullPointerException.class, () -> catalogue.get(null));
        assertThrows(NullPointerException.class, () -> catalogue.find(null));
        assertThrows(NullPointerException.class, () -> catalogue.contains(null));
        assertThrows(NullPointerException.class, () -> catalogue.positionOf(null));
        assertEquals("unknown knowledge ID: K9", assertThrows(IllegalArgumentException.class, () -> catalogue.get("K9"))
                .getMessage());
    }

    @Test
    void unknownIdsSortAfterEveryKnownOne() {
        KnowledgeCatalogue catalogue = KnowledgeCatalogue.of(List.of(ONE, TWO));

        assertEquals(0, catalogue.positionOf("K1"));
        assertEquals(1, catalogue.positionOf("K2"));
        assertEquals(Integer.MAX_VALUE, catalogue.positionOf("K3"));
    }

    @Test
    void aLineWithMoreOrFewerThanFourCellsIsRefusedWithItsNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeCatalogue.parse(
                "k.tsv", new StringReader("# id\tstep\tderived\ttitle\nK1\tROLES\tno\tone\tstray\nK2\tROLES\tno\n")));

        assertEquals("k.tsv:2: expected 4 tab-separated cells, found 5; k.tsv:3: expected 4 tab-separated cells, found 3",
                e.getMessage());
    }
}
