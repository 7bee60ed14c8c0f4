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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The message keys that your rules' {@code advise} calls name, checked at build time against the
 * texts in each language served: a key no bundle has, or a text that uses more arguments than the
 * call gives, would otherwise fail every call of a rule that fires, and only on the profiles (and in
 * the language) where it fires. Only calls that name their key as a quoted text are checked; a key
 * made at run time is left to the run.
 */
public final class MessageCalls {

    /** An {@code advise} call; which of its arguments are keys, {@link MessageKey} says. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.$])advise\\s*\\.\\s*(\\w+)\\s*\\(");
    /** The {@code then} on a consequence line, which may follow the last condition. */
    private static final Pattern THEN = Pattern.compile("(?<![\\w$.])then\\b");
    /** Advise's methods, in a fixed order, so that of two overloads the same one is tried first. */
    private static final List<Method> ADVISE_METHODS = Arrays.stream(Advise.class.getMethods())
            .sorted(Comparator.comparing(Method::toString)).toList();
    /** A plain quoted text, with no escape that a key would not have. */
    private static final Pattern KEY = Pattern.compile("\"([^\"\\\\]+)\"");

    private MessageCalls() {
    }

    /**
     * The problems of {@code files}' calls, in each of {@code locales}; a key missing in every
     * language is one problem. Files that do not parse are left to the compiler.
     */
    public static List<RuleSetException.Problem> check(List<RuleSource> files, MessageSource messages,
            Collection<Locale> locales) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        List<MessageBundle> bundles = locales.stream().map(messages::forLocale).toList();
        for (RuleSource file : files) {
            PackageDescr parsed = file.parsed().orElse(null);
            if (parsed == null) {
                continue;
            }
            String fileCode = RuleSafety.withoutCommentsAndStrings(file.drl());
            for (RuleDescr rule : parsed.getRules()) {
                if (rule.getConsequence() == null) {
                    continue;
                }
                String consequence = rule.getConsequence().toString();
                String code = RuleSafety.withoutComments(consequence, false);
                int firstLine = firstLine(fileCode, rule);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    List<String> args = arguments(code, call.end());
                    int line = firstLine + (int) code.substring(0, call.start()).chars().filter(c -> c == '\n').count();
                    check(call.group(1), args, bundles, locales.size() > 1).ifPresent(message -> problems.add(
                            new RuleSetException.Problem(file.name(), line, Optional.of(rule.getName()), message)));
                }
            }
        }
        return problems;
    }

    /**
     * The line the consequence's text starts on. The parser keeps it without the blank space
     * after {@code then}, and no offset: it starts at the first character after the {@code then} on
     * the rule's consequence line that is not blank, there or on a later line. {@code code} is the
     * file without its comments and strings, so that neither is taken for the {@code then}.
     */
    private static int firstLine(String code, RuleDescr rule) {
        int line = rule.getConsequenceLine();
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = code.indexOf('\n', at);
            at = at < 0 ? -1 : at + 1;
        }
        if (at < 0) {
            return line + 1;
        }
        int end = code.indexOf('\n', at);
        Matcher then = THEN.matcher(code).region(at, end < 0 ? code.length() : end);
        if (!then.find()) {
            return line + 1;
        }
        for (int start = then.end(); start < code.length() && Character.isWhitespace(code.charAt(start)); start++) {
            if (code.charAt(start) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * What is wrong with one call, if anything: the first problem one of its keys has in some
     * language. The keys are the arguments at the {@link MessageKey} parameters of the {@link
     * Advise} method of that name and arity (of overloads, the first whose keys are all quoted); the
     * arguments for the texts are those after its fixed parameters.
     */
    private static Optional<String> check(String method, List<String> args, List<MessageBundle> bundles,
            boolean sayLanguage) {
        for (Method candidate : ADVISE_METHODS) {
            int fixed = candidate.getParameterCount() - (candidate.isVarArgs() ? 1 : 0);
            if (!candidate.getName().equals(method) || args.size() < fixed
                    || !candidate.isVarArgs() && args.size() != fixed) {
                continue;
            }
            List<String> keys = new ArrayList<>();
            Annotation[][] annotations = candidate.getParameterAnnotations();
            for (int i = 0; i < fixed; i++) {
                if (Arrays.stream(annotations[i]).anyMatch(MessageKey.class::isInstance)) {
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
            for (String key : keys) {
                Optional<String> problem = check(method, key, given, bundles, sayLanguage);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** The first problem {@code key} has in some language, given {@code given} arguments. */
    private static Optional<String> check(String method, String key, int given, List<MessageBundle> bundles,
            boolean sayLanguage) {
        List<MessageBundle> lacking = bundles.stream().filter(b -> b.text(key).isEmpty()).toList();
        if (lacking.size() == bundles.size()) {
            return Optional.of("advise." + method + " names message key \"" + key + "\", which the message bundle"
                    + " lacks" + bundles.get(0).nearestKey(key).map(near -> " (did you mean \"" + near + "\"?)")
                            .orElse(""));
        }
        for (MessageBundle bundle : bundles) {
            String in = sayLanguage ? " in " + bundle.language() : "";
            if (bundle.text(key).isEmpty()) {
                return Optional.of("advise." + method + " names message key \"" + key + "\", which has no text" + in);
            }
            int used;
            try {
                used = bundle.arguments(key);
            } catch (MessageBundle.UnreadableText e) {
                // An unreadable text is reported where its file is read.
                continue;
            }
            if (given < used) {
                return Optional.of("advise." + method + " gives message key \"" + key + "\" " + given
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
