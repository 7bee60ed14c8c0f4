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
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.core.reteoo.TerminalNode;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
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
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.jci.CompilationProblem;
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
 * rule name or knowledge ID that does not exist.
 */
public final class CompiledRules {

    private static final Logger LOG = LoggerFactory.getLogger(CompiledRules.class);

    /** The name rule files declare the {@link dev.mlteams.advisor.authoring.Advise} global under. */
    static final String ADVISE_GLOBAL = "advise";

    /** The metadata that marks a rule as the replacement of another rule with the same name. */
    static final String OVERRIDE = "override";

    private static final Set<String> AGENDA_GROUPS = Arrays.stream(Phase.values())
            .map(Phase::agendaGroup).collect(Collectors.toUnmodifiableSet());

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
        long start = System.nanoTime();
        List<RuleSetException.Problem> problems = new ArrayList<>();
        // File name to the line of each rule in it, in the order the files were given.
        Map<String, Map<String, Integer>> ruleLines = new LinkedHashMap<>();
        List<RuleSource> files = new ArrayList<>();
        for (RuleSource source : definition.sources()) {
            if (ruleLines.putIfAbsent(source.name(), source.ruleLines()) == null) {
                files.add(source);
            } else {
                // Compiled once: a second copy would only add a duplicate-rule error for each of its rules.
                problems.add(new RuleSetException.Problem(source.name(), 0, Optional.empty(),
                        "this rule file was added twice"));
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
                kieBase = model.get().load(definition.classLoader());
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
                .forEach(file -> checkParsed(file, definition.catalogue(), problems));

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
                    all.add(describe((RuleImpl) rule, ruleLines, definition.catalogue(), problems));
                }
            }
        }
        List<RuleInfo> removed = new ArrayList<>();
        // Every rule left out, overridden or disabled, with why.
        Map<RuleInfo, String> leftOut = new LinkedHashMap<>();
        if (compileProblems.isEmpty()) {
            // In the order the files were given (defaults first), so "the original" is the earlier rule.
            List<String> fileOrder = new ArrayList<>(ruleLines.keySet());
            all.sort(Comparator.comparingInt((RuleInfo r) -> fileOrder.indexOf(r.file()))
                    .thenComparingInt(RuleInfo::line));
            leftOut.putAll(overridden(all, problems));
            disabled(all, definition, problems).forEach(leftOut::putIfAbsent);
            removed.addAll(leftOut.keySet());
        } else {
            // With rules missing, overrides and disabled rule names cannot be judged; knowledge IDs can.
            unknownDisabledKnowledge(definition, problems);
        }
        if (!problems.isEmpty()) {
            throw failure(problems);
        }
        Map<String, RuleInfo> kept = new LinkedHashMap<>();
        for (RuleInfo info : all) {
            if (removed.contains(info)) {
                kieBase.removeRule(info.packageName(), info.name());
            } else {
                kept.put(key(info.packageName(), info.name()), info);
            }
        }
        LOG.debug("built rule set {} {}: {} rules from {} files ({} compiled at run time, {} left out) in {} ms",
                definition.name(), definition.version(), kept.size(), definition.sources().size(),
                precompiled ? toCompile.size() : definition.sources().size(),
                removed.size(), (System.nanoTime() - start) / 1_000_000);
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
        List<RuleSetException.Problem> found = new ArrayList<>();
        for (RuleSource source : sources) {
            Resource resource = ResourceFactory.newByteArrayResource(source.drl().getBytes(StandardCharsets.UTF_8));
            resource.setSourcePath(source.name());
            try {
                builder.add(resource, ResourceType.DRL);
            } catch (RuntimeException e) {
                found.add(abortedCompile(source, e));
            }
        }
        Map<String, String> texts = sources.stream().collect(Collectors.toMap(RuleSource::name, RuleSource::drl,
                (first, second) -> first));
        // The DRL functions that did not compile.
        List<FunctionDescr> failedFunctions = new ArrayList<>();
        for (KnowledgeBuilderError error : builder.getErrors()) {
            if (error instanceof FunctionError function) {
                failedFunctions.add(function.getFunctionDescr());
            }
            found.addAll(compileProblems(error, texts, classLoader));
        }
        // After a syntax error the parser adds "Parser returned a null Package"; the real error says more.
        if (found.size() > 1) {
            found.removeIf(p -> p.line() == 0 && p.message().startsWith("Parser returned a null Package"));
        }
        problems.addAll(SyntaxHints.withHints(withoutKnockOns(found, failedFunctions, texts), texts));
        return builder.getKnowledgePackages();
    }

    /**
     * The problem of a file whose compilation Drools gave up with {@code e} instead of an error
     * (MVEL throws "unterminated string literal" for a java-dialect consequence, for one). The
     * text MVEL quotes finds the rule and line, where one rule's consequence holds it.
     */
    private static RuleSetException.Problem abortedCompile(RuleSource source, RuntimeException e) {
        String message = e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage().strip();
        List<Map.Entry<String, Integer>> quotedIn = new ArrayList<>();
        try {
            PackageDescr parsed = new DrlParser().parse(false, source.drl());
            for (RuleDescr rule : parsed == null ? List.<RuleDescr>of() : parsed.getRules()) {
                quotedLine(source.drl(), rule.getConsequenceLine(), message)
                        .ifPresent(line -> quotedIn.add(Map.entry(rule.getName(), line)));
            }
        } catch (DroolsParserException | RuntimeException unparsed) {
            // No rule to name: the problem is the file's.
        }
        if (quotedIn.size() != 1) {
            return new RuleSetException.Problem(source.name(), 0, Optional.empty(), message);
        }
        return new RuleSetException.Problem(source.name(), quotedIn.get(0).getValue(),
                Optional.of(quotedIn.get(0).getKey()), LINE_COLUMN.matcher(message).replaceFirst(""));
    }

    /** MVEL's own "[Line: 2, Column: 75]", counted from its expression, not the file. */
    private static final Pattern LINE_COLUMN = Pattern.compile("\\s*\\[Line: \\d+, Column: \\d+\\]\\s*$");

    /**
     * {@code found} without the errors that only repeat an earlier one: a misspelt field in
     * {@code $h : horizonn} also makes every use of {@code $h} after {@code then} an error, a
     * function that does not compile cannot be imported or called by its package's rules, and an
     * error is often followed by a null pointer of Drools' own.
     */
    private static List<RuleSetException.Problem> withoutKnockOns(List<RuleSetException.Problem> found,
            List<FunctionDescr> failedFunctions, Map<String, String> texts) {
        Map<String, Set<String>> failedBindings = new HashMap<>();
        for (RuleSetException.Problem problem : found) {
            Matcher binding = FAILED_BINDING.matcher(problem.message());
            if (binding.find()) {
                failedBindings.computeIfAbsent(ruleOf(problem), k -> new HashSet<>()).add(binding.group(1));
            }
        }
        Set<String> filesWithErrors = found.stream().filter(p -> !DROOLS_NULL_POINTER.matcher(p.message()).find())
                .map(RuleSetException.Problem::file).collect(Collectors.toSet());
        // A syntax error in a java consequence keeps Drools from passing the file's globals in: each
        // use of one is then "cannot be resolved" too.
        Set<String> javaSyntaxErrors = found.stream().filter(p -> p.message().startsWith(JAVA_SYNTAX_ERROR))
                .map(CompiledRules::ruleOf).collect(Collectors.toSet());
        // MVEL analyses an expression and the expressions in it: one error, said at each level.
        Set<String> mvelErrors = new HashSet<>();
        List<RuleSetException.Problem> kept = new ArrayList<>();
        for (RuleSetException.Problem problem : found) {
            // After an error in a file (MVEL failed to analyse an expression, an unknown accumulate
            // function), Drools trips over what it could not build: a null pointer of its own.
            if (filesWithErrors.contains(problem.file()) && DROOLS_NULL_POINTER.matcher(problem.message()).find()) {
                continue;
            }
            if (javaSyntaxErrors.contains(ruleOf(problem)) && unresolvedGlobal(problem, texts)) {
                continue;
            }
            Matcher mvelError = MVEL_ERROR.matcher(problem.message());
            if (mvelError.find() && !mvelErrors.add(ruleOf(problem) + "\0" + problem.line() + "\0" + mvelError.group())) {
                continue;
            }
            Set<String> failed = failedBindings.getOrDefault(ruleOf(problem), Set.of());
            if (failed.stream().noneMatch(variable -> knockOn(problem.message(), variable))
                    && failedFunctions.stream().noneMatch(function -> usesFailed(problem, function, texts))) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /** Whether {@code problem} is the Java compiler not finding a global its file declares. */
    private static boolean unresolvedGlobal(RuleSetException.Problem problem, Map<String, String> texts) {
        Matcher unresolved = CompileHints.JAVA_UNRESOLVED.matcher(problem.message());
        return unresolved.lookingAt()
                && CompileHints.declaresGlobal(texts.getOrDefault(problem.file(), ""), unresolved.group(1));
    }

    private static final String JAVA_SYNTAX_ERROR = "Syntax error";

    /** The file and rule a problem is about, as one key. */
    private static String ruleOf(RuleSetException.Problem problem) {
        return problem.file() + "\0" + problem.rule().orElse("");
    }

    /** How MVEL and Java consequences say that they do not know a variable. */
    private static boolean knockOn(String line, String variable) {
        return line.contains("KnowledgeHelper." + variable + "()") || line.contains(variable + " cannot be resolved");
    }

    /**
     * Whether {@code problem} is Drools, the Java compiler or MVEL saying that a rule of the
     * failed {@code function}'s package cannot import or call it.
     */
    private static boolean usesFailed(RuleSetException.Problem problem, FunctionDescr function,
            Map<String, String> texts) {
        String functionPackage = function.getClassName().substring(0, function.getClassName().lastIndexOf('.') + 1);
        Matcher declared = PACKAGE.matcher(texts.getOrDefault(problem.file(), ""));
        if (!declared.find() || !functionPackage.equals(declared.group(1) + ".")) {
            return false;
        }
        String message = problem.message();
        return message.startsWith("Error importing : '" + function.getClassName() + ".")
                || message.equals("The import " + function.getClassName() + " cannot be resolved")
                // Called as a function, so looked up in the class generated for the rule.
                || message.startsWith("The method " + function.getName() + "(")
                        && message.contains(" is undefined for the type Rule_")
                || message.contains("KnowledgeHelper." + function.getName() + "(");
    }

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** MVEL's own line in its error text: "[Error: unable to resolve method ...]", with any hint. */
    static final Pattern MVEL_ERROR = Pattern.compile("(?m)^\\[Error: .*$");

    private static final Pattern DROOLS_NULL_POINTER =
            Pattern.compile("^Unable to (build expression for '\\w+' ?:|determine the used declarations\\.)\\s*"
                    + "Cannot \\w+ .* because \".*\" is null");

    private static final Pattern FAILED_BINDING = Pattern.compile("Field Reader does not exist for declaration '(\\$\\w+)'");

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

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** MVEL's quote of where an error is: {@code [Near : {... advise.practise(PracticeArea ....}]}. */
    static final Pattern NEAR = Pattern.compile("\\[Near : \\{\\.\\.\\. (.+?) \\.\\.\\.\\.}]");

    /**
     * The line of {@code drl}, from line {@code from} to the rule's {@code end}, that holds the
     * text MVEL quotes in {@code message}, if exactly one line there does.
     */
    private static Optional<Integer> quotedLine(String drl, int from, String message) {
        Matcher near = NEAR.matcher(message);
        if (!near.find()) {
            return Optional.empty();
        }
        // Compared without spaces: MVEL quotes "headcount > limit" for "headcount>limit".
        String quoted = WHITESPACE.matcher(near.group(1)).replaceAll("");
        return onlyLine(drl, from, text -> WHITESPACE.matcher(text).replaceAll("").contains(quoted));
    }

    /** The one line of code from {@code from} to the rule's {@code end} that {@code holds}, if only one does. */
    private static Optional<Integer> onlyLine(String drl, int from, Predicate<String> holds) {
        if (from <= 0) {
            return Optional.empty();
        }
        List<String> lines = drl.lines().toList();
        List<Integer> holding = new ArrayList<>();
        for (int number = from; number <= lines.size(); number++) {
            String text = lines.get(number - 1).strip();
            if (text.equals("end")) {
                break;
            }
            boolean comment = text.startsWith("//") || text.startsWith("/*") || text.startsWith("*");
            if (!comment && holds.test(text)) {
                holding.add(number);
            }
        }
        return holding.size() == 1 ? Optional.of(holding.get(0)) : Optional.empty();
    }

    /**
     * Lines of Drools' generated consequence method (javaRule.mvel, "consequenceMethod") before
     * the consequence's text: a blank line, the signature and two local variables.
     */
    private static final int GENERATED_LINES_BEFORE_CONSEQUENCE = 4;

    /**
     * The line of {@code drl} that {@code javaError} in the Java class Drools generated for
     * {@code rule} came from, if it falls inside the rule's consequence: the class holds the code
     * of the rule's conditions (an eval, say) before the consequence, and those have no line here.
     */
    private static Optional<Integer> javaConsequenceLine(String drl, RuleDescr rule, CompilationProblem javaError) {
        // With named consequences Drools' offset is that of the last one it generated.
        if (drl == null || rule.getConsequenceLine() <= 0 || rule.getConsequenceOffset() <= 0
                || !rule.getNamedConsequences().isEmpty() || rule.getConsequence() == null
                || !javaError.getFileName().endsWith("/" + rule.getClassName() + ".java")) {
            return Optional.empty();
        }
        List<String> lines = drl.lines().toList();
        Optional<Integer> first = startOf(lines, rule.getConsequenceLine(), rule.getConsequence().toString());
        if (first.isEmpty()) {
            return Optional.empty();
        }
        int line = first.get() + javaError.getStartLine() - rule.getConsequenceOffset()
                - GENERATED_LINES_BEFORE_CONSEQUENCE;
        return line < first.get() || line > lines.size() ? Optional.empty() : Optional.of(line);
    }

    /**
     * The line, from {@code from} on, where {@code block} starts: Drools keeps a consequence's or
     * a function's text without what comes before its first statement (blanks, a leading comment),
     * so the first line ending with that statement is where its text begins.
     */
    private static Optional<Integer> startOf(List<String> lines, int from, String block) {
        String statement = block.strip().lines().findFirst().orElse("").strip();
        if (statement.isEmpty()) {
            return Optional.empty();
        }
        for (int number = Math.max(1, from); number <= lines.size(); number++) {
            if (lines.get(number - 1).strip().endsWith(statement)) {
                return Optional.of(number);
            }
        }
        return Optional.empty();
    }

    private static final Pattern UNKNOWN_ACCUMULATE =
            Pattern.compile("^Unknown accumulate function: '([^']+)' on rule '([^']+)'");

    private static final Pattern PARSER_ERROR_RULE = Pattern.compile("^\\[ERR \\d+\\].* in rule \"([^\"]+)\"");

    /** What the engine needs to know about {@code rule}; problems with its metadata go to {@code problems}. */
    private static RuleInfo describe(RuleImpl rule, Map<String, Map<String, Integer>> ruleLines,
            KnowledgeCatalogue catalogue, List<RuleSetException.Problem> problems) {
        String file = fileOf(rule, ruleLines);
        int line = ruleLines.getOrDefault(file, Map.of()).getOrDefault(rule.getName(), 0);
        List<KnowledgeItem> sources = sources(rule.getName(), sourceMetadata(rule.getMetaData().get("source")),
                rule.getMetaData().keySet(), file, line, catalogue, problems);
        String phase = rule.getAgendaGroup();
        checkPhase(rule.getName(), phase, file, line, problems);
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
     * for unmarked duplicates and empty overrides.
     */
    private static Map<RuleInfo, String> overridden(List<RuleInfo> all, List<RuleSetException.Problem> problems) {
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
            if (!overriders.isEmpty() && originals.isEmpty()) {
                problems.add(problem(overriders.get(0), "@override, but no other rule is named \"" + name + "\""));
            }
            if (overriders.size() == 1 && originals.size() == 1) {
                replaced.put(originals.get(0), "replaced by the @override at " + overriders.get(0).location());
            }
        });
        return replaced;
    }

    /**
     * The rules disabled by name or knowledge ID, each with the call that disables it; problems
     * for names and IDs that do not exist.
     */
    private static Map<RuleInfo, String> disabled(List<RuleInfo> all, RuleSetDefinition definition,
            List<RuleSetException.Problem> problems) {
        Map<RuleInfo, String> off = new LinkedHashMap<>();
        for (String name : definition.disabledRules()) {
            List<RuleInfo> named = all.stream().filter(r -> r.name().equals(name)).toList();
            if (named.isEmpty()) {
                problems.add(new RuleSetException.Problem("(disabled rules)", 0, Optional.of(name),
                        "cannot disable: no rule has this name"));
            }
            named.forEach(rule -> off.putIfAbsent(rule, "disableRule"));
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
            if (!definition.catalogue().contains(id)) {
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

    /**
     * The problems of one Drools error: one, or for a java-dialect consequence one per error the
     * Java compiler found in it, each at its own line.
     */
    private static List<RuleSetException.Problem> compileProblems(KnowledgeBuilderError error,
            Map<String, String> texts, ClassLoader classLoader) {
        String file = error.getResource() == null ? "?" : error.getResource().getSourcePath();
        if (error instanceof DescrBuildError build && build.getObject() instanceof CompilationProblem[] javaErrors
                && build.getDescr() instanceof RuleDescr rule) {
            int ruleLine = Math.max(0, build.getLine());
            return Arrays.stream(javaErrors).filter(CompilationProblem::isError)
                    .map(javaError -> new RuleSetException.Problem(file,
                            javaConsequenceLine(texts.get(file), rule, javaError).orElse(ruleLine),
                            Optional.of(rule.getName()),
                            CompileHints.withHints(javaError.getMessage().strip(), texts.get(file), classLoader)))
                    .toList();
        }
        if (error instanceof FunctionError function && function.getObject() instanceof CompilationProblem[] javaErrors) {
            FunctionDescr descr = function.getFunctionDescr();
            return Arrays.stream(javaErrors).filter(CompilationProblem::isError)
                    .map(javaError -> new RuleSetException.Problem(file, functionLine(descr, javaError, texts.get(file)),
                            Optional.empty(), "function " + descr.getName() + ": "
                                    + CompileHints.withHints(javaError.getMessage().strip(), texts.get(file),
                                            classLoader)))
                    .toList();
        }
        return List.of(compileProblem(error, file, texts, classLoader));
    }

    /**
     * The line of a function's DRL file that {@code javaError} is on: in Drools' generated class
     * the function's body starts on the line after the one it records. The function's first line
     * if the error is outside its body.
     */
    private static int functionLine(FunctionDescr function, CompilationProblem javaError, String drl) {
        Optional<Integer> first = drl == null || function.getBody() == null ? Optional.empty()
                : startOf(drl.lines().toList(), function.getLine(), function.getBody());
        int line = first.map(start -> start + javaError.getStartLine() - function.getOffset() - 1).orElse(0);
        return first.isPresent() && line >= first.get() && line <= function.getEndLine()
                ? line : Math.max(0, function.getLine());
    }

    private static RuleSetException.Problem compileProblem(KnowledgeBuilderError error, String file,
            Map<String, String> texts, ClassLoader classLoader) {
        int[] lines = error.getLines();
        int line = lines == null || lines.length == 0 ? 0 : Math.max(0, lines[0]);
        Optional<String> rule = error instanceof DescrBuildError build && build.getParentDescr() instanceof RuleDescr r
                ? Optional.of(r.getName()) : Optional.empty();
        String message = error.getMessage().strip();
        // Drools puts an error in an MVEL consequence at the rule's first line, and one in a
        // condition at its pattern's first line or at none (a "from"); the text quotes where it
        // is, which finds the line itself.
        if (error instanceof DescrBuildError build && texts.containsKey(file)) {
            String drl = texts.get(file);
            String said = message;
            // Drools also names the rule, not the accumulate, when an accumulate's code fails.
            Optional<Integer> found = build.getDescr() instanceof RuleDescr consequenceOf
                    ? quotedLine(drl, consequenceOf.getConsequenceLine(), said)
                            .or(() -> quotedLine(drl, consequenceOf.getLine(), said))
                    : build.getParentDescr() instanceof RuleDescr conditionOf
                            ? quotedLine(drl, conditionOf.getLine(), said) : Optional.empty();
            if (found.isPresent()) {
                line = found.get();
                // MVEL's own "[Line: 7, Column: 0]" would contradict it.
                message = LINE_COLUMN.matcher(message).replaceFirst("");
            }
        }
        // A parser error names its rule only in the text: "... at input ')' in rule "x"".
        Matcher inRule = PARSER_ERROR_RULE.matcher(message);
        if (rule.isEmpty() && inRule.find()) {
            rule = Optional.of(inRule.group(1));
        }
        // So does an unknown accumulate function, at the rule's first line: the call finds its own.
        Matcher accumulate = UNKNOWN_ACCUMULATE.matcher(message);
        if (rule.isEmpty() && accumulate.find() && texts.containsKey(file)) {
            rule = Optional.of(accumulate.group(2));
            Pattern call = Pattern.compile("\\b" + Pattern.quote(accumulate.group(1)) + "\\s*\\(");
            line = onlyLine(texts.get(file), line, text -> call.matcher(text).find()).orElse(line);
        }
        return new RuleSetException.Problem(file, line, rule, CompileHints.withHints(message, texts.get(file),
                classLoader));
    }

    /** Drools' name for the agenda group of a rule that names none. */
    private static final String NO_PHASE = "MAIN";

    private static void checkPhase(String rule, String phase, String file, int line,
            List<RuleSetException.Problem> problems) {
        if (!AGENDA_GROUPS.contains(phase) && !NO_PHASE.equals(phase)) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                    "ruleflow-group \"" + phase + "\" is not a phase; use one of "
                            + Arrays.stream(Phase.values()).map(Phase::agendaGroup).toList() + " or none"));
        }
    }

    /**
     * The {@code @source} and phase checks of a file that did not compile, on the rules its parser
     * still finds, so that a compile error does not hide them until it is fixed.
     */
    private static void checkParsed(RuleSource source, KnowledgeCatalogue catalogue,
            List<RuleSetException.Problem> problems) {
        PackageDescr parsed;
        try {
            parsed = new DrlParser().parse(false, source.drl());
        } catch (DroolsParserException | RuntimeException e) {
            return;
        }
        if (parsed == null) {
            return;
        }
        Map<String, Integer> lines = source.ruleLines();
        for (RuleDescr rule : parsed.getRules()) {
            if (rule.getName() == null || rule.getName().isBlank()) {
                continue;
            }
            int line = lines.getOrDefault(rule.getName(), Math.max(0, rule.getLine()));
            AnnotationDescr cited = rule.getAnnotation("source");
            sources(rule.getName(), sourceMetadata(cited == null ? null : cited.getSingleValue()),
                    rule.getAnnotationNames(), source.name(), line, catalogue, problems);
            AttributeDescr group = rule.getAttributes().getOrDefault("ruleflow-group",
                    rule.getAttributes().get("agenda-group"));
            checkPhase(rule.getName(), group == null ? NO_PHASE : group.getValue(), source.name(), line, problems);
        }
    }

    private static List<KnowledgeItem> sources(String rule, String value, Collection<String> annotations, String file,
            int line, KnowledgeCatalogue catalogue, List<RuleSetException.Problem> problems) {
        if (value.isBlank()) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                    "no @source(\"...\") metadata naming the knowledge IDs the rule encodes"
                            + CompileHints.misspeltAnnotation(annotations, "source")));
            return List.of();
        }
        List<KnowledgeItem> items = new ArrayList<>();
        boolean namesAny = false;
        // Separated like the catalogue allows: IDs hold neither commas nor spaces.
        for (String id : value.split("[,\\s]+")) {
            if (id.isEmpty()) {
                continue;
            }
            namesAny = true;
            Optional<KnowledgeItem> item = catalogue.find(id);
            if (item.isPresent()) {
                items.add(item.get());
            } else {
                problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                        "@source cites \"" + id + "\", which is not in the knowledge catalogue"
                                + " (register your own IDs with Advisor.Builder.addKnowledge)"));
            }
        }
        if (!namesAny) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                    "@source(\"" + value + "\") names no knowledge ID"));
        }
        return List.copyOf(items);
    }

    /**
     * The text of an {@code @source} value, or "": the executable model keeps the DRL's quotes,
     * DRL compiled at run time does not; an array value ({@code @source({"P5", "P7"})}) is its
     * elements, comma-separated.
     */
    private static String sourceMetadata(Object value) {
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(CompiledRules::sourceMetadata).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(CompiledRules::sourceMetadata).collect(Collectors.joining(", "));
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
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

    boolean declaresAdvise() {
        return declaresAdvise;
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

    /** The rules left out, by why: {@code disableRule: "a" (file:line), "b" (file:line)}. */
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
