package dev.mlteams.advisor.advice;

import java.util.Objects;

/**
 * Which rule set produced a piece of advice.
 *
 * @param name        the rule set's name, for example {@code "ml-team-advisor-defaults"}
 * @param version     the rule set's version
 * @param contentHash {@code "sha256:"} and the hash of every rule file's name and text, of the rules
 *                    and knowledge IDs that were disabled, and of the message bundles added;
 *                    equal hashes mean equal rules
 */
public record RuleSetStamp(String name, String version, String contentHash) {

    /** @throws NullPointerException if an argument is null */
    public RuleSetStamp {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(contentHash, "contentHash");
    }

    @Override
    public String toString() {
        return name + " " + version + " (" + contentHash.substring(0, Math.min(contentHash.length(), 19)) + ")";
    }
}
