package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * Which rule set produced a piece of advice.
 *
 * @param name        the rule set's name, for example {@code "ml-team-advisor-defaults"}
 * @param version     the rule set's version
 * @param contentHash {@code "sha256:"} and the hash of every rule file's name and text, of the rules
 *                    and knowledge IDs that were disabled, of the knowledge catalogue, and of the
 *                    message texts (every fixed bundle, and each bundle family's name and root
 *                    texts; translations count by their family's name); equal hashes mean equal rules,
 *                    whatever order their files were added in (which can change only the order in
 *                    which rules of equal priority fire: the trace, not the advice items)
 */
public record RuleSetStamp(String name, String version, String contentHash) {

    /**
     * @param name        the rule set's name; not null
     * @param version     the rule set's version; not null
     * @param contentHash {@code "sha256:"} and the hash of the rule set's content; not null, its form not checked
     * @throws NullPointerException if an argument is null
     */
    public RuleSetStamp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    /**
     * The start of the content hash, as reports show it: {@code "sha256:"} and 12 hex digits.
     *
     * @return the first 19 characters of {@link #contentHash()}, or all of it if it is shorter
     */
    public String shortHash() {
        return contentHash.substring(0, Math.min(contentHash.length(), 19));
    }

    // equals and hashCode are written out: a record's generated ones are linked on their first
    // call, which costs every cold start a few milliseconds (#5).
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSetStamp other && name.equals(other.name) && version.equals(other.version)
                && contentHash.equals(other.contentHash);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + version.hashCode()) + contentHash.hashCode();
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + shortHash() + ")";
    }
}
