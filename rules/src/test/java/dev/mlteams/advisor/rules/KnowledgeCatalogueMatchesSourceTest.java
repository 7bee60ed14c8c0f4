package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mlteams.advisor.Advisor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The catalogue holds every ID of the shared KNOWLEDGE.md. This is the only test that reads
 * outside the project; it skips when the shared folder is absent, as in a user's clone.
 */
class KnowledgeCatalogueMatchesSourceTest {

    /** An ID opening a list item or a table row: "- P5 ...", "| R1 |", "- D-SE **...". */
    private static final Pattern ID = Pattern.compile("^(?:- |\\| )((?:[WRAPJC]\\d+|D\\d|D-[A-Z]+|H\\d\\.\\d))\\b",
            Pattern.MULTILINE);

    @Test
    void catalogue_holds_every_id_of_the_shared_knowledge_file() throws IOException {
        Path source = Path.of(System.getProperty("advisor.shared.knowledge", "../../shared/knowledge/KNOWLEDGE.md"));
        assumeTrue(Files.isRegularFile(source), "skipped: " + source + " is absent (only the team's workspace has it)");

        Set<String> ids = new TreeSet<>();
        Matcher matcher = ID.matcher(Files.readString(source));
        while (matcher.find()) {
            ids.add(matcher.group(1));
        }
        assertTrue(ids.size() > 40, "the knowledge file parsed into only " + ids.size() + " IDs; has its format changed?");

        Set<String> missing = new TreeSet<>(ids);
        Advisor.defaults().catalogue().items().forEach(item -> missing.remove(item.id()));
        assertEquals(Set.of(), missing, "IDs in KNOWLEDGE.md that the catalogue lacks");
        assertEquals(ids.size(), Advisor.defaults().catalogue().size(), "catalogue IDs not in KNOWLEDGE.md");
    }
}
