package dev.mlteams.advisor.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The content hash of a rule set ({@code RuleSetStamp.contentHash()}): a SHA-256 of its rule
 * files, what it leaves out, its catalogue and its texts. The build computes the default rule
 * set's hash once, with a checksum of what it covered; a rule set whose content has that checksum
 * takes the hash as it is, since a cold JVM spends some 10 to 20 ms on its first SHA-256.
 */
public final class ContentHash {

    private ContentHash() {
    }

    /** What the hash covers, in order: rule files sorted by name, so the order they were added in does not count. */
    public static List<byte[]> content(RuleSetDefinition definition) {
        List<byte[]> content = new ArrayList<>();
        definition.sources().stream().sorted(Comparator.comparing(RuleSource::name)).forEach(source -> {
            content.add(source.name().getBytes(StandardCharsets.UTF_8));
            content.add(new byte[] {0});
            content.add(source.drl().getBytes(StandardCharsets.UTF_8));
            content.add(new byte[] {0});
        });
        // The catalogue orders the advice and marks items derived; the texts are the advice.
        content.add(("disabled rules " + definition.disabledRules() + "\0disabled knowledge "
                + definition.disabledKnowledge() + "\0catalogue " + definition.catalogue().items().stream()
                        .map(i -> i.id() + "\t" + i.step() + "\t" + i.derived() + "\t" + i.title()).toList()
                + "\0messages " + definition.messages().fingerprint()).getBytes(StandardCharsets.UTF_8));
        return content;
    }

    /** The hash of {@code content}: {@code "sha256:"} and 64 hex digits. */
    public static String of(List<byte[]> content) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            content.forEach(digest::update);
            return "sha256:" + HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /**
     * A checksum of {@code content}, to tell whether a hash computed at build time is still this
     * content's: guards against a stale build, not against tampering, like the model's fingerprint.
     */
    public static String checksum(List<byte[]> content) {
        CRC32 crc = new CRC32();
        long length = 0;
        for (byte[] part : content) {
            crc.update(part);
            length += part.length;
        }
        return "crc32:" + Long.toHexString(crc.getValue()) + ":" + length;
    }
}
