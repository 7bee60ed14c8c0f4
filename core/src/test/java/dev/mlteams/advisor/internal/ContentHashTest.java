package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The content hash, and when a hash computed at build time stands in for it. */
class ContentHashTest {

    private static final List<byte[]> CONTENT = List.of(bytes("rules.drl"), new byte[] {0}, bytes("rule \"x\" end"));

    @Test
    void theHashIsASha256OfTheContentInOrder() {
        // sha256 of "rules.drl\0rule \"x\" end", as `printf 'rules.drl\0rule "x" end' | sha256sum` gives it.
        assertEquals("sha256:2b6716a6bb25232094e62f89b129d75ca21981d898bf1819a64d98b6c61355af",
                ContentHash.of(CONTENT));
        assertNotEquals(ContentHash.of(CONTENT), ContentHash.of(List.of(bytes("rules.drl\0rule \"y\" end"))));
    }

    @Test
    void aHashTheBuildComputedIsTakenOnlyForTheContentItsChecksumCovered() {
        PrecompiledRules built = new PrecompiledRules(List.of("a.Model"), List.of(),
                Optional.of(new PrecompiledRules.BuiltHash("sha256:from-the-build", ContentHash.checksum(CONTENT))));

        assertEquals(Optional.of("sha256:from-the-build"), built.contentHash(CONTENT));
        assertEquals(Optional.empty(), built.contentHash(List.of(bytes("rules.drl\0rule \"y\" end"))));
        // The same bytes split otherwise are the same content; a byte more is not.
        assertEquals(Optional.of("sha256:from-the-build"), built.contentHash(List.of(bytes("rules.drl\0rule \"x\" end"))));
        assertEquals(Optional.empty(), built.contentHash(List.of(bytes("rules.drl\0rule \"x\" end\0"))));
        assertEquals(Optional.empty(), new PrecompiledRules(List.of("a.Model"), List.of()).contentHash(CONTENT));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
