package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.authoring.Advise;
import dev.mlteams.advisor.authoring.Phase;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.core.reteoo.TerminalNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.runtime.KieSessionsPool;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;
import org.kie.api.io.Resource;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderConfiguration;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A compiled and checked rule set: the shared, thread-safe KieBase plus what the engine needs to
 * explain each rule. Built once and shared; every run takes a session of its own from a pool.
 *
 * <p>Checks, all reported together: compile errors; rules without {@code @source} or citing IDs
 * outside the catalogue; ruleflow groups that are not a {@link Phase}; two rules with one name where
 * neither is marked {@code @override}; an {@code @override} with nothing to replace; a disabled
 * rule name or knowledge ID that does not exist. Drools' errors are read by {@link CompileProblems},
 * the {@code @source} and phase checks are {@link RuleMetadataChecks}.
 */
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    /** The name rule files declare the {@link dev.mlteams.advisor.authoring.Advise} global under. */
    static final String ADVISE_GLOBAL = "advise";

    /** The metadata that marks a rule as the replacement of another rule with the same name. */
    private static final String OVERRIDE = "override";

    /** What the engine knows about one rule: its knowledge sources and phase. */
    record RuleInfo(String packageName, String name, String file, int line, List<KnowledgeItem> sources,
            List<String> sourceIds, String phase, boolean override) {
        RuleInfo(String packageName, String name, String file, int line, List<KnowledgeItem> sources, String phase,
                boolean override) {
            this(packageName, name, file, line, sources, sources.stream().map(KnowledgeItem::id).toList(), phase,
                    override);
        }

        String location() {
            return file + ":" + line;
        }
    }

    private final KieSessionsPool sessions;
    /** By package-qualified name, in file and line order. */
    private final Map<String, RuleInfo> rules;
    /** The same rules by the rule base's rule objects: looked up on every firing, so by identity. */
    private final Map<Rule, RuleInfo> byRule = new IdentityHashMap<>();
    private final KnowledgeCatalogue catalogue;
    private final MessageSource messages;
    private final boolean declaresAdvise;
    /** Whether any rule names a phase: then a rule without one runs after them all. */
    private final boolean phased;
    private final RuleSetStamp stamp;
    private final List<RuleSource> sources;
    private final ClassLoader classLoader;
    private final boolean precompiled;
    private final List<ObjectType> patternTypes;
    private final ConcurrentMap<Class<?>, Boolean> matchable = new ConcurrentHashMap<>();
    private final ConcurrentMap<TerminalNode, EvidenceLayout> evidenceLayouts = new ConcurrentHashMap<>();
    private volatile WhyNotAnalysis whyNot;
    /** The rules left out, overridden or disabled, in file and line order, each with why. */
    private final List<LeftOut> leftOut;

    private CompiledRules(KieBase kieBase, Map<String, RuleInfo> rules, RuleSetDefinition definition,
            boolean declaresAdvise, RuleSetStamp stamp, boolean precompiled, List<LeftOut> leftOut) {
        // A pooled session is reset when disposed; reusing it is cheaper than building a new one.
        this.sessions = kieBase.newKieSessionsPool(1);
        // The pool's first session is made here, while building, not in the first call: an advisor
        // built ahead of time (say, on a background thread at start-up) then answers sooner.
        sessions.newKieSession().dispose();
        this.precompiled = precompiled;
        // Drools' own InitialFact node is no pattern; Object() and other supertypes are.
        this.patternTypes = ((InternalKnowledgeBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType)
                .filter(type -> !type.equals(ClassObjectType.InitialFact_ObjectType))
                .toList();
        this.rules = Collections.unmodifiableMap(new LinkedHashMap<>(rules));
        this.phased = rules.values().stream().anyMatch(info -> !info.phase().equals(RuleMetadataChecks.NO_PHASE));
        for (KiePackage pkg : kieBase.getKiePackages()) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = this.rules.get(key(pkg.getName(), rule.getName()));
                if (info != null) {
                    byRule.put(rule, info);
                }
            }
        }
        this.catalogue = definition.catalogue();
        this.messages = definition.messages();
        this.declaresAdvise = declaresAdvise;
        this.stamp = stamp;
        this.sources = definition.sources();
        this.classLoader = definition.classLoader();
        this.leftOut = List.copyOf(leftOut);
    }

    /**
     * Compiles and checks every file of {@code definition}, then leaves out overridden and disabled rules.
     *
     * @throws RuleSetException listing every problem found
     */
    public static CompiledRules build(RuleSetDefinition definition) {
        return build(definition, partial -> { });
    }

    /**
     * What a rule set with problems is known to hold, for the checks that go on after them.
     *
     * @param runs   the rules that would run, as file and name joined by a line break: of the files
     *               that compiled, those neither overridden nor disabled, nor named like a rule of a
     *               file that did not (which an {@code @override} there might replace); of those
     *               files, the rules their text shows neither disabled nor overridden
     * @param phased whether a rule that would run names a phase
     */
    public record Partial(Set<String> runs, boolean phased) {
    }

    /**
     * What {@link Partial} says of a rule set whose rules {@code all} compiled, {@code removed}
     * left out, and whose {@code unjudged} files, declaring the rules named {@code unseen}, did not.
     */
    private static Partial partial(List<RuleInfo> all, Set<RuleInfo> removed, List<RuleSource> files,
            Set<String> unjudged, Set<String> unseen, RuleSetDefinition definition) {
        Set<String> runs = new HashSet<>();
        boolean phased = false;
        Set<String> overridden = new HashSet<>();
        for (RuleInfo rule : all) {
            if (rule.override()) {
                overridden.add(rule.name());
            }
            if (!removed.contains(rule) && !unseen.contains(rule.name())) {
                runs.add(rule.file() + "\n" + rule.name());
                phased |= !rule.phase().equals(RuleMetadataChecks.NO_PHASE);
            }
        }
        for (RuleSource file : files) {
            if (!unjudged.contains(file.name())) {
                continue;
            }
            for (RuleDescr rule : file.parsed().map(PackageDescr::getRules).orElse(List.of())) {
                AnnotationDescr cited = rule.getAnnotation("source");
                String ids = cited == null ? "" : RuleMetadataChecks.sourceMetadata(cited.getSingleValue());
                boolean disabled = definition.disabledRules().contains(rule.getName())
                        || RuleMetadataChecks.sourceIds(ids).stream().anyMatch(definition.disabledKnowledge()::contains);
                if (!disabled && (rule.getAnnotation("override") != null || !overridden.contains(rule.getName()))) {
                    runs.add(file.name() + "\n" + rule.getName());
                    phased |= !RuleMetadataChecks.phaseOf(rule).equals(RuleMetadataChecks.NO_PHASE);
                }
            }
        }
        return new Partial(runs, phased);
    }

    /**
     * As {@link #build(RuleSetDefinition)}, giving {@code onProblems} what is known of the rule
     * set before its problems are thrown.
     */
    public static CompiledRules build(RuleSetDefinition definition, Consumer<Partial> onProblems) {
        long start = System.nanoTime();
        List<RuleSetException.Problem> problems = new ArrayList<>();
        // File name to the line of each rule in it, in the order the files were given.
        Map<String, Map<String, Integer>> ruleLines = new LinkedHashMap<>();
        List<RuleSource> files = new ArrayList<>();
        // The rules of a second, different file of a name: not compiled, so not judged missing either.
        Set<String> uncompiledNames = new HashSet<>();
        for (RuleSource source : definition.sources()) {
            if (ruleLines.putIfAbsent(source.name(), source.ruleLines()) == null) {
                files.add(source);
            } else {
                if (!files.contains(source)) {
                    uncompiledNames.addAll(source.ruleLines().keySet());
                }
                // Only the first file of a name is compiled: problems and rules are told apart by file
                // name, and a second copy would only add a duplicate-rule error for each of its rules.
                problems.add(new RuleSetException.Problem(source.name(), 0, Optional.empty(), files.contains(source)
                        ? "this rule file was added twice"
                        : "two different rule files were added under this name: give each a name of its own (until "
                                + "then only the first is compiled)"));
            }
        }
        InternalKnowledgeBase kieBase;
        List<RuleSource> toCompile = files;
        boolean precompiled = false;
        // Compile problems go here first: the files they name are left out of the checks below.
        List<RuleSetException.Problem> compileProblems = new ArrayList<>();
        List<KiePackage> notAdded = new ArrayList<>();
        Optional<PrecompiledRules> model = definition.precompiled().filter(p -> p.coveredBy(files));
        if (model.isPresent()) {
            // The model's files form the base; the others are compiled on their own on top of it,
            // whether the model loads or not, so that they behave the same either way.
            toCompile = files.stream().filter(s -> !model.get().sources().contains(s)).toList();
            try {
                kieBase = model.get().load(definition.classLoader(), !toCompile.isEmpty());
                precompiled = true;
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                // A model from another build, say, or one a shading tool stripped: same rules, slower start.
                LOG.warn("cannot load the executable model of {}; compiling their DRL instead, which takes longer",
                        model.get(), e);
                kieBase = KnowledgeBaseFactory.newKnowledgeBase();
                notAdded.addAll(addCompiled(kieBase, model.get().sources(), definition.classLoader(), ruleLines,
                        compileProblems));
            }
        } else {
            kieBase = KnowledgeBaseFactory.newKnowledgeBase();
        }
        if (!toCompile.isEmpty()) {
            notAdded.addAll(addCompiled(kieBase, toCompile, definition.classLoader(), ruleLines, compileProblems));
        }
        problems.addAll(compileProblems);
        Set<String> brokenFiles = compileProblems.stream().map(RuleSetException.Problem::file).collect(Collectors.toSet());
        files.stream().filter(file -> brokenFiles.contains(file.name()))
                .forEach(file -> RuleMetadataChecks.checkParsed(file, definition, problems));

        List<RuleInfo> all = new ArrayList<>();
        boolean declaresAdvise = false;
        List<KiePackage> packages = new ArrayList<>(kieBase.getKiePackages());
        packages.addAll(notAdded);
        for (KiePackage pkg : packages) {
            for (var global : pkg.getGlobalVariables()) {
                if (!global.getName().equals(ADVISE_GLOBAL)) {
                    continue;
                }
                declaresAdvise = true;
                if (!global.getType().equals(Advise.class.getName())) {
                    problems.add(new RuleSetException.Problem("package " + pkg.getName(), 0, Optional.empty(),
                            "global \"" + ADVISE_GLOBAL + "\" must have type " + Advise.class.getName() + ", not "
                                    + global.getType()));
                }
            }
            for (Rule rule : pkg.getRules()) {
                // A file that did not compile has already said what is wrong with it.
                if (brokenFiles.isEmpty() || !brokenFiles.contains(fileOf((RuleImpl) rule, ruleLines))) {
                    all.add(describe((RuleImpl) rule, ruleLines, definition, problems));
                }
            }
        }
        // The names of the rules of files none of whose rules compiled (broken, or left out as they
        // need a broken one), as their text gives them: an @override or a disabled name may mean
        // one of those, so neither is judged missing.
        Set<String> compiledFiles = all.stream().map(RuleInfo::file).collect(Collectors.toSet());
        Set<String> unjudged = files.stream().map(RuleSource::name).filter(file -> !compiledFiles.contains(file))
                .collect(Collectors.toSet());
        Set<String> unseen = new HashSet<>(uncompiledNames);
        unjudged.forEach(file -> unseen.addAll(ruleLines.getOrDefault(file, Map.of()).keySet()));
        // In the order the files were given (defaults first), so "the original" is the earlier rule.
        List<String> fileOrder = new ArrayList<>(ruleLines.keySet());
        all.sort(Comparator.comparingInt((RuleInfo r) -> fileOrder.indexOf(r.file())).thenComparingInt(RuleInfo::line));
        // Every rule left out, overridden or disabled, with why.
        Map<RuleInfo, String> leftOut = new LinkedHashMap<>(overridden(all, unseen, problems));
        disabled(all, unseen, definition, problems).forEach(leftOut::putIfAbsent);
        if (!problems.isEmpty()) {
            onProblems.accept(partial(all, leftOut.keySet(), files, unjudged, unseen, definition));
            throw failure(problems);
        }
        Map<String, RuleInfo> kept = new LinkedHashMap<>();
        for (RuleInfo info : all) {
            if (leftOut.containsKey(info)) {
                kieBase.removeRule(info.packageName(), info.name());
            } else {
                kept.put(key(info.packageName(), info.name()), info);
            }
        }
        LOG.debug("built rule set {} {}: {} rules from {} files ({} compiled at run time, {} left out) in {} ms",
                definition.name(), definition.version(), kept.size(), definition.sources().size(),
                precompiled ? toCompile.size() : definition.sources().size(),
                leftOut.size(), (System.nanoTime() - start) / 1_000_000);
        return new CompiledRules(kieBase, kept, definition, declaresAdvise, stamp(definition), precompiled,
                all.stream().filter(leftOut::containsKey).map(rule -> new LeftOut(rule, leftOut.get(rule))).toList());
    }

    /**
     * Compiles {@code sources} together and adds them to {@code kieBase}, unless they have compile
     * errors or rules that would replace one already there. Those go to {@code problems}, and the
     * packages of the files that did compile, not added, are returned, so that their rules can
     * still be checked.
     */
    private static Collection<KiePackage> addCompiled(InternalKnowledgeBase kieBase, List<RuleSource> sources,
            ClassLoader classLoader, Map<String, Map<String, Integer>> ruleLines,
            List<RuleSetException.Problem> problems) {
        // Drools hands out no packages once any file has an error, so the other files are compiled
        // again without the broken ones. A file that fails only then needs a broken file: its errors
        // are knock-on effects, not reported, and it is left out in turn until the rest compile.
        List<RuleSource> compiling = sources;
        while (!compiling.isEmpty()) {
            List<RuleSetException.Problem> errors = new ArrayList<>();
            Collection<KiePackage> compiled = compile(compiling, classLoader, errors);
            if (errors.isEmpty()) {
                List<RuleSetException.Problem> clashes = alreadyInBase(kieBase, compiled, ruleLines);
                if (compiling == sources && clashes.isEmpty()) {
                    kieBase.addPackages(compiled);
                    return List.of();
                }
                problems.addAll(clashes);
                return compiled;
            }
            if (compiling == sources) {
                problems.addAll(errors);
            }
            List<RuleSource> fewer = without(compiling, errors);
            if (fewer.size() == compiling.size()) {
                return List.of();
            }
            compiling = fewer;
        }
        return List.of();
    }

    /** {@code sources} without the files {@code problems} name. */
    private static List<RuleSource> without(List<RuleSource> sources, List<RuleSetException.Problem> problems) {
        Set<String> named = problems.stream().map(RuleSetException.Problem::file).collect(Collectors.toSet());
        return sources.stream().filter(s -> !named.contains(s.name())).toList();
    }

    /** Compiles DRL files; their compile errors go to {@code problems}. */
    private static Collection<KiePackage> compile(List<RuleSource> sources, ClassLoader classLoader,
            List<RuleSetException.Problem> problems) {
        KnowledgeBuilderConfiguration configuration =
                KnowledgeBuilderFactory.newKnowledgeBuilderConfiguration(null, classLoader);
        // MVEL consequences compile without a Java compiler and start faster.
        configuration.setProperty("drools.dialect.default", "mvel");
        KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder(configuration);
        List<RuleSetException.Problem> aborted = new ArrayList<>();
        for (RuleSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            try {
                builder.add(resource, ResourceType.DRL);
            } catch (RuntimeException e) {
                aborted.add(CompileProblems.abortedCompile(source, e));
            }
        }
        problems.addAll(CompileProblems.of(aborted, builder.getErrors(), sources, classLoader));
        return builder.getKnowledgePackages();
    }

    /**
     * Rules compiled at run time that reuse the name of a precompiled rule in the same package.
     * Adding them would silently replace that rule; compiled together, Drools rejects them.
     */
    private static List<RuleSetException.Problem> alreadyInBase(KieBase kieBase, Collection<KiePackage> compiled,
            Map<String, Map<String, Integer>> ruleLines) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        for (KiePackage pkg : compiled) {
            for (Rule rule : pkg.getRules()) {
                if (kieBase.getRule(pkg.getName(), rule.getName()) != null) {
                    String file = ((RuleImpl) rule).getResource().getSourcePath();
                    problems.add(new RuleSetException.Problem(file,
                            ruleLines.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), 0),
                            Optional.of(rule.getName()), "Duplicate rule name: \"" + rule.getName() + "\" is already a rule"
                            + " of package " + pkg.getName() + CompileHints.DUPLICATE));
                }
            }
        }
        return problems;
    }

    /** What the engine needs to know about {@code rule}; problems with its metadata go to {@code problems}. */
    private static RuleInfo describe(RuleImpl rule, Map<String, Map<String, Integer>> ruleLines,
            RuleSetDefinition definition, List<RuleSetException.Problem> problems) {
        String file = fileOf(rule, ruleLines);
        int line = ruleLines.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), 0);
        List<KnowledgeItem> sources = RuleMetadataChecks.sources(rule.getName(),
                RuleMetadataChecks.sourceMetadata(rule.getMetaData().get("source")),
                rule.getMetaData().keySet(), file, line, definition, problems);
        String phase = rule.getAgendaGroup();
        RuleMetadataChecks.checkPhase(rule.getName(), phase, file, line, problems);
        // Drools resolves "@override" to java.lang.Override, so accept that key as well.
        boolean override = rule.getMetaData().containsKey(OVERRIDE)
                || rule.getMetaData().containsKey(Override.class.getName());
        return new RuleInfo(rule.getPackageName(), rule.getName(), file, line, sources, phase, override);
    }

    /** The file of {@code rule}: DRL compiled at run time knows it; a precompiled rule is found in the files by name. */
    private static String fileOf(RuleImpl rule, Map<String, Map<String, Integer>> ruleLines) {
        String file = rule.getResource() == null ? null : rule.getResource().getSourcePath();
        if (file != null) {
            return file;
        }
        return ruleLines.entrySet().stream().filter(e -> e.getValue().containsKey(rule.getName()))
                .map(Map.Entry::getKey).findFirst().orElse("?");
    }

    /**
     * The rules that {@code @override} rules replace, each with where that override is; problems
     * for unmarked duplicates and empty overrides, but for an override of a name in {@code unseen}.
     */
    private static Map<RuleInfo, String> overridden(List<RuleInfo> all, Set<String> unseen,
            List<RuleSetException.Problem> problems) {
        Map<String, List<RuleInfo>> byName = all.stream()
                .collect(Collectors.groupingBy(RuleInfo::name, LinkedHashMap::new, Collectors.toList()));
        Map<RuleInfo, String> replaced = new LinkedHashMap<>();
        byName.forEach((name, sameName) -> {
            List<RuleInfo> overriders = sameName.stream().filter(RuleInfo::override).toList();
            List<RuleInfo> originals = sameName.stream().filter(r -> !r.override()).toList();
            for (RuleInfo extra : originals.subList(Math.min(1, originals.size()), originals.size())) {
                problems.add(problem(extra, "duplicate rule name, also at " + originals.get(0).location()
                        + "; to replace that rule, mark this one @override"));
            }
            for (RuleInfo extra : overriders.subList(Math.min(1, overriders.size()), overriders.size())) {
                problems.add(problem(extra, "a second @override of the same rule, also at "
                        + overriders.get(0).location()));
            }
            if (!overriders.isEmpty() && originals.isEmpty() && !unseen.contains(name)) {
                problems.add(problem(overriders.get(0), "@override, but no other rule is named \"" + name + "\""
                        + Nearest.to(name, all.stream().filter(r -> !r.override()).map(RuleInfo::name).toList())
                                .map(near -> " (did you mean \"" + near + "\"?)").orElse("")));
            }
            if (overriders.size() == 1 && originals.size() == 1) {
                replaced.put(originals.get(0), "replaced by the @override at " + overriders.get(0).location());
            }
        });
        return replaced;
    }

    /**
     * The rules disabled by name or knowledge ID, each with the call that disables it; problems
     * for names (but those in {@code unseen}) and IDs that do not exist.
     */
    private static Map<RuleInfo, String> disabled(List<RuleInfo> all, Set<String> unseen, RuleSetDefinition definition,
            List<RuleSetException.Problem> problems) {
        Map<RuleInfo, String> off = new LinkedHashMap<>();
        for (String name : definition.disabledRules()) {
            List<RuleInfo> named = all.stream().filter(r -> r.name().equals(name)).toList();
            if (named.isEmpty() && !unseen.contains(name)) {
                problems.add(new RuleSetException.Problem("(disabled rules)", 0, Optional.of(name),
                        "cannot disable: no rule has this name" + Nearest.to(name, all.stream().map(RuleInfo::name).toList())
                                .map(near -> " (did you mean \"" + near + "\"?)").orElse("")));
            }
            named.forEach(rule -> off.putIfAbsent(rule, "disableRule(\"" + name + "\")"));
        }
        unknownDisabledKnowledge(definition, problems);
        for (String id : definition.disabledKnowledge()) {
            all.stream().filter(r -> r.sourceIds().contains(id))
                    .forEach(rule -> off.putIfAbsent(rule, "disableKnowledge(\"" + id + "\")"));
        }
        return off;
    }

    private static void unknownDisabledKnowledge(RuleSetDefinition definition, List<RuleSetException.Problem> problems) {
        for (String id : definition.disabledKnowledge()) {
            if (!definition.catalogue().contains(id) && !definition.unreadKnowledge().contains(id)) {
                problems.add(new RuleSetException.Problem("(disabled knowledge)", 0, Optional.empty(),
                        "cannot disable knowledge \"" + id + "\": it is not in the knowledge catalogue"));
            }
        }
    }

    private static RuleSetException.Problem problem(RuleInfo rule, String message) {
        return new RuleSetException.Problem(rule.file(), rule.line(), Optional.of(rule.name()), message);
    }

    private static RuleSetException failure(List<RuleSetException.Problem> problems) {
        problems.sort(Comparator.comparing(RuleSetException.Problem::file).thenComparingInt(RuleSetException.Problem::line));
        return new RuleSetException(problems);
    }

    /** A hash of everything that decides the rules' behaviour: the files and what was disabled. */
    private static RuleSetStamp stamp(RuleSetDefinition definition) {
        List<byte[]> content = ContentHash.content(definition);
        String hash = definition.precompiled().flatMap(model -> model.contentHash(content))
                .orElseGet(() -> ContentHash.of(content));
        return new RuleSetStamp(definition.name(), definition.version(), hash);
    }

    static String key(String packageName, String ruleName) {
        return packageName + "/" + ruleName;
    }

    /**
     * Whether some rule has a pattern that facts of {@code type} can match. Advice items no
     * pattern can see need not go into working memory, which saves a propagation per item.
     */
    boolean matchable(Class<?> type) {
        return SharedCache.get(matchable, type, t -> patternTypes.stream().anyMatch(p -> p.isAssignableFrom(t)));
    }

    /** How to read the matches of {@code node} as evidence; one layout per terminal node. */
    EvidenceLayout evidenceLayout(TerminalNode node) {
        return SharedCache.get(evidenceLayouts, node, EvidenceLayout::of);
    }

    KieSessionsPool sessions() {
        return sessions;
    }

    RuleInfo rule(Rule rule) {
        RuleInfo info = byRule.get(rule);
        if (info == null) {
            throw new IllegalStateException("rule not compiled by this rule set: " + rule.getName());
        }
        return info;
    }

    /** Where the rules of this name are ({@code file:line}, one per package that has one), in file and line order. */
    List<String> locationsOf(String name) {
        return rules.values().stream().filter(info -> info.name().equals(name)).map(RuleInfo::location).toList();
    }

    boolean declaresAdvise() {
        return declaresAdvise;
    }

    /** Whether any rule names a phase; without, every rule runs in Drools' one default group. */
    public boolean phased() {
        return phased;
    }

    public KnowledgeCatalogue catalogue() {
        return catalogue;
    }

    public MessageSource messages() {
        return messages;
    }

    public RuleSetStamp stamp() {
        return stamp;
    }

    /** A rule of the rule set's files that the rule base leaves out, and why. */
    record LeftOut(RuleInfo rule, String reason) {
    }

    /** The rules left out, overridden or disabled, in file and line order. */
    List<LeftOut> leftOut() {
        return leftOut;
    }

    /** The rules left out, by why: {@code disableKnowledge("P7"): "a" (file:line), "b" (file:line)}. */
    List<String> leftOutByReason() {
        Map<String, List<String>> names = new LinkedHashMap<>();
        leftOut.forEach(out -> names.computeIfAbsent(out.reason(), reason -> new ArrayList<>())
                .add("\"" + out.rule().name() + "\" (" + out.rule().location() + ")"));
        return names.entrySet().stream().map(e -> e.getKey() + ": " + String.join(", ", e.getValue())).toList();
    }

    /** The why-not analysis of these rules, parsed on first use. */
    WhyNotAnalysis whyNot() {
        WhyNotAnalysis analysis = whyNot;
        if (analysis == null) {
            synchronized (this) {
                analysis = whyNot;
                if (analysis == null) {
                    analysis = new WhyNotAnalysis(sources, rules.keySet(), leftOut, classLoader);
                    whyNot = analysis;
                }
            }
        }
        return analysis;
    }

    /** The rules in the rule base, after overrides and disabling, in the order of their files and lines. */
    public List<Advisor.Rule> described() {
        // Made on request, not when building: only tools ask, and start-up time counts (#5).
        List<Advisor.Rule> described = new ArrayList<>(rules.size());
        for (RuleInfo info : rules.values()) {
            described.add(new Advisor.Rule(info.name(), info.packageName(), info.file(), info.line()));
        }
        return List.copyOf(described);
    }

    /** The rules of the rule set's files that the rule base leaves out, with why, in file and line order. */
    public List<Advisor.LeftOut> describedLeftOut() {
        return leftOut.stream().map(out -> new Advisor.LeftOut(new Advisor.Rule(out.rule().name(),
                out.rule().packageName(), out.rule().file(), out.rule().line()), out.reason())).toList();
    }

    /** The names of the rules that cite the knowledge ID {@code id}, in file and line order. */
    public List<String> citing(String id) {
        return rules.values().stream().filter(info -> info.sourceIds().contains(id)).map(RuleInfo::name).toList();
    }

    /** Whether some of the rules were loaded from an executable model compiled at build time. */
    public boolean usesPrecompiledModel() {
        return precompiled;
    }

    /** The number of rules in the rule base, after overrides and disabling. */
    public int size() {
        return rules.size();
    }
}
