package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.authoring.Phase;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled and checked rule set: the shared, thread-safe KieBase plus what the engine needs to
 * explain each rule. Built once and shared; every run opens its own session.
 */
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    /** The name rule files declare the {@link dev.mlteams.advisor.authoring.Advise} global under. */
    static final String ADVISE_GLOBAL = "advise";

    private static final Set<String> AGENDA_GROUPS = Arrays.stream(Phase.values())
            .map(Phase::agendaGroup).collect(Collectors.toUnmodifiableSet());

    /** What the engine knows about one rule: its knowledge sources and phase. */
    record RuleInfo(String name, List<KnowledgeItem> sources, String phase) {
        List<String> sourceIds() {
            return sources.stream().map(KnowledgeItem::id).toList();
        }
    }

    private final KieBase kieBase;
    private final Map<String, RuleInfo> rules;
    private final KnowledgeCatalogue catalogue;
    private final MessageBundle messages;
    private final boolean declaresAdvise;

    private CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, RuleSetDefinition definition,
            boolean declaresAdvise) {
        this.kieBase = kieBase;
        this.rules = Map.copyOf(rules);
        this.catalogue = definition.catalogue();
        this.messages = definition.messages();
        this.declaresAdvise = declaresAdvise;
    }

    /**
     * Compiles and checks every file of {@code definition}.
     *
     * @throws RuleSetException listing every compile error and every rule without valid
     *                          {@code @source} metadata or with an unknown agenda group
     */
    public static CompiledRules build(RuleSetDefinition definition) {
        long start = System.nanoTime();
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, definition.classLoader());
        // MVEL consequences compile without a Java compiler and start faster.
        configuration.setProperty("drools.dialect.default", "mvel");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        Map<String, RuleSource> byName = new HashMap<>();
        for (RuleSource source : definition.sources()) {
            byName.put(source.name(), source);
            Resource resource = ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            builder.add(resource, ResourceType.DRL);
        }
        List<RuleSetException.Problem> problems = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            problems.add(compileProblem(error));
        }
        // After a syntax error the parser adds "Parser returned a null Package"; the real error says more.
        if (problems.size() > 1) {
            problems.removeIf(p -> p.line() == 0 && p.message().startsWith("Parser returned a null Package"));
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        kieBase.addPackages(builder.getKnowledgePackages());

        Map<String, RuleInfo> rules = new HashMap<>();
        boolean declaresAdvise = false;
        for (KiePackage pkg : kieBase.getKiePackages()) {
            declaresAdvise |= pkg.getGlobalVariables().stream().anyMatch(g -> g.getName().equals(ADVISE_GLOBAL));
            for (Rule rule : pkg.getRules()) {
                RuleImpl impl = (RuleImpl) rule;
                String file = impl.getResource() == null ? "?" : impl.getResource().getSourcePath();
                RuleSource source = byName.get(file);
                int line = source == null ? 0 : source.lineOfRule(rule.getName());
                List<KnowledgeItem> sources = sources(rule, file, line, definition.catalogue(), problems);
                String phase = impl.getAgendaGroup();
                if (!AGENDA_GROUPS.contains(phase) && !"MAIN".equals(phase)) {
                    problems.add(new RuleSetException.Problem(file, line, Optional.of(rule.getName()),
                            "agenda-group \"" + phase + "\" is not a phase; use one of "
                                    + Arrays.stream(Phase.values()).map(Phase::agendaGroup).toList()
                                    + " or none"));
                }
                rules.put(key(rule.getPackageName(), rule.getName()), new RuleInfo(rule.getName(), sources, phase));
            }
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        LOG.debug("compiled {} rules from {} files in {} ms", rules.size(), definition.sources().size(),
                (System.nanoTime() - start) / 1_000_000);
        return new CompiledRules(kieBase, rules, definition, declaresAdvise);
    }

    private static RuleSetException failure(List<RuleSetException.Problem> problems) {
        problems.sort(Comparator.comparing(RuleSetException.Problem::file).thenComparingInt(RuleSetException.Problem::line));
        return new RuleSetException(problems);
    }

    private static RuleSetException.Problem compileProblem(KnowledgeBuilderError error) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        Optional<String> rule = error instanceof DescrBuildError build && build.getParentDescr() instanceof RuleDescr r
                ? Optional.of(r.getName()) : Optional.empty();
        return new RuleSetException.Problem(file, line, rule, error.getMessage().strip());
    }

    private static List<KnowledgeItem> sources(Rule rule, String file, int line, KnowledgeCatalogue catalogue,
            List<RuleSetException.Problem> problems) {
        Object value = rule.getMetaData().get("source");
        if (value == null || value.toString().isBlank()) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule.getName()),
                    "no @source(\"...\") metadata naming the knowledge IDs the rule encodes"));
            return List.of();
        }
        List<KnowledgeItem> items = new ArrayList<>();
        for (String id : value.toString().split("[,/\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            Optional<KnowledgeItem> item = catalogue.find(id);
            if (item.isPresent()) {
                items.add(item.get());
            } else {
                problems.add(new RuleSetException.Problem(file, line, Optional.of(rule.getName()),
                        "@source cites \"" + id + "\", which is not in the knowledge catalogue"));
            }
        }
        return List.copyOf(items);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    KieBase kieBase() {
        return kieBase;
    }

    RuleInfo rule(String packageName, String ruleName) {
        RuleInfo info = rules.get(key(packageName, ruleName));
        if (info == null) {
            throw new IllegalStateException("rule not compiled by this rule set: " + ruleName);
        }
        return info;
    }

    boolean declaresAdvise() {
        return declaresAdvise;
    }

    public KnowledgeCatalogue catalogue() {
        return catalogue;
    }

    public MessageBundle messages() {
        return messages;
    }

    /** The number of rules. */
    public int size() {
        return rules.size();
    }
}
