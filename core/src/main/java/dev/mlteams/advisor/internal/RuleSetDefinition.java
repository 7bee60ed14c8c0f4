package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Everything needed to compile a rule set: the DRL files, the catalogue their {@code @source}
 * IDs must come from, the message bundle their keys must come from, and what to leave out.
 *
 * @param name              the rule set's name, for the stamp
 * @param version           the rule set's version, for the stamp
 * @param sources           the DRL files, compiled together
 * @param catalogue         the knowledge items rules may cite
 * @param messages          where the texts of the keys rules emit come from, per locale
 * @param classLoader       the loader for fact and vocabulary classes
 * @param disabledRules     names of rules to leave out
 * @param disabledKnowledge knowledge IDs whose rules to leave out
 * @param unreadKnowledge   knowledge IDs of added lines that could not be read, whose problem is
 *                          reported already: a rule citing one, or disabling one, is not told
 *                          again that it is missing
 * @param precompiled       some of {@code sources} compiled at build time, if available; used only
 *                          while every file it was made from is among {@code sources} unchanged
 */
public record RuleSetDefinition(String name, String version, List<RuleSource> sources, KnowledgeCatalogue catalogue,
        MessageSource messages, ClassLoader classLoader, SortedSet<String> disabledRules,
        SortedSet<String> disabledKnowledge, SortedSet<String> unreadKnowledge,
        Optional<PrecompiledRules> precompiled) {

    public RuleSetDefinition {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(version, "version");
        sources = List.copyOf(sources);
        Objects.requireNonNull(catalogue, "catalogue");
        Objects.requireNonNull(messages, "messages");
        Objects.requireNonNull(classLoader, "classLoader");
        disabledRules = Collections.unmodifiableSortedSet(new TreeSet<>(disabledRules));
        disabledKnowledge = Collections.unmodifiableSortedSet(new TreeSet<>(disabledKnowledge));
        unreadKnowledge = Collections.unmodifiableSortedSet(new TreeSet<>(unreadKnowledge));
        Objects.requireNonNull(precompiled, "precompiled");
    }

    /** A definition that disables nothing and whose knowledge was all read. */
    public static RuleSetDefinition of(String name, String version, List<RuleSource> sources,
            KnowledgeCatalogue catalogue, MessageSource messages, ClassLoader classLoader,
            Optional<PrecompiledRules> precompiled) {
        return new RuleSetDefinition(name, version, sources, catalogue, messages, classLoader, new TreeSet<>(),
                new TreeSet<>(), new TreeSet<>(), precompiled);
    }
}
