package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.InterviewCheck;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.analysis.WhyNot.ConditionCheck;
import dev.mlteams.advisor.analysis.WhyNot.Outcome;
import dev.mlteams.advisor.analysis.WhyNot.RuleDiagnosis;
import dev.mlteams.advisor.authoring.Signal;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.drools.drl.ast.descr.AndDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
import org.drools.drl.ast.descr.OrDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;
import org.drools.drl.parser.DrlParser;
import org.drools.drl.parser.DroolsParserException;
import org.mvel2.MVEL;
import org.mvel2.ParserContext;

/**
 * Why an item was not given: finds the rules whose consequence emits the key, then checks each
 * of their conditions, in order, against the facts of a real run (the profile, the derived
 * signals, the archetype calls and scores, the advice items). Plain patterns, {@code not} /
 * {@code exists} of plain patterns, {@code or} of those, and {@code not} / {@code exists} of an
 * {@code or} are checked (an {@code or} is a line of its own, then the branch that held or, if
 * none did, the one that got furthest); {@code accumulate}, {@code from} and {@code eval} are reported
 * as not evaluated. A pattern no fact meets does not end the checks: the patterns after it are
 * checked too, except one that uses a variable only a failed pattern binds. Within a pattern the
 * checks stop at the first condition that fails, as the engine's do. Works the same on the
 * default rules and on yours.
 */
