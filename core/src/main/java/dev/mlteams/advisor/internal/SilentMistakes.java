package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.authoring.Phase;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AccumulateDescr;
import org.drools.drl.ast.descr.BaseDescr;
import org.drools.drl.ast.descr.ConditionalElementDescr;
import org.drools.drl.ast.descr.ImportDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.PatternDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * Rules that compile but cannot work as written, about which Drools says nothing. Conditions,
 * because Drools converts a quoted text to the field's type without complaint: a boolean compared
 * with {@code "yes"} (any text but {@code "true"} reads as false, so it matches {@code false}), an
 * enum compared with a text (never equal), a map keyed by an enum indexed by a text (never found),
 * and a {@code Signal} named as no rule derives it, or matched in a phase before the first that
 * derives it. And a vote cast in a phase after the votes are totalled. Each is a problem of the rule set, with its file and line, before any advice is given.
 */
public final class SilentMistakes {

    /** {@code field == "text"} or {@code !=}, the field not part of a longer path. */
    private static final Pattern COMPARED = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s*(==|!=)\\s*\"([^\"]*)\"");
    /** {@code "text" == field}, the other way round. */
    private static final Pattern COMPARED_BACKWARDS =
            Pattern.compile("\"([^\"]*)\"\\s*(==|!=)\\s*([a-z]\\w*)(?![\\w.(\\[])");
    /** {@code field in (} or {@code not in (}: where a list begins. */
    private static final Pattern LISTED = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s+(?:not\\s+)?in\\s*\\(");
    private static final Pattern QUOTED = Pattern.compile("\\s*\"([^\"]*)\"\\s*");
    /** {@code field["text"]}. */
    private static final Pattern INDEXED = Pattern.compile("(?<![\\w.$])([a-z]\\w*)\\s*\\[\\s*\"([^\"]*)\"\\s*]");
    /** A call deriving a signal, in a consequence or a function: {@code advise.signal(...)}. */
    private static final Pattern SIGNAL_CALL = Pattern.compile("\\.\\s*signal\\s*\\(\\s*(\"([^\"]+)\"\\s*,)?");
    private static final Pattern VOTE_CALL = Pattern.compile("(?<![\\w.$])advise\\s*\\.\\s*vote\\s*\\(");
    private static final Pattern SIGNAL_NAME = Pattern.compile("(?<![\\w.$])name\\s*(?:==|!=)\\s*\"([^\"]*)\"");

    private SilentMistakes() {
    }

    /**
     * The problems of {@code files}. Signal names are checked against those the files of
     * {@code all} derive, when {@code signalsKnown}, no Java code outside the rule files can derive
     * signals (the safety check allows no package of helper classes), and every {@code signal(...)}
     * call in them names its signal with a quoted text. Files that do not parse are left to the
     * compiler.
     */
    public static List<RuleSetException.Problem> check(List<RuleSource> files, List<RuleSource> all, ClassLoader loader,
            boolean signalsKnown, boolean phased) {
        if (files.isEmpty()) {
            return List.of();
        }
        Set<String> signals = new TreeSet<>();
        // The earliest phase (RuleMetadataChecks.order) that derives each signal: the first for one
        // that a file not of yours derives (a default rule), whose phase is not read here.
        Map<String, Integer> derivedFrom = new HashMap<>();
        boolean allNamed = signalsKnown;
        for (RuleSource source : all) {
            boolean yours = files.contains(source);
            Matcher derived = SIGNAL_CALL.matcher(RuleSafety.withoutComments(source.drl(), false));
            while (derived.find()) {
                if (derived.group(2) == null) {
                    allNamed = false;
                } else {
                    signals.add(derived.group(2));
                    if (!yours) {
                        derivedFrom.put(derived.group(2), 0);
                    }
                }
            }
        }
        if (!allNamed) {
            // A name made at run time, or by Java code, could be any: none is "never derived".
            signals = null;
        }
        if (signals == null || !phased) {
            derivedFrom = Map.of();
        } else {
            derivedFrom(files, derivedFrom);
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
                if (phased) {
                    lateVote(rule).ifPresent(message -> problems.add(new RuleSetException.Problem(file.name(),
                            lines.getOrDefault(rule.getName(), rule.getLine()), Optional.of(rule.getName()), message)));
                }
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
                        if (isSignal(type)) {
                            lateSignals(text, RuleMetadataChecks.phaseOf(rule), derivedFrom).forEach(message ->
                                    problems.add(new RuleSetException.Problem(file.name(), line,
                                            Optional.of(rule.getName()), message)));
                        }
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Why {@code rule}'s vote would not count, if it casts one in a phase after {@code score}: the
     * classify phase has totalled the votes by then (the call would fail, naming the rule).
     */
    private static Optional<String> lateVote(RuleDescr rule) {
        if (rule.getConsequence() == null
                || !VOTE_CALL.matcher(RuleSafety.withoutCommentsAndStrings(rule.getConsequence().toString())).find()) {
            return Optional.empty();
        }
        String phase = RuleMetadataChecks.phaseOf(rule);
        // A group that is no phase is a problem of its own: when the rule would run is not known.
        if (RuleMetadataChecks.votesCount(phase) || !RuleMetadataChecks.knownPhase(phase)) {
            return Optional.empty();
        }
        return Optional.of("casts a vote in " + RuleMetadataChecks.described(phase) + ", after the votes are totalled in phase \"" + Phase.CLASSIFY.agendaGroup()
                + "\", so it would not count: put the rule in ruleflow-group \"" + Phase.SCORE.agendaGroup() + "\"");
    }

    /**
     * Adds to {@code earliest}, for each signal your {@code files} derive, the earliest phase
     * ({@link RuleMetadataChecks#order}) that derives it: your rules' own phases, and the first
     * phase for a signal a function derives, whose phase is not known here.
     */
    private static void derivedFrom(List<RuleSource> files, Map<String, Integer> earliest) {
        for (RuleSource file : files) {
            PackageDescr parsed = file.parsed().orElse(null);
            if (parsed == null) {
                // Where it derives its signals cannot be read: any phase might.
                signalsCalled(file.drl()).forEach(name -> earliest.put(name, 0));
                continue;
            }
            parsed.getFunctions().forEach(function -> signalsCalled(function.getBody())
                    .forEach(name -> earliest.put(name, 0)));
            for (RuleDescr rule : parsed.getRules()) {
                String phase = RuleMetadataChecks.phaseOf(rule);
                // A group that is no phase is a problem of its own; its signals count as derived first.
                int order = RuleMetadataChecks.knownPhase(phase) ? RuleMetadataChecks.order(phase) : 0;
                List<Object> consequences = new ArrayList<>(rule.getNamedConsequences().values());
                consequences.add(rule.getConsequence());
                consequences.stream().filter(Objects::nonNull).forEach(consequence -> signalsCalled(
                        consequence.toString()).forEach(name -> earliest.merge(name, order, Math::min)));
            }
        }
    }

    /** The names of the signals that {@code code} derives, where it names them in quotes. */
    private static List<String> signalsCalled(String code) {
        List<String> names = new ArrayList<>();
        Matcher derived = SIGNAL_CALL.matcher(RuleSafety.withoutComments(code, false));
        while (derived.find()) {
            if (derived.group(2) != null) {
                names.add(derived.group(2));
            }
        }
        return names;
    }

    /**
     * Why a condition in {@code phase} on the signals {@code constraint} matches cannot see them, if
     * it cannot: each is derived only in later phases, after the rule's own has run.
     */
    private static List<String> lateSignals(String constraint, String phase, Map<String, Integer> derivedFrom) {
        List<String> messages = new ArrayList<>();
        if (!RuleMetadataChecks.knownPhase(phase)) {
            return messages;
        }
        int order = RuleMetadataChecks.order(phase);
        for (String name : signalNames(constraint, true)) {
            Integer from = derivedFrom.get(name);
            if (from != null && from > order) {
                String derivedIn = from < Phase.values().length ? "phase \"" + Phase.values()[from].agendaGroup()
                        + "\" on" : "rules in no phase, which run after every phase";
                messages.add("the signal \"" + name + "\" is derived only by " + derivedIn + ", after this rule's "
                        + RuleMetadataChecks.described(phase) + " has run, so the rule never sees it: derive it in"
                        + " ruleflow-group \"" + Phase.DERIVE.agendaGroup() + "\"");
            }
        }
        return messages;
    }

    private static boolean isSignal(Class<?> type) {
        return type != null && type.getSimpleName().equals("Signal") && type.getPackageName().startsWith("dev.mlteams.advisor");
    }

    /**
     * The signal names a {@code Signal} pattern's constraint tests: {@code name == "x"}, {@code "x" ==
     * name} or {@code name in (...)}, and, unless {@code matchedOnly}, with {@code !=} or {@code not in}.
     */
    private static List<String> signalNames(String constraint, boolean matchedOnly) {
        List<String> names = new ArrayList<>();
        Matcher named = SIGNAL_NAME.matcher(constraint);
        while (named.find()) {
            if (!matchedOnly || !named.group().contains("!=")) {
                names.add(named.group(1));
            }
        }
        Matcher listed = LISTED.matcher(constraint);
        while (listed.find()) {
            if (listed.group(1).equals("name") && (!matchedOnly || !listed.group().contains("not"))) {
                names.addAll(listedTexts(constraint, listed.end()));
            }
        }
        Matcher backwards = COMPARED_BACKWARDS.matcher(constraint);
        while (backwards.find()) {
            if (backwards.group(3).equals("name") && (!matchedOnly || backwards.group(2).equals("=="))) {
                names.add(backwards.group(1));
            }
        }
        return names;
    }

    /** The patterns of {@code element}, also inside {@code not}, {@code exists}, {@code or} and {@code accumulate}. */
    private static void collect(BaseDescr element, List<PatternDescr> patterns) {
        if (element instanceof PatternDescr pattern) {
            patterns.add(pattern);
            // The patterns an accumulate reads are conditions too.
            if (pattern.getSource() instanceof AccumulateDescr accumulate && accumulate.getInput() != null) {
                collect(accumulate.getInput(), patterns);
            }
        } else if (element instanceof ConditionalElementDescr group) {
            group.getDescrs().forEach(child -> collect((BaseDescr) child, patterns));
        }
    }

    /** @param signals the signal names rules derive, or null if they cannot all be known */
    private static List<String> check(String constraint, Class<?> type, Set<String> signals) {
        List<String> messages = new ArrayList<>();
        if (type == null) {
            return messages;
        }
        if (signals != null && isSignal(type)) {
            for (String name : signalNames(constraint, false)) {
                if (!signals.contains(name)) {
                    // Whether tested with ==, != or in, a name no rule derives is a slip: the test means nothing.
                    messages.add("no rule derives a signal named \"" + name + "\": no Signal fact ever has that name"
                            + Nearest.to(name, List.copyOf(signals))
                                    .map(near -> " (did you mean \"" + near + "\"?)").orElse(""));
                }
            }
        }
        Matcher compared = COMPARED.matcher(constraint);
        while (compared.find()) {
            textFor(type, compared.group(1), compared.group(3)).ifPresent(messages::add);
        }
        Matcher backwards = COMPARED_BACKWARDS.matcher(constraint);
        while (backwards.find()) {
            textFor(type, backwards.group(3), backwards.group(1)).ifPresent(messages::add);
        }
        Matcher listed = LISTED.matcher(constraint);
        while (listed.find()) {
            for (String text : listedTexts(constraint, listed.end())) {
                textFor(type, listed.group(1), text).ifPresent(messages::add);
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

    /**
     * What is wrong with giving {@code field} of {@code type} the quoted {@code text}, if anything:
     * an enum never equals a text, and a boolean reads any text but "true" as false.
     */
    private static Optional<String> textFor(Class<?> type, String fieldName, String text) {
        Method field = accessor(type, fieldName);
        if (field == null) {
            return Optional.empty();
        }
        Class<?> fieldType = field.getReturnType();
        // Drools reads "true" in any case as true, and "false" as false.
        if ((fieldType == boolean.class || fieldType == Boolean.class)
                && !text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            return Optional.of(fieldName + " is true or false, but is compared with the text \"" + text
                    + "\", which Drools reads as false: write true or false, unquoted");
        }
        if (fieldType.isEnum()) {
            return Optional.of(fieldName + " is of type " + fieldType.getSimpleName() + ", and the text \"" + text
                    + "\" never equals one: write " + constant(fieldType, text));
        }
        return Optional.empty();
    }

    /**
     * The items of the list that opens just before {@code from} which are quoted texts themselves:
     * not a text inside a call such as {@code Industry.valueOf("RETAIL")}.
     */
    private static List<String> listedTexts(String constraint, int from) {
        List<String> texts = new ArrayList<>();
        int depth = 0;
        int start = from;
        boolean quoted = false;
        for (int i = from; i < constraint.length(); i++) {
            char c = constraint.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && (c == ',' || c == ')') && depth == 0) {
                Matcher item = QUOTED.matcher(constraint.substring(start, i));
                if (item.matches()) {
                    texts.add(item.group(1));
                }
                if (c == ')') {
                    break;
                }
                start = i + 1;
            } else if (!quoted && c == ')') {
                depth--;
            }
        }
        return texts;
    }

    /** {@code Type.NAME} for the constant {@code text} names or most nearly names, else the constants to choose from. */
    private static String constant(Class<?> type, String text) {
        List<String> names = new ArrayList<>();
        for (Object constant : type.getEnumConstants()) {
            names.add(((Enum<?>) constant).name());
        }
        String near = names.stream().filter(name -> name.equalsIgnoreCase(text)).findFirst()
                .or(() -> Nearest.to(text, names)).orElse(null);
        return near != null ? type.getSimpleName() + "." + near
                : "a constant of " + type.getSimpleName() + ", one of " + names;
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
