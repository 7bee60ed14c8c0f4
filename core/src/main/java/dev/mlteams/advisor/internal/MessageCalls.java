package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.authoring.Advise;
import dev.mlteams.advisor.authoring.MessageKey;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.FunctionDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The message keys that your rules' {@code advise} calls name, checked at build time against the
 * texts in each language served: a key no bundle has, or a text that uses more arguments than the
 * call gives, would otherwise fail every call of a rule that fires, and only on the profiles (and in
 * the language) where it fires. Calls in a rule's consequences, named ones ({@code then[name]})
 * too, and in functions are checked; only calls that name their key as a quoted text, as a key made
 * at run time is left to the run.
 */
public final class MessageCalls {

    /** An {@code advise} call; which of its arguments are keys, {@link MessageKey} says. */
    private static final Pattern CALL = call(CompiledRules.ADVISE_GLOBAL);
    /** The {@code then} on a consequence line, which may follow the last condition. */
    private static final Pattern THEN = Pattern.compile("(?<![\\w$.])then\\b");
    /** Advise's methods, in a fixed order, so that of two overloads the same one is tried first. */
    private static final List<Method> ADVISE_METHODS = Arrays.stream(Advise.class.getMethods())
            .sorted(Comparator.comparing(Method::toString)).toList();
    /** A local variable of the consequence: a name, not bound in the conditions, not a constant. */
    private static final Pattern LOCAL = Pattern.compile("(?!(true|false|null)$)[a-z_][\\w]*");
    /** A plain quoted text, with no escape that a key would not have. */
    private static final Pattern KEY = Pattern.compile("\"([^\"\\\\]+)\"");

    private MessageCalls() {
    }

    /** A call of a method on {@code receiver}, the method's name its group 1. */
    private static Pattern call(String receiver) {
        return Pattern.compile("(?<![\\w.$])" + Pattern.quote(receiver) + "\\s*\\.\\s*(\\w+)\\s*\\(");
    }

