package dev.mlteams.advisor.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;

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

    /** The 1-based line on which each rule is declared ({@code rule "name"}), by rule name; the first wins. */
    Map<String, Integer> ruleLines() {
        Map<String, Integer> lines = new HashMap<>();
        String[] all = drl.split("\n", -1);
        for (int i = 0; i < all.length; i++) {
            String line = all[i].strip();
            // "rule" and a blank (what \s matches), read without a regular expression: every start-up reads the defaults.
            if (!line.startsWith("rule") || line.length() < 5 || " \t\u000B\f\r".indexOf(line.charAt(4)) < 0) {
                continue;
            }
            String rest = line.substring(4).strip();
            String name;
            if (rest.startsWith("\"") || rest.startsWith("'")) {
                int end = rest.indexOf(rest.charAt(0), 1);
                name = end < 0 ? null : rest.substring(1, end);
            } else {
                name = rest.split("\\s+", 2)[0];
            }
            if (name != null && !name.isEmpty()) {
                lines.putIfAbsent(name, i + 1);
            }
        }
        return lines;
    }

    /** The file as Drools' parser reads it, or empty where it cannot: the compiler reports why. */
    Optional<PackageDescr> parsed() {
        try {
            return Optional.ofNullable(new DrlParser().parse(false, drl));
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
    }

    // equals and hashCode are written out: a record's generated ones are linked on their first
    // call, which costs every cold start a few milliseconds (#5).
    @Override
    public boolean equals(Object o) {
        return o instanceof RuleSource other && name.equals(other.name) && drl.equals(other.drl);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + drl.hashCode();
    }
}
