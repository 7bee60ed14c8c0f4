package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.compiler.compiler.DescrBuildError;
import org.drools.compiler.compiler.FunctionError;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.jci.CompilationProblem;

/**
 * What Drools says when DRL does not compile, as the library's problems: each at the line of the
 * file and the rule it is about (Drools often gives neither, or the wrong ones), without the
 * errors that only repeat an earlier one. Apart from {@link CompiledRules}, which decides what to
 * compile and what to do with the result, because reading Drools' and MVEL's error texts is a job
 * of its own.
 */
final class CompileProblems {

    private CompileProblems() {
    }

    /**
     * The problems of one compilation of {@code sources}: those of the files Drools gave up on
     * ({@code aborted}), then those of its {@code errors}, less the knock-on ones, with syntax hints.
     */
    static List<RuleSetException.Problem> of(List<RuleSetException.Problem> aborted,
            Collection<KnowledgeBuilderError> errors, List<RuleSource> sources, ClassLoader classLoader) {
        List<RuleSetException.Problem> found = new ArrayList<>(aborted);
        Map<String, String> texts = sources.stream().collect(Collectors.toMap(RuleSource::name, RuleSource::drl,
                (first, second) -> first));
        // The DRL functions that did not compile.
        List<FunctionDescr> failedFunctions = new ArrayList<>();
        for (KnowledgeBuilderError error : errors) {
            if (error instanceof FunctionError function) {
                failedFunctions.add(function.getFunctionDescr());
            }
            found.addAll(compileProblems(error, texts, classLoader));
        }
        // After a syntax error the parser adds "Parser returned a null Package"; the real error says more.
        if (found.size() > 1) {
            found.removeIf(p -> p.line() == 0 && p.message().startsWith("Parser returned a null Package"));
        }
        return SyntaxHints.withHints(withoutKnockOns(found, failedFunctions, texts), texts);
    }

