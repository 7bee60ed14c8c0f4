package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.util.ArrayList;
import java.util.Collection;
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

    /** An {@code advise} call; {@code signal} names a derived fact, not a text. */
    private static final Pattern CALL = Pattern.compile("(?<![\\w.$])advise\\s*\\.\\s*(\\w+)\\s*\\(");
    /** The {@code then} of a consequence line, after any blank space. */
    private static final Pattern THEN = Pattern.compile("\\s*then\\b");
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
            for (RuleDescr rule : parsed.getRules()) {
                if (rule.getConsequence() == null) {
                    continue;
                }
                String consequence = rule.getConsequence().toString();
                String code = RuleSafety.withoutComments(consequence, false);
                int firstLine = firstLine(file.drl(), rule);
                Matcher call = CALL.matcher(code);
                while (call.find()) {
                    if (call.group(1).equals("signal")) {
                        continue;
                    }
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
     * after {@code then}, and no offset: it starts at the first character after the {@code then}
     * on the rule's consequence line that is not blank, there or on a later line.
     */
    private static int firstLine(String drl, RuleDescr rule) {
        int line = rule.getConsequenceLine();
        int at = 0;
        for (int l = 1; l < line && at >= 0; l++) {
            at = drl.indexOf('\n', at) + 1;
            if (at == 0) {
                at = -1;
            }
        }
        Matcher then = at < 0 ? null : THEN.matcher(drl).region(at, drl.length());
        if (then == null || !then.lookingAt()) {
            return line + 1;
        }
        int start = then.end();
        while (start < drl.length() && Character.isWhitespace(drl.charAt(start))) {
            if (drl.charAt(start) == '\n') {
                line++;
            }
            start++;
        }
        return line;
    }

    /** What is wrong with one call, if anything: the first problem its key has in some language. */
    private static Optional<String> check(String method, List<String> args, List<MessageBundle> bundles,
            boolean sayLanguage) {
        int at = -1;
        for (int i = 0; i < args.size() && at < 0; i++) {
            if (args.get(i).startsWith("\"")) {
                at = i;
            }
        }
        Matcher key = at < 0 ? null : KEY.matcher(args.get(at));
        if (key == null || !key.matches()) {
            return Optional.empty();
        }
        String name = key.group(1);
        int given = args.size() - at - 1;
        List<MessageBundle> lacking = bundles.stream().filter(b -> b.text(name).isEmpty()).toList();
        if (lacking.size() == bundles.size()) {
            return Optional.of("advise." + method + " names message key \"" + name + "\", which the message bundle"
                    + " lacks" + bundles.get(0).nearestKey(name).map(near -> " (did you mean \"" + near + "\"?)")
                            .orElse(""));
        }
        for (MessageBundle bundle : bundles) {
            String in = sayLanguage ? " in " + bundle.language() : "";
            if (bundle.text(name).isEmpty()) {
                return Optional.of("advise." + method + " names message key \"" + name + "\", which has no text" + in);
            }
            int used;
            try {
                used = bundle.arguments(name);
            } catch (MessageBundle.UnreadableText e) {
                // An unreadable text is reported where its file is read.
                continue;
            }
            if (given < used) {
                return Optional.of("advise." + method + " gives message key \"" + name + "\" " + given
                        + (given == 1 ? " argument" : " arguments") + ", but its text" + in + " uses " + used + ": \""
                        + bundle.text(name).orElse("") + "\"");
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
