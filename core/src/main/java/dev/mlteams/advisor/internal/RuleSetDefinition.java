package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import java.util.List;
import java.util.Objects;

/**
 * Everything needed to compile a rule set: the DRL files, the catalogue their {@code @source}
 * IDs must come from, and the message bundle their keys must come from.
 *
 * @param sources     the DRL files, compiled together
 * @param catalogue   the knowledge items rules may cite
 * @param messages    the message bundle rules emit keys of
 * @param classLoader the loader for fact and vocabulary classes
 */
public record RuleSetDefinition(List<RuleSource> sources, KnowledgeCatalogue catalogue, MessageBundle messages,
        ClassLoader classLoader) {

    public RuleSetDefinition {
        sources = List.copyOf(sources);
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(classLoader, "classLoader");
    }
}
