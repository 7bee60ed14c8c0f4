package dev.mlteams.advisor.internal;

import java.util.Objects;

/**
 * The text of one DRL rule file and the name to report it under.
 *
 * @param name the file name or path shown in error messages
 * @param drl  the DRL text
 */
public record RuleSource(String name, String drl) {

    public RuleSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(drl, "drl");
    }

    /** The 1-based line on which {@code rule "ruleName"} is declared, or 0 if it cannot be found. */
    int lineOfRule(String ruleName) {
        String[] lines = drl.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("rule \"" + ruleName + "\"") || line.startsWith("rule '" + ruleName + "'")
                    || line.equals("rule " + ruleName) || line.startsWith("rule " + ruleName + " ")) {
                return i + 1;
            }
        }
        return 0;
    }
}