final class WhyNotAnalysis {

    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern IN = Pattern.compile("([\\w.$\\[\\]()]+)\\s+(not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Set<String> COMPARISONS = Set.of("==", "!=", ">=", "<=", ">", "<");
    /** A number, string, boolean, null, or a constant named in capitals, such as {@code ArchetypeCall.Rank.PRIMARY}. */
    private static final Pattern LITERAL = Pattern.compile("-?\\d+(\\.\\d+)?[lLdDfF]?|\"([^\"\\\\]|\\\\.)*\"|'([^'\\\\]|\\\\.)*'"
            + "|true|false|null|[A-Z]\\w*(\\.\\w+)*\\.[A-Z][A-Z0-9_]*");
    private static final Pattern OPERATOR = Pattern.compile("\\s*(==|!=|>=|<=|>|<|&&|\\|\\||\\s(not\\s+)?in\\s*\\("
            + "|\\s(not\\s+)?(matches|contains|memberOf|soundslike|excludes|str\\[\\w+\\])\\s)");

    /** A parsed rule, the imports of its file and the file's text. */
    private record ParsedRule(RuleDescr rule, List<String> imports, String file, String drl) {
    }

    private final Map<String, ParsedRule> rules = new HashMap<>();
    /** The rules the rule set left out, in file order, each with why: they explain a key no kept rule gives. */
    private final Map<ParsedRule, CompiledRules.LeftOut> leftOut = new LinkedHashMap<>();
    private final ClassLoader loader;

    WhyNotAnalysis(List<RuleSource> sources, Set<String> compiledRuleKeys, List<CompiledRules.LeftOut> leftOutRules,
            ClassLoader loader) {
        this.loader = loader;
        Map<String, CompiledRules.LeftOut> leftOutKeys = new HashMap<>();
        leftOutRules.forEach(out -> leftOutKeys.put(CompiledRules.key(out.rule().packageName(), out.rule().name()), out));
        for (RuleSource source : sources) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, source.drl());
            } catch (DroolsParserException e) {
                throw new AdvisorException("cannot parse " + source.name() + " for why-not analysis", e);
            }
            List<String> imports = pkg.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : pkg.getRules()) {
                // Drools puts a file without a package line into "defaultpkg".
                String packageName = pkg.getName() == null || pkg.getName().isEmpty() ? "defaultpkg" : pkg.getName();
                String key = CompiledRules.key(packageName, rule.getName());
                if (compiledRuleKeys.contains(key)) {
                    rules.put(key, new ParsedRule(rule, imports, source.name(), source.drl()));
                } else if (leftOutKeys.containsKey(key)) {
                    leftOut.put(new ParsedRule(rule, imports, source.name(), source.drl()), leftOutKeys.get(key));
                }
            }
        }
    }

    /**
     * @param kept     the items the advice keeps, or, if the run gave no advice, every item produced
     * @param produced every item the rules produced
     */
    WhyNot explain(String itemKey, List<Object> facts, List<Explained> kept, List<Explained> produced,
            List<FiredRule> trace) {
        Set<String> fired = trace.stream().map(FiredRule::rule).collect(Collectors.toSet());
        Map<Integer, String> phaseOfFiring = phaseOfFiring(trace);
        List<RuleDiagnosis> diagnoses = rules.values().stream()
                .filter(r -> emits(r, itemKey))
                .sorted(java.util.Comparator.comparing(ParsedRule::file).thenComparing(r -> r.rule().getLine()))
                .map(r -> fired.contains(r.rule().getName())
                        // A rule that fired matched at the time; its items carry that evidence.
                        ? new RuleDiagnosis(r.rule().getName(), true, List.of())
                        : new RuleDiagnosis(r.rule().getName(), false,
                                withPhase(r, check(r, facts), facts, phaseOfFiring)))
                .toList();
        List<WhyNot.LeftOutRule> absent = leftOut.entrySet().stream()
                .filter(entry -> emits(entry.getKey(), itemKey))
                .map(entry -> new WhyNot.LeftOutRule(entry.getValue().rule().name(), entry.getValue().rule().file(),
                        entry.getValue().rule().line(), entry.getValue().reason()))
                .toList();
        List<Explained> given = kept.stream().filter(i -> carries(i, itemKey)).toList();
        List<WhyNot.NotKept> left = produced.stream().filter(i -> carries(i, itemKey))
                .filter(i -> given.stream().noneMatch(k -> sameItem(k, i)))
                .map(i -> new WhyNot.NotKept(i, kept.stream().filter(k -> slot(k).equals(slot(i))).findFirst()))
                .toList();
        return new WhyNot(itemKey, given, left, diagnoses, absent);
    }

    /**
     * What an item is advice about, as the advice keeps one item of each: its kind and key; for
     * hiring items, the role and key, or the role and channel or assessment.
     */
    private static List<Object> slot(Explained item) {
        if (item instanceof SourcingAdvice sourcing) {
            return List.of(SourcingAdvice.class, sourcing.role(), sourcing.channel());
        }
        if (item instanceof AssessmentChoice assessment) {
            return List.of(AssessmentChoice.class, assessment.role(), assessment.type());
        }
        if (item instanceof SkillRequirement skill) {
            return List.of(SkillRequirement.class, skill.role(), item.message().key());
        }
        if (item instanceof InterviewCheck check) {
            return List.of(InterviewCheck.class, check.role(), item.message().key());
        }
        return List.of(item.getClass(), item.message().key());
    }

    /**
     * Whether the advice's {@code kept} is {@code item}: the same object, or the item made again
     * with the evidence of the same rule's repeats, which differs in its explanation only.
     */
    private static boolean sameItem(Explained kept, Explained item) {
        return kept == item || kept.getClass() == item.getClass()
                && kept.explanation().rule().equals(item.explanation().rule()) && kept.message().equals(item.message());
    }

    /**
     * Whether the rule {@code rule} (a name, or a package, a dot and a name) fired, and if not,
     * its conditions checked as {@link #explain} checks them; empty if the rule set has no such rule.
     */
    Optional<RuleDiagnosis> diagnose(String rule, List<Object> facts, List<FiredRule> trace) {
        Optional<ParsedRule> parsed = rules.entrySet().stream()
                // Keyed "package/name"; asked as "name" or "package.name", as Advisor.rules() gives them.
                .filter(entry -> entry.getValue().rule().getName().equals(rule)
                        || entry.getKey().replaceFirst("/", ".").equals(rule))
                .map(Map.Entry::getValue).findFirst();
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        String name = parsed.get().rule().getName();
        if (trace.stream().anyMatch(firing -> firing.rule().equals(name))) {
            return Optional.of(new RuleDiagnosis(name, true, List.of()));
        }
        return Optional.of(new RuleDiagnosis(name, false,
                withPhase(parsed.get(), check(parsed.get(), facts), facts, phaseOfFiring(trace))));
    }

    /** The phase of each firing of a run, by its number. */
    private static Map<Integer, String> phaseOfFiring(List<FiredRule> trace) {
        Map<Integer, String> phases = new HashMap<>();
        trace.forEach(firing -> phases.put(firing.firing(), firing.phase()));
        return phases;
    }

    /**
     * {@code checks}, and if they all held, why the rule still did not fire when every fact of a
     * type it matches comes from a later phase than its own: the facts of the end of the run were
     * not there while its phase ran. The run's own facts are judged, not the rule's logic.
     */
    private static List<ConditionCheck> withPhase(ParsedRule rule, List<ConditionCheck> checks, List<Object> facts,
            Map<Integer, String> phaseOfFiring) {
        if (checks.isEmpty() || checks.stream().anyMatch(check -> check.outcome() != Outcome.MET)) {
            return checks;
        }
        String phase = RuleMetadataChecks.phaseOf(rule.rule());
        for (BaseDescr element : rule.rule().getLhs().getDescrs()) {
            if (!(element instanceof PatternDescr pattern) || pattern.getSource() != null) {
                continue;
            }
            String type = simpleName(pattern.getObjectType());
            List<String> madeIn = facts.stream().filter(fact -> fact.getClass().getSimpleName().equals(type))
                    .map(fact -> phaseOfFiring.get(firingOf(fact))).toList();
            if (!madeIn.isEmpty() && madeIn.stream().allMatch(made -> made != null
                    && RuleMetadataChecks.order(made) > RuleMetadataChecks.order(phase))) {
                List<ConditionCheck> all = new ArrayList<>(checks);
                all.add(new ConditionCheck(ConditionCheck.PHASE, phase.equals(RuleMetadataChecks.NO_PHASE) ? "no phase"
                        : "ruleflow-group \"" + phase + "\"", Outcome.NOT_MET, "every " + type + " fact comes from phase "
                        + madeIn.stream().distinct().map(made -> "\"" + made + "\"").collect(Collectors.joining(", "))
                        + ", which runs after this rule's: while its phase ran, there was none"));
                return all;
            }
        }
        return checks;
    }

    /** The firing that made {@code fact}, or 0 for a fact no {@code advise} call made (the profile, say). */
    private static int firingOf(Object fact) {
        if (fact instanceof Explained item) {
            return item.explanation().firing();
        }
        return fact instanceof Signal signal ? signal.explanation().firing() : 0;
    }

    /** An item's own text, or a risk's mitigation: the one item that carries a second message. */
    private static boolean carries(Explained item, String itemKey) {
        return item.message().key().equals(itemKey)
                || item instanceof Risk risk && risk.mitigation().key().equals(itemKey);
    }

    private static boolean emits(ParsedRule rule, String itemKey) {
        return String.valueOf(rule.rule().getConsequence()).contains("\"" + itemKey + "\"");
    }

    private List<ConditionCheck> check(ParsedRule rule, List<Object> facts) {
        return search(rule.rule().getLhs().getDescrs(), 0, facts, context(rule.imports()), new HashMap<>(), rule.drl())
                .checks();
    }

    /** The checks of the conditions from some index on, and whether they all held. */
    private record Attempt(List<ConditionCheck> checks, boolean holds) {
        /** How far it got: the conditions that held before the first that did not. */
        long reach() {
            long reach = 0;
            while (reach < checks.size() && checks.get((int) reach).outcome() == Outcome.MET) {
                reach++;
            }
            return reach;
        }

        long met() {
            return checks.stream().filter(c -> c.outcome() == Outcome.MET).count();
        }

        boolean unchecked() {
            return checks.stream().anyMatch(c -> c.outcome() == Outcome.NOT_EVALUATED);
        }

        /** Whether it got further than {@code other}, or as far with more conditions held after. */
        boolean furtherThan(Attempt other) {
            return reach() != other.reach() ? reach() > other.reach() : met() > other.met();
        }
    }

    /**
     * The value of a variable that only a condition that did not hold binds: a later condition
     * that uses it is not checked, rather than checked against a fact the rule would not match.
     */
    private static final Object UNBOUND = new Object();

    /**
     * Tries every combination of facts for the patterns from {@code index} on, as the engine does,
     * and returns the first that meets every condition, or else the one that got furthest.
     */
    private Attempt search(List<? extends BaseDescr> elements, int index, List<Object> facts, ParserContext context,
            Map<String, Object> variables, String drl) {
        if (index == elements.size()) {
            return new Attempt(List.of(), true);
        }
        BaseDescr element = elements.get(index);
        if (element instanceof PatternDescr pattern && pattern.getSource() == null) {
            String type = simpleName(pattern.getObjectType());
            List<Object> candidates = facts.stream().filter(f -> f.getClass().getSimpleName().equals(type)).toList();
            List<String> unbound = variables.entrySet().stream().filter(variable -> variable.getValue() == UNBOUND)
                    .map(Map.Entry::getKey).filter(name -> uses(pattern, name)).sorted().toList();
            List<ConditionCheck> failed;
            if (!unbound.isEmpty()) {
                // Which fact it would join cannot be told, so none of its conditions is checked.
                failed = List.of(new ConditionCheck(type, describe(pattern), Outcome.NOT_EVALUATED, "not checked: it uses "
                        + String.join(", ", unbound) + ", which only a condition that did not hold binds"));
            } else if (candidates.isEmpty()) {
                failed = List.of(new ConditionCheck(type, describe(pattern), Outcome.NOT_MET, "no " + type + " fact"));
            } else {
                Attempt best = null;
                boolean bestMetPattern = false;
                for (Object fact : candidates) {
                    Map<String, Object> local = new HashMap<>(variables);
                    List<ConditionCheck> checks = constraints(pattern, type, fact, context, local);
                    Attempt attempt;
                    boolean metPattern = checks.stream().allMatch(c -> c.outcome() == Outcome.MET);
                    if (metPattern) {
                        if (pattern.getIdentifier() != null) {
                            local.put(pattern.getIdentifier(), fact);
                        }
                        Attempt rest = search(elements, index + 1, facts, context, local, drl);
                        List<ConditionCheck> all = new ArrayList<>(checks);
                        all.addAll(rest.checks());
                        attempt = new Attempt(all, rest.holds());
                        if (attempt.holds()) {
                            return attempt;
                        }
                    } else {
                        attempt = new Attempt(checks, false);
                    }
                    if (best == null || attempt.furtherThan(best)) {
                        best = attempt;
                        bestMetPattern = metPattern;
                    }
                }
                if (bestMetPattern) {
                    // A fact met the pattern, and the conditions after it were checked with it.
                    return best;
                }
                failed = best.reach() == 0 && candidates.size() > 1
                        ? List.of(noneMatch(pattern, type, candidates, context, variables)) : best.checks();
            }
            // The patterns after one no fact met are still checked, so that each one that fails is
            // shown; those needing a value only this pattern binds are not.
            Map<String, Object> after = new HashMap<>(variables);
            boundBy(pattern).forEach(name -> after.put(name, UNBOUND));
            List<ConditionCheck> all = new ArrayList<>(failed);
            all.addAll(search(elements, index + 1, facts, context, after, drl).checks());
            return new Attempt(all, false);
        }
        if (element instanceof OrDescr or) {
            // As the engine does, each branch with the conditions after it. A first line names the
            // whole "or", so that the branch shown is not read as the rule's only way: the branch that
            // holds (with what failed after it, if anything did), else the one that got furthest, one
            // with a definite failure before one that could not be checked.
            List<BaseDescr> branches = or.getDescrs();
            Attempt best = null;
            int shown = 0;
            for (int b = 0; b < branches.size(); b++) {
                List<BaseDescr> branch = branches.get(b) instanceof AndDescr and ? and.getDescrs() : List.of(branches.get(b));
                List<BaseDescr> tried = new ArrayList<>(branch);
                tried.addAll(elements.subList(index + 1, elements.size()));
                Attempt attempt = search(tried, 0, facts, context, new HashMap<>(variables), drl);
                if (attempt.holds() || search(branch, 0, facts, context, new HashMap<>(variables), drl).holds()) {
                    return prepend(new ConditionCheck(ConditionCheck.OR, written(or, drl), Outcome.MET,
                            "branch " + (b + 1) + " of " + branches.size() + " holds"), attempt, true);
                }
                if (best == null || attempt.furtherThan(best)
                        || attempt.reach() == best.reach() && attempt.met() == best.met() && best.unchecked()
                        && !attempt.unchecked()) {
                    best = attempt;
                    shown = b + 1;
                }
            }
            return prepend(new ConditionCheck(ConditionCheck.OR, written(or, drl), Outcome.NOT_MET, "no branch holds; branch "
                    + shown + " of " + branches.size() + ", which got furthest, is shown"), best, false);
        }
        BaseDescr inner = checkableInside(element);
        if (inner != null) {
            boolean negated = element instanceof NotDescr;
            PatternDescr pattern = inner instanceof PatternDescr p ? p : null;
            Attempt exists = search(List.of(inner), 0, facts, context, new HashMap<>(variables), drl);
            // A not or exists around an or is a whole element of its own, named by its keyword.
            String type = pattern != null ? simpleName(pattern.getObjectType()) : negated ? "not" : "exists";
            String condition = pattern != null ? (negated ? "not " : "exists ") + describe(pattern) : written(element, drl);
            if (!exists.holds() && exists.unchecked()) {
                String why = exists.checks().stream().filter(c -> c.outcome() == Outcome.NOT_EVALUATED)
                        .map(c -> c.actual().replaceFirst("^(not|cannot be) checked: ", "")).findFirst().orElse("");
                return prepend(new ConditionCheck(type, condition, Outcome.NOT_EVALUATED,
                        "a condition inside could not be checked: " + why),
                        search(elements, index + 1, facts, context, variables, drl), false);
            }
            boolean met = negated != exists.holds();
            String found = pattern != null ? (exists.holds() ? "a matching " + type + " exists" : "no matching " + type)
                    : (exists.holds() ? "a branch holds" : "no branch holds");
            ConditionCheck check = new ConditionCheck(type, condition, met ? Outcome.MET : Outcome.NOT_MET, found);
            return prepend(check, search(elements, index + 1, facts, context, variables, drl), met);
        }
        // Named by its keyword, in lower case as no fact type is: eval, forall, not, from, ...
        String kind = element instanceof PatternDescr ? "from"
                : element.getClass().getSimpleName().replace("Descr", "").toLowerCase(Locale.ROOT);
        ConditionCheck unchecked = new ConditionCheck(kind, written(element, drl), Outcome.NOT_EVALUATED,
                "this kind of condition is not checked by why-not");
        return prepend(unchecked, search(elements, index + 1, facts, context, variables, drl), false);
    }

    /**
     * The one condition inside a {@code not} or {@code exists} that why-not checks, a plain pattern
     * or an {@code or}; null for any other element.
     */
    private static BaseDescr checkableInside(BaseDescr element) {
        if (!(element instanceof NotDescr || element instanceof ExistsDescr)) {
            return null;
        }
        List<? extends BaseDescr> inside = ((ConditionalElementDescr) element).getDescrs();
        BaseDescr inner = inside.size() == 1 ? inside.get(0) : null;
        return inner instanceof PatternDescr pattern && pattern.getSource() == null || inner instanceof OrDescr ? inner : null;
    }

    /** A condition as the rule file has it; the parser keeps no text of its own for most kinds. */
    private static String written(BaseDescr element, String drl) {
        int start = element.getStartCharacter();
        int end = element.getEndCharacter();
        return start >= 0 && start < end && end <= drl.length() ? drl.substring(start, end).strip()
                : element.toString();
    }

    private static Attempt prepend(ConditionCheck check, Attempt rest, boolean holds) {
        List<ConditionCheck> all = new ArrayList<>();
        all.add(check);
        all.addAll(rest.checks());
        return new Attempt(all, holds && rest.holds());
    }

    /**
     * One fact checked against a pattern's constraints, up to the first that fails: as in the
     * engine, a constraint may guard the ones after it ({@code plannedHires > 0, headcount /
     * plannedHires > 10}), which would then show values the engine never computes.
     */
    private List<ConditionCheck> constraints(PatternDescr pattern, String type, Object fact, ParserContext context,
            Map<String, Object> variables) {
        List<ConditionCheck> checks = new ArrayList<>();
        for (BaseDescr descr : pattern.getDescrs()) {
            if (descr instanceof ExprConstraintDescr expression) {
                ConditionCheck check = constraint(type, expression.getExpression(), fact, context, variables);
                checks.add(check);
                if (check.outcome() != Outcome.MET) {
                    break;
                }
            }
        }
        return checks.isEmpty() ? List.of(new ConditionCheck(type, type + "()", Outcome.MET, "exists")) : checks;
    }

    /** No fact passes even the first condition: show what the facts have instead. */
    private ConditionCheck noneMatch(PatternDescr pattern, String type, List<Object> candidates, ParserContext context,
            Map<String, Object> variables) {
        String first = pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                .map(d -> ((ExprConstraintDescr) d).getExpression()).findFirst().orElse(type + "()");
        Matcher binding = BINDING.matcher(first);
        String operand = leftOperand(binding.matches() ? binding.group(2) : first).strip();
        List<String> values = new ArrayList<>();
        for (Object fact : candidates) {
            try {
                values.add(Values.text(evaluate(operand, fact, context, variables)));
            } catch (RuntimeException e) {
                return new ConditionCheck(type, first.strip(), Outcome.NOT_MET, "no " + type + " meets it");
            }
        }
        return new ConditionCheck(type, first.strip(), Outcome.NOT_MET,
                operand + " is one of " + values.stream().distinct().sorted().toList());
    }

    private ConditionCheck constraint(String type, String constraint, Object fact, ParserContext context,
            Map<String, Object> variables) {
        String expression = constraint;
        Matcher binding = BINDING.matcher(constraint);
        String variable = null;
        if (binding.matches()) {
            variable = binding.group(1);
            expression = binding.group(2);
        }
        String operand = leftOperand(expression);
        try {
            Object actual = evaluate(operand, fact, context, variables);
            if (variable != null) {
                variables.put(variable, actual);
            }
            StringBuilder shown = new StringBuilder(operand.strip() + " = " + Values.text(actual));
            // A condition joining several tests with && or || shows the value each one tests.
            for (String other : operands(expression)) {
                if (!other.equals(operand.strip())) {
                    shown.append(", ").append(other).append(" = ").append(valueOf(other, fact, context, variables));
                }
            }
            // A threshold the condition computes, such as "< Counts.first(total, 20)", is shown too:
            // the left operand's value alone does not say how far it was from holding.
            rightOperand(expression).ifPresent(right ->
                    shown.append(", ").append(right).append(" = ").append(valueOf(right, fact, context, variables)));
            if (variable != null && operand.strip().equals(expression.strip())) {
                // A bare binding such as "$industry : industry" always holds.
                return new ConditionCheck(type, constraint.strip(), Outcome.MET, shown.toString());
            }
            Object result = evaluate(mvel(expression), fact, context, variables);
            return new ConditionCheck(type, constraint.strip(), Boolean.TRUE.equals(result) ? Outcome.MET
                    : Outcome.NOT_MET, shown.toString());
        } catch (RuntimeException e) {
            return new ConditionCheck(type, constraint.strip(), Outcome.NOT_EVALUATED,
                    "cannot be checked: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Object evaluate(String expression, Object fact, ParserContext context, Map<String, Object> variables) {
        Serializable compiled = MVEL.compileExpression(expression, context);
        return MVEL.executeExpression(compiled, fact, new HashMap<>(variables));
    }

    private static String valueOf(String operand, Object fact, ParserContext context, Map<String, Object> variables) {
        try {
            return Values.text(evaluate(operand, fact, context, variables));
        } catch (RuntimeException e) {
            return "?";
        }
    }

    /**
     * What each test of a condition is about: the left operand of every comparison that the
     * condition joins with {@code &&} or {@code ||}, parentheses included, each once.
     */
    static List<String> operands(String expression) {
        String whole = expression.strip();
        List<String> parts = topLevelParts(whole);
        if (parts.size() == 1) {
            if (whole.startsWith("(") && whole.endsWith(")")
                    && IntStream.range(1, whole.length()).noneMatch(i -> outside(whole, i))) {
                return operands(whole.substring(1, whole.length() - 1));
            }
            return List.of(leftOperand(whole).strip());
        }
        return parts.stream().flatMap(part -> operands(part).stream()).distinct().toList();
    }

    /** {@code expression} split at the {@code &&} and {@code ||} outside parentheses and quotes. */
    private static List<String> topLevelParts(String expression) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < expression.length() - 1; i++) {
            if ((expression.startsWith("&&", i) || expression.startsWith("||", i)) && outside(expression, i)) {
                parts.add(expression.substring(start, i));
                start = i + 2;
                i++;
            }
        }
        parts.add(expression.substring(start));
        return parts;
    }

    /** The text before the first operator: the field or expression the condition tests. */
    private static String leftOperand(String expression) {
        MatchResult operator = firstOperator(expression);
        return operator == null ? expression : expression.substring(0, operator.start());
    }

    /**
     * The right operand of a condition that is one comparison ({@code ==}, {@code !=}, {@code <},
     * {@code <=}, {@code >}, {@code >=}), unless it is a literal or a constant such as
     * {@code Archetype.NASCENT}, whose value the condition already shows.
     */
    static Optional<String> rightOperand(String expression) {
        String whole = expression.strip();
        MatchResult operator = topLevelParts(whole).size() == 1 ? firstOperator(whole) : null;
        if (operator == null || !COMPARISONS.contains(operator.group(1))) {
            return Optional.empty();
        }
        String right = whole.substring(operator.end()).strip();
        return LITERAL.matcher(right).matches() ? Optional.empty() : Optional.of(right);
    }

    /**
     * The first operator of {@code expression}, or null; not one inside a call's parentheses or a
     * string: f(a || b) tests f(a || b).
     */
    private static MatchResult firstOperator(String expression) {
        Matcher operator = OPERATOR.matcher(expression);
        while (operator.find()) {
            if (outside(expression, operator.start())) {
                return operator.toMatchResult();
            }
        }
        return null;
    }

    /** Whether {@code index} is outside every parenthesis and string of {@code expression}. */
    private static boolean outside(String expression, int index) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < index; i++) {
            char c = expression.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            }
        }
        return depth == 0 && quote == 0;
    }

    /** Drools' {@code x in (a, b)} and {@code x not in (a, b)} in plain MVEL. */
    private static String mvel(String expression) {
        Matcher in = IN.matcher(expression);
        StringBuilder out = new StringBuilder();
        while (in.find()) {
            String subject = in.group(1);
            String alternatives = java.util.Arrays.stream(in.group(3).split(","))
                    .map(v -> subject + " == " + v.strip()).collect(Collectors.joining(" || "));
            in.appendReplacement(out, Matcher.quoteReplacement((in.group(2) != null ? "!(" : "(") + alternatives + ")"));
        }
        in.appendTail(out);
        return out.toString();
    }

    private ParserContext context(List<String> imports) {
        ParserContext context = new ParserContext();
        for (String target : imports) {
            if (target.endsWith(".*")) {
                context.addPackageImport(target.substring(0, target.length() - 2));
            } else {
                try {
                    Class<?> type = Class.forName(target, false, loader);
                    context.addImport(type.getSimpleName(), type);
                } catch (ClassNotFoundException e) {
                    // Not a class (a function import, say): conditions using it will not be evaluated.
                }
            }
        }
        return context;
    }

    /** Whether a constraint of {@code pattern} uses the variable {@code name} ({@code $call}, {@code first}). */
    private static boolean uses(PatternDescr pattern, String name) {
        Pattern word = Pattern.compile("(?<![\\w$.])" + Pattern.quote(name) + "(?![\\w$])");
        return pattern.getDescrs().stream().filter(ExprConstraintDescr.class::isInstance)
                .anyMatch(d -> word.matcher(((ExprConstraintDescr) d).getExpression()).find());
    }

    /** The variables a pattern binds: the fact's own and those its constraints bind. */
    private static List<String> boundBy(PatternDescr pattern) {
        List<String> names = new ArrayList<>();
        if (pattern.getIdentifier() != null) {
            names.add(pattern.getIdentifier());
        }
        for (BaseDescr descr : pattern.getDescrs()) {
            if (descr instanceof ExprConstraintDescr expression) {
                Matcher binding = BINDING.matcher(expression.getExpression());
                if (binding.matches()) {
                    names.add(binding.group(1));
                }
            }
        }
        return names;
    }

    private static String describe(PatternDescr pattern) {
        return simpleName(pattern.getObjectType()) + "( " + pattern.getDescrs().stream()
                .filter(ExprConstraintDescr.class::isInstance)
                .map(d -> ((ExprConstraintDescr) d).getExpression()).collect(Collectors.joining(", ")) + " )";
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
