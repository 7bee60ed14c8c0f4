package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.util.List;
import java.util.Objects;

/**
 * Why an item of advice exists: the rule that produced it, the knowledge it encodes, and the
 * facts that made the rule match.
 *
 * @param rule     the name of the rule that produced the item
 * @param firing   the rule's position in {@link dev.mlteams.advisor.Advice#trace()}, starting at 1;
 *                 for an item the rule gave in several firings, the first of them
 * @param sources  the knowledge items the rule cites in its {@code @source} metadata, never empty
 * @param evidence the profile fields and derived facts, with values, that the rule matched; never
 *                 empty. An item the rule gave in several firings (a skill asked of each opening
 *                 for a role) has the evidence of every one of them, each fact once
 * @param ruleSet  the rule set the rule belongs to
 */
public record Explanation(String rule, int firing, List<KnowledgeItem> sources, List<Evidence> evidence,
        RuleSetStamp ruleSet) {

    /**
     * @param rule     the name of the rule that produced the item; not null
     * @param firing   the position in the trace of the rule's first firing for the item; at least 1
     * @param sources  the knowledge items the rule cites; not null or empty, nor any element null; copied
     * @param evidence the facts the rule matched, with values; not null or empty, nor any element null; copied
     * @param ruleSet  the rule set the rule belongs to; not null
     * @throws NullPointerException     if an argument, or an element of {@code sources} or {@code evidence},
     *                                  is null
     * @throws IllegalArgumentException if {@code firing} is below 1, or {@code sources} or {@code evidence}
     *                                  is empty
     */
    public Explanation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(ruleSet, "ruleSet");
        if (firing < 1) {
            throw new IllegalArgumentException("firing must be at least 1, was " + firing);
        }
        sources = List.copyOf(Objects.requireNonNull(sources, "sources"));
        evidence = List.copyOf(Objects.requireNonNull(evidence, "evidence"));
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("rule '" + rule + "' cites no knowledge item");
        }
        if (evidence.isEmpty()) {
            throw new IllegalArgumentException("rule '" + rule + "' matched no evidence");
        }
    }

    /**
     * The cited knowledge IDs, for example {@code ["A3", "D3"]}.
     *
     * @return the ID of each of {@link #sources()}, in that order; unmodifiable, never empty
     */
    public List<String> sourceIds() {
        return sources.stream().map(KnowledgeItem::id).toList();
    }

    /**
     * Whether the item rests on knowledge the article does not state but that follows from it.
     * Reports must say so when this is true.
     *
     * @return true if any of the cited knowledge items is derived
     */
    public boolean derived() {
        return sources.stream().anyMatch(KnowledgeItem::derived);
    }

    // equals and hashCode are written out: a record's generated ones are linked on their first
    // call, which costs every cold start a few milliseconds (#5).
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation other && firing == other.firing && rule.equals(other.rule)
                && sources.equals(other.sources) && evidence.equals(other.evidence) && ruleSet.equals(other.ruleSet);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * (31 * rule.hashCode() + firing) + sources.hashCode()) + evidence.hashCode())
                + ruleSet.hashCode();
    }
}