    /**
     * The problems of {@code files}' calls, in each of {@code locales}; a key missing in every
     * language is one problem. Only rules that can fire are checked: those {@code inRuleBase}
     * accepts by file and name (not disabled, not replaced), without {@code enabled false}. Files
     * that do not parse are left to the compiler.
     */
    public static List<RuleSetException.Problem> check(List<RuleSource> files, MessageSource messages,
            Collection<Locale> locales, BiPredicate<String, String> inRuleBase) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        List<MessageBundle> bundles = locales.stream().map(messages::forLocale).toList();
        boolean sayLanguage = locales.size() > 1;
        for (RuleSource file : files) {
            PackageDescr parsed = file.parsed().orElse(null);
            if (parsed == null) {
                continue;
            }
            String fileCode = RuleSafety.withoutCommentsAndStrings(file.drl());
            for (RuleDescr rule : parsed.getRules()) {
                // A rule that can never fire cannot fail a call either.
                AttributeDescr enabled = rule.getAttributes().get("enabled");
                if (rule.getConsequence() == null || !inRuleBase.test(file.name(), rule.getName())
                        || enabled != null && enabled.getValue().strip().equals("false")) {
                    continue;
                }
                Optional<String> name = Optional.of(rule.getName());
                check(rule.getConsequence().toString(), CompiledRules.ADVISE_GLOBAL,
                        firstLine(file.drl(), fileCode, rule), file.name(), name, "", bundles, sayLanguage, problems);
                // then[name]: the parser keeps no line for it, so it is found in the rule's own text.
                rule.getNamedConsequences().forEach((named, consequence) -> {
                    Matcher then = Pattern.compile("(?<![\\w$.])then\\s*\\[\\s*" + Pattern.quote(named) + "\\s*\\]")
                            .matcher(fileCode).region(Math.max(0, rule.getStartCharacter()), fileCode.length());
                    if (then.find()) {
                        check(consequence.toString(), CompiledRules.ADVISE_GLOBAL, lineAfter(file.drl(), then.end()),
                                file.name(), name, "", bundles, sayLanguage, problems);
                    }
                });
            }
            // A function is given the advise object as an argument, an Advise parameter of any
            // name, and is checked where it is written.
            String fileText = RuleSafety.withoutComments(file.drl(), false);
            for (FunctionDescr function : parsed.getFunctions()) {
                int open = fileCode.indexOf('{', Math.max(0, function.getStartCharacter()));
                int close = open < 0 ? -1 : closing(fileCode, open);
                for (int i = 0; i < function.getParameterNames().size() && close > open; i++) {
                    String type = function.getParameterTypes().get(i);
                    if (type.equals(Advise.class.getName()) || type.equals(Advise.class.getSimpleName())) {
                        check(fileText.substring(open + 1, close), function.getParameterNames().get(i),
                                TextLines.lineAt(file.drl(), open + 1), file.name(), Optional.empty(),
                                "function " + function.getName() + ": ", bundles, sayLanguage, problems);
                    }
                }
            }
        }
        return problems;
    }

    /**
     * Adds the problems of the calls on {@code receiver} in {@code text}, a consequence or a function
     * body as the parser or the file has it, whose first line is {@code firstLine}; each message starts with
     * {@code where}.
     */
    private static void check(String text, String receiver, int firstLine, String file, Optional<String> rule,
            String where, List<MessageBundle> bundles, boolean sayLanguage, List<RuleSetException.Problem> problems) {
        String code = RuleSafety.withoutComments(text, false);
        // Calls are looked for outside strings, and their arguments read, quotes and all, at the same places.
        Pattern calls = receiver.equals(CompiledRules.ADVISE_GLOBAL) ? CALL : call(receiver);
        Matcher call = calls.matcher(RuleSafety.withoutCommentsAndStrings(text));
        while (call.find()) {
            List<String> args = arguments(code, call.end());
            int line = firstLine + (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count();
            check(receiver, call.group(1), args, bundles, sayLanguage).ifPresent(message -> problems.add(
                    new RuleSetException.Problem(file, line, rule, where + message)));
        }
    }

    /** The line of the first character after {@code offset} that is not blank, where a parsed text starts. */
    private static int lineAfter(String drl, int offset) {
        int start = offset;
        while (start < drl.length() && Character.isWhitespace(drl.charAt(start))) {
            start++;
        }
        return TextLines.lineAt(drl, start);
    }

    /** The offset of the brace that closes the one at {@code open} in {@code code}, or -1. */
    private static int closing(String code, int open) {
        int depth = 0;
        for (int i = open; i < code.length(); i++) {
            if (code.charAt(i) == '{') {
                depth++;
            } else if (code.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The line the consequence's text starts on. The parser keeps it without the blank space
     * after {@code then}, and no offset: it starts at the first character after the {@code then} on
     * the rule's consequence line that is not blank, there or on a later line. {@code code} is the
     * file {@code drl} without its comments and strings, so that neither is taken for the {@code
     * then}; the same offsets in {@code drl} show where the text starts.
     */
    private static int firstLine(String drl, String code, RuleDescr rule) {
        int line = rule.getConsequenceLine();
        int at = TextLines.offsetOf(code, line);
        if (at < 0) {
            return line + 1;
        }
        int end = code.indexOf('\n', at);
        Matcher then = THEN.matcher(code).region(at, end < 0 ? code.length() : end);
        if (!then.find()) {
            return line + 1;
        }
        // Blank space only: the parser's text starts at a comment after the then, as the file does.
        return lineAfter(drl, then.end());
    }

    /**
     * What is wrong with one call, if anything: the first problem one of its keys has in some
     * language. The keys are the arguments at the {@link MessageKey} parameters of the {@link
     * Advise} method of that name and arity (of overloads, the first whose keys are all quoted); the
     * arguments for the texts are those after its fixed parameters.
     */
    private static Optional<String> check(String receiver, String method, List<String> args,
            List<MessageBundle> bundles, boolean sayLanguage) {
        for (Method candidate : ADVISE_METHODS) {
            int fixed = candidate.getParameterCount() - (candidate.isVarArgs() ? 1 : 0);
            if (!candidate.getName().equals(method) || args.size() < fixed
                    || !candidate.isVarArgs() && args.size() != fixed) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            Annotation[][] annotations = candidate.getParameterAnnotations();
            Class<?>[] types = candidate.getParameterTypes();
            for (int i = 0; i < fixed && keys != null; i++) {
                if (args.get(i).startsWith("\"") && !types[i].isAssignableFrom(String.class)) {
                    // A text where this overload takes a role or a seniority: another overload is meant.
                    keys = null;
                } else if (Arrays.stream(annotations[i]).anyMatch(MessageKey.class::isInstance)) {
                    Matcher key = KEY.matcher(args.get(i));
                    if (!key.matches()) {
                        keys = null;
                        break;
                    }
                    keys.add(key.group(1));
                }
            }
            if (keys == null || keys.isEmpty()) {
                continue;
            }
            int given = args.size() - fixed;
            if (given == 1 && mayBeArray(args.get(fixed))) {
                // An array given alone is spread over the arguments: how many, the run will tell.
                given = Integer.MAX_VALUE;
            }
            for (String key : keys) {
                Optional<String> problem = check(receiver + "." + method, key, given, bundles, sayLanguage);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Whether an argument given alone after the key could be an array, which Java and MVEL spread
     * over the arguments: an array written out ({@code {a, b}}, {@code new Object[] {...}}), a
     * {@code toArray()}, or a local variable, whose type is not known here. A variable bound in the
     * conditions ({@code $industry}), a literal, a list ({@code [a, b]}) or another call is one.
     */
    private static boolean mayBeArray(String argument) {
        return argument.startsWith("{") || argument.startsWith("new ") && argument.contains("[")
                || argument.contains("toArray(") || LOCAL.matcher(argument).matches();
    }

    /**
     * The first problem {@code key} has in some language, given {@code given} arguments by
     * {@code call} (as written: {@code advise.practice}).
     */
    private static Optional<String> check(String call, String key, int given, List<MessageBundle> bundles,
            boolean sayLanguage) {
        List<MessageBundle> lacking = bundles.stream().filter(b -> b.text(key).isEmpty()).toList();
        if (lacking.size() == bundles.size()) {
            return Optional.of(call + " names message key \"" + key + "\", which the message bundle"
                    + " lacks" + bundles.get(0).nearestKey(key).map(near -> " (did you mean \"" + near + "\"?)")
                            .orElse(""));
        }
        for (MessageBundle bundle : bundles) {
            String in = sayLanguage ? " in " + bundle.language() : "";
            if (bundle.text(key).isEmpty()) {
                return Optional.of(call + " names message key \"" + key + "\", which has no text" + in);
            }
            int used;
            try {
                used = bundle.arguments(key);
            } catch (MessageBundle.UnreadableText e) {
                // An unreadable text is reported where its file is read.
                continue;
            }
            if (given < used) {
                return Optional.of(call + " gives message key \"" + key + "\" " + given
                        + (given == 1 ? " argument" : " arguments") + ", but its text" + in + " uses " + used + ": \""
                        + bundle.text(key).orElse("") + "\"");
            }
        }
        return Optional.empty();
    }

    /**
     * The arguments of the call whose opening parenthesis ends at {@code from}, each stripped, split
     * at the commas outside brackets and quotes; empty if the call has none or never closes.
     */
    static List<String> arguments(String code, int from) {
        List<String> args = new ArrayList<>();
        int depth = 0;
        int start = from;
        for (int i = from; i < code.length(); i++) {
            char c = code.charAt(i);
            if (c == '"' || c == '\'') {
                // To the closing quote; an escaped one does not close.
                for (i++; i < code.length() && code.charAt(i) != c; i++) {
                    if (code.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if ((c == ')' || c == ']' || c == '}') && depth > 0) {
                depth--;
            } else if (c == ')') {
                String last = code.substring(start, i).strip();
                if (!last.isEmpty() || !args.isEmpty()) {
                    args.add(last);
                }
                return args;
            } else if (c == ',' && depth == 0) {
                args.add(code.substring(start, i).strip());
                start = i + 1;
            }
        }
        return List.of();
    }
}
