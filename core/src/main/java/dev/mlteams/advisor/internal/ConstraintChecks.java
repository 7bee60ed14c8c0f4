package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Conditions that compile but cannot mean what they say, because Drools converts a quoted text to
 * the field's type without complaint: a boolean compared with {@code "yes"} (any text but
 * {@code "true"} reads as false, so it matches {@code false}), an enum compared with a text (never
 * equal), a map keyed by an enum indexed by a text (never found), and a {@code Signal} named as no
 * rule derives it. Each is a problem of the rule set, with its file and line, before any advice is
 * given.
 */
public final class ConstraintChecks {

    /** {@code field == "text"} or {@code !=}, the field not part of a longer path. */
    private static final Pattern COMPARED = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s*(==|!=)\\s*\"([^\"]*)\"");
    /** {@code field["text"]}. */
    private static final Pattern INDEXED = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s*\\[\\s*\"([^\"]*)\"\\s*]");
    /** The name a consequence derives a signal under: {@code advise.signal("name", ...)}. */
    private static final Pattern DERIVED = Pattern.compile("advise\\s*\\.\\s*signal\\s*\\(\\s*\"([^\"]+)\"");
    private static final Pattern SIGNAL_NAME = Pattern.compile("(?<![\\w.$])name\\s*==\\s*\"([^\"]*)\"");

    private ConstraintChecks() {
    }

    /**
     * The problems of {@code files}, whose signal names are checked against those that the
     * consequences of {@code all} derive. Files that do not parse are left to the compiler.
     */
    public static List<RuleSetException.Problem> check(List<RuleSource> files, List<RuleSource> all, ClassLoader loader) {
        Set<String> signals = new TreeSet<>();
        for (RuleSource source : all) {
            Matcher derived = DERIVED.matcher(source.drl());
            while (derived.find()) {
                signals.add(derived.group(1));
            }
        }
        List<RuleSetException.Problem> problems = new ArrayList<>();
        for (RuleSource file : files) {
            PackageDescr parsed = file.parsed().orElse(null);
            if (parsed == null) {
                continue;
            }
            List<String> imports = parsed.getImports().stream().map(ImportDescr::getTarget).toList();
            Map<String, Integer> lines = file.ruleLines();
            for (RuleDescr rule : parsed.getRules()) {
                List<PatternDescr> patterns = new ArrayList<>();
                collect(rule.getLhs(), patterns);
                for (PatternDescr pattern : patterns) {
                    int patternLine = pattern.getLine() > 0 ? pattern.getLine() : lines.getOrDefault(rule.getName(), 0);
                    Class<?> type = resolve(pattern.getObjectType(), imports, parsed.getName(), loader);
                    for (BaseDescr constraint : pattern.getDescrs()) {
                        // A pattern may run over several lines: its constraint's own line, where known.
                        int line = constraint.getLine() > 0 ? constraint.getLine() : patternLine;
                        String text = constraint.getText() == null ? String.valueOf(constraint) : constraint.getText();
                        check(text, type, signals).forEach(message -> problems.add(new RuleSetException.Problem(
                                file.name(), line, Optional.of(rule.getName()), message)));
                    }
                }
            }
        }
        return problems;
    }

    /** The patterns of {@code element}, also inside {@code not}, {@code exists} and {@code or}. */
    private static void collect(BaseDescr element, List<PatternDescr> patterns) {
        if (element instanceof PatternDescr pattern) {
            patterns.add(pattern);
        } else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> collect((BaseDescr) child, patterns));
        }
    }

    private static List<String> check(String constraint, Class<?> type, Set<String> signals) {
        List<String> messages = new ArrayList<>();
        if (type == null) {
            return messages;
        }
        if (type.getSimpleName().equals("Signal") && type.getPackageName().startsWith("dev.mlteams.advisor")) {
            Matcher named = SIGNAL_NAME.matcher(constraint);
            while (named.find()) {
                if (!signals.contains(named.group(1))) {
                    messages.add("no rule derives a signal named \"" + named.group(1) + "\", so this pattern never matches"
                            + Nearest.to(named.group(1), List.copyOf(signals))
                                    .map(near -> " (did you mean \"" + near + "\"?)").orElse(""));
                }
            }
        }
        Matcher compared = COMPARED.matcher(constraint);
        while (compared.find()) {
            Method field = accessor(type, compared.group(1));
            if (field == null) {
                continue;
            }
            Class<?> fieldType = field.getReturnType();
            String text = compared.group(3);
            if (fieldType == boolean.class || fieldType == Boolean.class) {
                messages.add(compared.group(1) + " is true or false, but is compared with the text \"" + text
                        + "\", which Drools reads as " + Boolean.parseBoolean(text) + ": write " + compared.group(1)
                        + " " + compared.group(2) + " " + Boolean.parseBoolean(text) + " if that is what you mean");
            } else if (fieldType.isEnum()) {
                messages.add(compared.group(1) + " is of type " + fieldType.getSimpleName() + ", and the text \"" + text
                        + "\" never equals one: write " + constant(fieldType, text));
            }
        }
        Matcher indexed = INDEXED.matcher(constraint);
        while (indexed.find()) {
            Method field = accessor(type, indexed.group(1));
            if (field != null && Map.class.isAssignableFrom(field.getReturnType())
                    && field.getGenericReturnType() instanceof ParameterizedType map
                    && map.getActualTypeArguments()[0] instanceof Class<?> key && key.isEnum()) {
                messages.add(indexed.group(1) + " is keyed by " + key.getSimpleName() + ", and the text \""
                        + indexed.group(2) + "\" is never a key: write " + indexed.group(1) + "["
                        + constant(key, indexed.group(2)) + "]");
            }
        }
        return messages;
    }

    /** {@code Type.NAME} for the constant {@code text} names or most nearly names, else {@code Type.<one of [...]>}. */
    private static String constant(Class<?> type, String text) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        String near = names.contains(text) ? text : Nearest.to(text, names).orElse(null);
        return type.getSimpleName() + "." + (near != null ? near : "<one of " + names + ">");
    }

    /** The no-argument method that reads {@code field} on {@code type}: {@code field()}, {@code getField()} or {@code isField()}. */
    private static Method accessor(Class<?> type, String field) {
        String capital = Character.toUpperCase(field.charAt(0)) + field.substring(1);
        for (String name : List.of(field, "get" + capital, "is" + capital)) {
            try {
                Method method = type.getMethod(name);
                if (method.getReturnType() != void.class) {
                    return method;
                }
            } catch (NoSuchMethodException e) {
                // Try the next spelling.
            }
        }
        return null;
    }

    /** The class a pattern names, through the file's imports; null if it cannot be found. */
    private static Class<?> resolve(String name, List<String> imports, String pkg, ClassLoader loader) {
        List<String> candidates = new ArrayList<>();
        if (name.contains(".")) {
            candidates.add(name);
        }
        for (String imported : imports) {
            if (imported.endsWith("." + name)) {
                candidates.add(imported);
            } else if (imported.endsWith(".*")) {
                candidates.add(imported.substring(0, imported.length() - 1) + name);
            }
        }
        if (pkg != null && !pkg.isEmpty()) {
            candidates.add(pkg + "." + name);
        }
        for (String candidate : candidates) {
            try {
                return Class.forName(candidate, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Not this one.
            }
        }
        return null;
    }
}