    /**
     * The problems of one Drools error: one, or for a java-dialect consequence or a DRL function
     * one per error the Java compiler found in it, each at its own line.
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
                    ? mvelConsequenceLine(drl, consequenceOf, said)
                            .or(() -> quotedLine(drl, consequenceOf.getConsequenceLine(), said))
                            .or(() -> quotedLine(drl, consequenceOf.getLine(), said))
                    : build.getParentDescr() instanceof RuleDescr conditionOf
                            ? quotedLine(drl, conditionOf.getLine(), said)
                                    .or(() -> unresolvedNameLine(drl, conditionOf.getLine(), said))
                            : Optional.empty();
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
        // Java in an MVEL consequence: MVEL's own words are about how it misread it. A binding to
        // a misspelt field: Drools' words do not name the pattern's type.
        String said = message;
        Optional<String> hint = Optional.empty();
        if (error instanceof DescrBuildError build && texts.containsKey(file)) {
            if (build.getDescr() instanceof RuleDescr of) {
                hint = CompileHints.javaInMvel(said, texts.get(file), of.getName());
            } else if (build.getDescr() instanceof PatternDescr pattern) {
                Optional<Class<?>> type = CompileHints.patternType(pattern.getObjectType(), texts.get(file), classLoader);
                hint = type.isPresent() ? type.flatMap(found -> CompileHints.misspeltBinding(said, found))
                        : CompileHints.unimportedPatternType(pattern.getObjectType(), texts.get(file), classLoader);
            }
        }
        return new RuleSetException.Problem(file, line, rule, hint.map(h -> CompileHints.placed(said, h))
                .orElseGet(() -> CompileHints.withHints(said, texts.get(file), classLoader)));
    }

    /**
     * The problem of a file whose compilation Drools gave up with {@code e} instead of an error
     * (MVEL throws "unterminated string literal" for a java-dialect consequence, for one). The
     * text MVEL quotes finds the rule and line, where one rule's consequence holds it.
     */
    static RuleSetException.Problem abortedCompile(RuleSource source, RuntimeException e) {
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
     * {@code $h : horizonn} also makes every use of {@code $h} after {@code then} an error, and so
     * does each binding of a pattern whose type is not known; a type Drools took for one of its own
     * fails each constraint of the patterns of it; a function that does not compile cannot be imported or called by its package's rules, a java
     * consequence with a syntax error is passed none of the file's globals, MVEL repeats its error
     * for each expression around the one that failed, Drools says again that it could not analyse
     * an expression MVEL said it could not, and an error is often followed by a null pointer of
     * Drools' own.
     */
    private static List<RuleSetException.Problem> withoutKnockOns(List<RuleSetException.Problem> found,
            List<FunctionDescr> failedFunctions, Map<String, String> texts) {
        Map<String, Set<String>> failedBindings = new HashMap<>();
        // Each failed binding to a misspelt field, by rule: Drools then also fails to analyse the
        // constraint the binding sits in ("$h : headCount >= 200"), a second error for one typo, at the
        // constraint's own line, where the binding's error has the pattern's first line.
        Map<String, Set<String>> failedFieldBindings = new HashMap<>();
        for (RuleSetException.Problem problem : found) {
            // A pattern of a type Drools cannot resolve binds nothing: each of its variables is unknown after then.
            Matcher unresolvedType = CompileHints.UNRESOLVED_TYPE.matcher(problem.message());
            if (unresolvedType.find()) {
                failedBindings.computeIfAbsent(ruleOf(problem), k -> new HashSet<>()).addAll(
                        bindingsOf(unresolvedType.group(1), texts.getOrDefault(problem.file(), ""), problem.line()));
            }
            Matcher binding = FAILED_BINDING.matcher(problem.message());
            if (binding.find()) {
                failedBindings.computeIfAbsent(ruleOf(problem), k -> new HashSet<>()).add(binding.group(1));
                // Only a binding to a field: one to a method ($c : mlStaffCount()) has errors of its own.
                if (binding.group(2) != null) {
                    failedFieldBindings.computeIfAbsent(ruleOf(problem), k -> new HashSet<>()).add(binding.group(1));
                }
            }
        }
        Set<String> filesWithErrors = found.stream().filter(p -> !DROOLS_NULL_POINTER.matcher(p.message()).find())
                .map(RuleSetException.Problem::file).collect(Collectors.toSet());
        // A syntax error in a java consequence keeps Drools from passing the file's globals in: each
        // use of one is then "cannot be resolved" too.
        Set<String> javaSyntaxErrors = found.stream().filter(p -> p.message().startsWith(JAVA_SYNTAX_ERROR))
                .map(CompileProblems::ruleOf).collect(Collectors.toSet());
        // MVEL analyses an expression and the expressions in it: one error, said at each level.
        Set<String> mvelErrors = new HashSet<>();
        // The expressions MVEL could not analyse, which Drools then says it could not either.
        Set<String> unanalysed = new HashSet<>();
        for (RuleSetException.Problem problem : found) {
            Matcher analysed = CompileHints.MVEL_ANALYSIS.matcher(problem.message());
            if (analysed.find()) {
                unanalysed.add(ruleOf(problem) + "\0" + WHITESPACE.matcher(analysed.group(1)).replaceAll(""));
            }
        }
        List<RuleSetException.Problem> kept = new ArrayList<>();
        Set<String> shadowedTypes = new HashSet<>();
        for (RuleSetException.Problem problem : found) {
            // After an error in a file (MVEL failed to analyse an expression, an unknown accumulate
            // function), Drools trips over what it could not build: a null pointer of its own.
            if (filesWithErrors.contains(problem.file()) && DROOLS_NULL_POINTER.matcher(problem.message()).find()) {
                continue;
            }
            if (javaSyntaxErrors.contains(ruleOf(problem)) && unresolvedGlobal(problem, texts)) {
                continue;
            }
            Matcher unanalysable = DROOLS_UNANALYSED.matcher(problem.message());
            if (unanalysable.matches() && unanalysed.contains(ruleOf(problem) + "\0"
                    + WHITESPACE.matcher(unanalysable.group(1)).replaceAll(""))) {
                continue;
            }
            if (analysesFailedBinding(problem, failedFieldBindings.get(ruleOf(problem)), texts)) {
                continue;
            }
            Matcher mvelError = MVEL_ERROR.matcher(problem.message());
            if (mvelError.find() && !mvelErrors.add(ruleOf(problem) + "\0" + problem.line() + "\0" + mvelError.group())) {
                continue;
            }
            // A type Drools took for its own fails each constraint and binding of the rule's patterns of
            // it: told once where the import alone mends them (a misspelt field is still told).
            Matcher shadowed = CompileHints.SHADOWED.matcher(problem.message());
            if (shadowed.find() && !shadowedTypes.add(ruleOf(problem) + "\0" + shadowed.group())
                    && CompileHints.aboutMemberOfShadowed(problem.message(), shadowed)) {
                continue;
            }
            Set<String> failed = failedBindings.getOrDefault(ruleOf(problem), Set.of());
            if (failed.stream().noneMatch(variable -> knockOn(problem.message(), variable))
                    && failedFunctions.stream().noneMatch(function -> usesFailed(problem, function, texts))) {
                kept.add(atBinding(problem, texts));
            }
        }
        return kept;
    }

    /**
     * The variables a pattern of {@code type} that starts on {@code line} of {@code drl} binds: the
     * fact's own ({@code $c : ArchetypeCall(}) and those inside its parentheses, over several lines
     * if it runs over them.
     */
    private static Set<String> bindingsOf(String type, String drl, int line) {
        Set<String> bound = new HashSet<>();
        int at = TextLines.offsetOf(drl, line);
        if (line < 1 || at < 0) {
            return bound;
        }
        Matcher pattern = Pattern.compile("(?:(\\$[\\w$]*)\\s*:\\s*)?\\b" + Pattern.quote(type) + "\\s*\\(").matcher(drl);
        if (!pattern.find(at)) {
            return bound;
        }
        if (pattern.group(1) != null) {
            bound.add(pattern.group(1));
        }
        int depth = 1;
        int end = pattern.end();
        while (end < drl.length() && depth > 0) {
            char c = drl.charAt(end++);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
        }
        Matcher variable = BOUND_VARIABLE.matcher(drl.substring(pattern.end(), end));
        while (variable.find()) {
            bound.add(variable.group(1));
        }
        return bound;
    }

    private static final Pattern BOUND_VARIABLE = Pattern.compile("(\\$[\\w$]*)\\s*:(?!=)");

    /**
     * Whether {@code problem} is Drools failing to analyse the constraint that one of the failed
     * {@code bindings} of its line sits in: the line reads {@code $h : } and then that expression.
     */
    private static boolean analysesFailedBinding(RuleSetException.Problem problem, Set<String> bindings,
            Map<String, String> texts) {
        Matcher unanalysed = UNANALYSED_FIELD.matcher(problem.message());
        if (bindings == null || !unanalysed.find()) {
            return false;
        }
        String[] lines = texts.getOrDefault(problem.file(), "").split("\n", -1);
        if (problem.line() < 1 || problem.line() > lines.length) {
            return false;
        }
        String line = WHITESPACE.matcher(lines[problem.line() - 1]).replaceAll("");
        String expression = WHITESPACE.matcher(unanalysed.group(1)).replaceAll("");
        return bindings.stream().anyMatch(binding -> line.contains(binding + ":" + expression));
    }

    /**
     * {@code problem}, and if it is a failed binding to a field, at the line that binds it: Drools
     * gives the pattern's first line, and a pattern may run over several.
     */
    private static RuleSetException.Problem atBinding(RuleSetException.Problem problem, Map<String, String> texts) {
        Matcher binding = FAILED_BINDING.matcher(problem.message());
        if (!binding.find() || binding.group(2) == null) {
            return problem;
        }
        String bound = binding.group(1) + ":" + binding.group(2);
        return onlyLine(texts.getOrDefault(problem.file(), ""), problem.line(),
                text -> WHITESPACE.matcher(text).replaceAll("").contains(bound))
                .filter(line -> line != problem.line())
                .map(line -> new RuleSetException.Problem(problem.file(), line, problem.rule(), problem.message()))
                .orElse(problem);
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

    /** Drools' own words for an expression MVEL could not analyse, after MVEL's. */
    private static final Pattern DROOLS_UNANALYSED =
            Pattern.compile("Unable to analyze expression '(.*)'", Pattern.DOTALL);

    /** A binding to a field the type lacks, with the field when Drools quotes it: {@code '$h : headCount'}. */
    private static final Pattern FAILED_BINDING =
            Pattern.compile("Field Reader does not exist for declaration '(\\$\\w+)'(?: in '[\\w$]+\\s*:\\s*(\\w+)')?");

    /** Drools failing to analyse a constraint because its type has no such field (a getter, to MVEL). */
    private static final Pattern UNANALYSED_FIELD = Pattern.compile(
            "^Unable to Analyse Expression (.*?):\\s*\\n\\[Error: unable to resolve method using strict-mode: ");

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

    /**
     * The line of {@code drl}, from line {@code from} to the rule's {@code end}, that holds the
     * name MVEL could not resolve ({@code Industry.GOVERMENT}), if exactly one does: where MVEL
     * quotes a text the file does not hold, as for {@code industry in (...)}, which Drools
     * rewrites to {@code industry == ... || industry == ...} before MVEL reads it.
     */
    private static Optional<Integer> unresolvedNameLine(String drl, int from, String message) {
        Matcher unresolved = CompileHints.UNRESOLVED.matcher(message);
        if (!unresolved.find()) {
            return Optional.empty();
        }
        String owner = unresolved.group(1).substring(unresolved.group(1).lastIndexOf('.') + 1);
        Pattern name = Pattern.compile("\\b" + Pattern.quote(owner) + "\\s*\\.\\s*" + Pattern.quote(unresolved.group(2)) + "\\b");
        return onlyLine(drl, from, text -> name.matcher(text).find());
    }

    /**
     * MVEL's position of a compile error in a consequence: "Failed to compileShared: 1 compilation
     * error(s): - (2,26) could not resolve class", line 2 of the consequence's text.
     */
    private static final Pattern MVEL_POSITION =
            Pattern.compile("Failed to compileShared: \\d+ compilation error\\(s\\):\\s*-\\s*\\((\\d+),\\d+\\)");

    /**
     * The line of {@code drl} that MVEL's own position in {@code message} points to, if it falls
     * inside {@code rule}'s consequence. Preferred to the text MVEL quotes, which for some errors
     * (an unknown class) is the consequence's last statement, not the one at fault.
     */
    private static Optional<Integer> mvelConsequenceLine(String drl, RuleDescr rule, String message) {
        Matcher position = MVEL_POSITION.matcher(message);
        if (!position.find() || rule.getConsequenceLine() <= 0 || rule.getConsequence() == null
                || !rule.getNamedConsequences().isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = drl.lines().toList();
        Optional<Integer> first = startOf(lines, rule.getConsequenceLine(), rule.getConsequence().toString());
        int statements = (int) rule.getConsequence().toString().strip().lines().count();
        return first.map(start -> start + Integer.parseInt(position.group(1)) - 1)
                .filter(line -> line < first.get() + statements && line <= lines.size());
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
}
