package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.analysis.WhyNot.ConditionCheck;
import dev.mlteams.advisor.analysis.WhyNot.Outcome;
import dev.mlteams.advisor.analysis.WhyNot.RuleDiagnosis;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ExistsDescr;
import org.drools.drl.ast.descr.ExprConstraintDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.NotDescr;
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
 * signals, the archetype calls and scores, the advice items). Plain patterns and {@code not} /
 * {@code exists} of plain patterns are checked; {@code accumulate}, {@code from}, {@code or} and
 * {@code eval} are reported as not evaluated. Works the same on the default rules and on yours.
 */
final class WhyNotAnalysis {

    private static final Pattern BINDING = Pattern.compile("^\\s*(\\$\\w+)\\s*:\\s*(.+)$", Pattern.DOTALL);
    private static final Pattern IN = Pattern.compile("([\\w.$\\[\\]()]+)\\s+(not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern OPERATOR = Pattern.compile("\\s*(==|!=|>=|<=|>|<|&&|\\|\\||\\s(not\\s+)?in\\s*\\()");

    /** A parsed rule and the imports of its file. */
    private record ParsedRule(RuleDescr rule, List<String> imports, String file) {
    }

    private final Map<String, ParsedRule> rules = new HashMap<>();
    private final ClassLoader loader;

    WhyNotAnalysis(List<RuleSource> sources, Set<String> compiledRuleKeys, ClassLoader loader) {
        this.loader = loader;
        for (RuleSource source : sources) {
            PackageDescr pkg;
            try {
                pkg = new DrlParser().parse(false, source.drl());
            } catch (DroolsParserException e) {
                throw new AdvisorException("cannot parse " + source.name() + " for why-not analysis", e);
            }
            List<String> imports = pkg.getImports().stream().map(ImportDescr::getTarget).toList();
            for (RuleDescr rule : pkg.getRules()) {
                String key = CompiledRules.key(pkg.getName(), rule.getName());
                if (compiledRuleKeys.contains(key)) {
                    rules.put(key, new ParsedRule(rule, imports, source.name()));
                }
            }
        }
    }

    WhyNot explain(String itemKey, List<Object> facts, List<Explained> produced, List<FiredRule> trace) {
        Set<String> fired = trace.stream().map(FiredRule::rule).collect(Collectors.toSet());
        List<RuleDiagnosis> diagnoses = rules.values().stream()
                .filter(r -> String.valueOf(r.rule().getConsequence()).contains("\"" + itemKey + "\""))
                .sorted(java.util.Comparator.comparing(ParsedRule::file).thenComparing(r -> r.rule().getLine()))
                .map(r -> new RuleDiagnosis(r.rule().getName(), fired.contains(r.rule().getName()), check(r, facts)))
                .toList();
        return new WhyNot(itemKey, produced.stream().filter(i -> i.message().key().equals(itemKey)).toList(),
                diagnoses);
    }

    private List<ConditionCheck> check(ParsedRule rule, List<Object> facts) {
        ParserContext context = context(rule.imports());
        Map<String, Object> variables = new HashMap<>();
        List<ConditionCheck> checks = new ArrayList<>();
        for (BaseDescr element : rule.rule().getLhs().getDescrs()) {
            if (element instanceof PatternDescr pattern && pattern.getSource() == null) {
                checks.addAll(pattern(pattern, facts, context, variables, false));
            } else if ((element instanceof NotDescr || element instanceof ExistsDescr)
                    && ((ConditionalElementDescr) element).getDescrs().size() == 1
                    && ((ConditionalElementDescr) element).getDescrs().get(0)
                            instanceof PatternDescr inner && inner.getSource() == null) {
                boolean negated = element instanceof NotDescr;
                List<ConditionCheck> innerChecks = pattern(inner, facts, context, new HashMap<>(variables), true);
                boolean exists = innerChecks.stream().allMatch(c -> c.outcome() == Outcome.MET);
                boolean met = negated != exists;
                checks.add(new ConditionCheck(inner.getObjectType(), (negated ? "not " : "exists ")
                        + describe(inner), met ? Outcome.MET : Outcome.NOT_MET,
                        exists ? "a matching " + inner.getObjectType() + " exists" : "no matching " + inner.getObjectType()));
            } else {
                checks.add(new ConditionCheck(element.getClass().getSimpleName().replace("Descr", ""),
                        element.getText() == null ? element.toString() : element.getText(), Outcome.NOT_EVALUATED,
                        "this kind of condition is not checked by why-not"));
            }
        }
        return checks;
    }

    /**
     * Checks one pattern: it holds if some fact of its type meets every constraint. If none does,
     * the report follows the fact that met the most constraints, up to its first failure.
     */
    private List<ConditionCheck> pattern(PatternDescr pattern, List<Object> facts, ParserContext context,
            Map<String, Object> variables, boolean quiet) {
        String type = simpleName(pattern.getObjectType());
        List<String> constraints = pattern.getDescrs().stream()
                .filter(ExprConstraintDescr.class::isInstance)
                .map(d -> ((ExprConstraintDescr) d).getExpression()).toList();
        List<Object> candidates = facts.stream().filter(f -> f.getClass().getSimpleName().equals(type)).toList();
        if (candidates.isEmpty()) {
            return List.of(new ConditionCheck(type, describe(pattern), Outcome.NOT_MET, "no " + type + " fact"));
        }
        List<ConditionCheck> best = null;
        for (Object fact : candidates) {
            Map<String, Object> local = new HashMap<>(variables);
            List<ConditionCheck> checks = new ArrayList<>();
            boolean all = true;
            for (String constraint : constraints) {
                ConditionCheck check = constraint(type, constraint, fact, context, local);
                checks.add(check);
                if (check.outcome() != Outcome.MET) {
                    all = false;
                    break;
                }
            }
            if (all) {
                if (pattern.getIdentifier() != null) {
                    local.put(pattern.getIdentifier(), fact);
                }
                variables.putAll(local);
                return checks.isEmpty() ? List.of(new ConditionCheck(type, type + "()", Outcome.MET, "exists")) : checks;
            }
            if (best == null || count(checks) > count(best)) {
                best = checks;
            }
        }
        if (count(best) == 0 && candidates.size() > 1 && !constraints.isEmpty()) {
            // No fact passes even the first condition: show what the facts have instead.
            String first = constraints.get(0);
            Matcher binding = BINDING.matcher(first);
            String operand = leftOperand(binding.matches() ? binding.group(2) : first).strip();
            List<String> values = new ArrayList<>();
            for (Object fact : candidates) {
                try {
                    values.add(Values.text(evaluate(operand, fact, context, variables)));
                } catch (RuntimeException e) {
                    return best;
                }
            }
            return List.of(new ConditionCheck(type, first.strip(), Outcome.NOT_MET,
                    operand + " is one of " + values.stream().distinct().sorted().toList()));
        }
        return best;
    }

    private static long count(List<ConditionCheck> checks) {
        return checks.stream().filter(c -> c.outcome() == Outcome.MET).count();
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
            String shown = operand.strip() + " = " + Values.text(actual);
            if (operand.strip().equals(expression.strip())) {
                // A bare binding such as "$industry : industry" always holds.
                return new ConditionCheck(type, constraint.strip(), Outcome.MET, shown);
            }
            Object result = evaluate(mvel(expression), fact, context, variables);
            return new ConditionCheck(type, constraint.strip(), Boolean.TRUE.equals(result) ? Outcome.MET
                    : Outcome.NOT_MET, shown);
        } catch (RuntimeException e) {
            return new ConditionCheck(type, constraint.strip(), Outcome.NOT_EVALUATED,
                    "cannot be checked: " + e.getMessage().lines().findFirst().orElse(""));
        }
    }

    private static Object evaluate(String expression, Object fact, ParserContext context, Map<String, Object> variables) {
        Serializable compiled = MVEL.compileExpression(expression, context);
        return MVEL.executeExpression(compiled, fact, new HashMap<>(variables));
    }

    /** The text before the first operator: the field or expression the condition tests. */
    private static String leftOperand(String expression) {
        Matcher operator = OPERATOR.matcher(expression);
        return operator.find() ? expression.substring(0, operator.start()) : expression;
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

    private static String describe(PatternDescr pattern) {
        return simpleName(pattern.getObjectType()) + "( " + pattern.getDescrs().stream()
                .filter(ExprConstraintDescr.class::isInstance)
                .map(d -> ((ExprConstraintDescr) d).getExpression()).collect(Collectors.joining(", ")) + " )";
    }

    private static String simpleName(String type) {
        return type.substring(type.lastIndexOf('.') + 1);
    }
}
