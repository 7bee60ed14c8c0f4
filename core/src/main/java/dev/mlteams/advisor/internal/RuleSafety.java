package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A check of user-supplied rule files for references a rule about team design never needs.
 * A guard against mistakes and careless copy-paste, not a sandbox: DRL can still reach any
 * class the JVM can, through means this text scan does not see.
 *
 * <ul>
 *   <li>Allow-list: every import and every fully qualified type must be in this library's
 *       packages, a class of {@code java.util} or {@code java.lang} (not their subpackages),
 *       {@code java.math}, {@code java.time}, or a package the user allowed.</li>
 *   <li>Deny-list: process and JVM control ({@code Runtime}, {@code ProcessBuilder}, every member
 *       of {@code System} but printing, clocks and a few pure helpers), system properties, reflection
 *       and class loading (class literals and {@code getClass} among them), threads, and file,
 *       network and standard input I/O are refused wherever they appear in code, allowed packages
 *       included, and so are wildcard static imports of {@code java.lang} and {@code java.util}
 *       classes (but Math, StrictMath, Objects, Arrays and Collections), whose members the code
 *       then names without their class.</li>
 * </ul>
 * Comments and string literals are ignored, so a message key may say anything; Unicode escapes
 * are refused everywhere, since Java reads them before it sees strings and comments. A
 * reference refused by several of these is one problem, and a line repeating a refused
 * reference has it once.
 */
public final class RuleSafety {

    /** Packages every rule file may use: this library's, and plain value types of the JDK. */
    public static final Set<String> BUILT_IN_PACKAGES = Set.of("dev.mlteams.advisor", "java.util", "java.lang",
            "java.math", "java.time");

    /** Built-in packages whose classes are allowed but not their subpackages (java.util.logging, java.lang.reflect ...). */
    private static final Set<String> CLASSES_ONLY = Set.of("java.util", "java.lang");

    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(?:static\\s+|function\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;?\\s*$",
            Pattern.MULTILINE);
    /** A package-qualified type: lower-case segments, then a capitalised name. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.$])((?:[a-z_][a-z0-9_]*\\.)+)([A-Z]\\w*)");
    private static final Pattern PACKAGE_DECLARATION = Pattern.compile("^\\s*package\\s+[\\w.]+\\s*;?", Pattern.MULTILINE);

    /** A member access: Java's dot, MVEL's null-safe dot, or a method reference. */
    private static final String MEMBER = "\\s*(?:\\.\\??|::)\\s*";
    /** What rule code may use of System: printing, clocks and a few pure helpers. The rest controls the JVM or reads it. */
    private static final List<String> SYSTEM_ALLOWED = List.of("out", "err", "currentTimeMillis", "nanoTime",
            "arraycopy", "identityHashCode", "lineSeparator");
    /** A Unicode escape Java would read, which can close a string or end a comment the scan skips. */
    private static final Pattern UNICODE_ESCAPE = Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*(\\\\u+\\p{XDigit}{4})");

    private static final String REFLECTION = "reflection and class loading";

    /** What the deny-list refuses, and why, as shown in the rejection; earlier entries say it better. */
    private record Denied(Pattern pattern, String why) {
    }

    private static final List<Denied> DENIED = List.of(
            denied("\\bSystem" + MEMBER + "(?!(?:" + String.join("|", SYSTEM_ALLOWED) + ")\\b)\\w+",
                    "process and JVM control, system properties, the environment and standard input; of System, "
                            + "rule files may use only "
                            + String.join(", ", SYSTEM_ALLOWED.subList(0, SYSTEM_ALLOWED.size() - 1)) + " and "
                            + SYSTEM_ALLOWED.get(SYSTEM_ALLOWED.size() - 1)),
            denied("\\b(?:(?:Locale|TimeZone)" + MEMBER + "setDefault|Integer" + MEMBER + "getInteger|Long" + MEMBER
                    + "getLong|Boolean" + MEMBER + "getBoolean)\\b", "JVM settings and system properties"),
            denied("\\b(?:Runtime|ProcessBuilder|ProcessHandle)\\b", "process control"),
            // A class literal with its type (Object.class); the getters' MVEL property forms are PROPERTY_FORMS.
            denied("[\\w$]+(?:\\s*\\[\\s*])*" + MEMBER + "class\\b"
                    + "|\\b(?:Class|Module|ModuleLayer|StackWalker|ServiceLoader|ResourceBundle|MethodHandles?"
                    + "|\\w*ClassLoader)\\b"
                    + "|\\bget(?:Class|DeclaringClass|Module|Declared\\w*|Methods?|Fields?|Constructors?)\\b"
                    + "|\\b(?:setAccessible|newInstance)\\b|\\bjava\\.lang\\.reflect\\b",
                    REFLECTION),
            denied("\\b(?:Thread|ThreadGroup|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b"
                    + "|\\bjava\\.util\\.concurrent\\b", "threads"),
            // java.util.Formatter opens and writes a file when given a file name.
            denied("\\b(?:File|Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
                    + "|FileChannel|Formatter)\\b|\\bjava\\.(?:io|nio)\\b", "file I/O"),
            denied("\\b(?:Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient"
                    + "|InetAddress)\\b|\\bjava\\.net\\b", "network I/O"),
            // Math, StrictMath, Objects, Arrays and Collections hold nothing this check refuses.
            denied("(?<=\\bimport\\s{1,40}(?:static|function)\\s{1,40})java\\.(?:lang|util)\\."
                    + "(?!(?:Math|StrictMath|Objects|Arrays|Collections)\\.\\*)[A-Z][\\w.]*\\.\\*",
                    "a wildcard static import of a java.lang or java.util class: its members would be named without "
                            + "their class, which this check reads; import each member you use"));

    /**
     * MVEL's property forms of the reflection getters ($x.class, $c.classLoader), also after its
     * null-safe ".?". Only the getters without parameters have one, so "declared" names its five, not
     * the profile's declaredArchetype. Refused in code, but not in a package's or type's name
     * ({@code com.acme.module.Budget}), which the allow-list judges. Group 1 is the name, where the
     * reference starts: a name on the line after its dot is reported at its own line.
     */
    private static final Denied PROPERTY_FORMS = denied("(?<=\\.|\\.\\?)\\s*(class|declaringClass|classLoader|module"
            + "|declared(?:Annotations|Classes|Constructors|Fields|Methods)|methods|fields|constructors)\\b", REFLECTION);

    private static Denied denied(String regex, String why) {
        return new Denied(Pattern.compile(regex, Pattern.MULTILINE), why);
    }

    /**
     * A refused reference and its place in the file. {@code rank} orders the reasons, best first:
     * a {@link #DENIED} index, then {@link #PROPERTY_FORMS}, then a Unicode escape, then
     * {@link Integer#MAX_VALUE} for a reference only outside the allowed packages, whose
     * {@code message} is the whole problem; for the others it is the reason.
     */
    private record Refusal(int start, int end, int rank, String message) {
    }

    private RuleSafety() {
    }

    /** Every reference in {@code sources} outside the allowed packages or on the deny-list. */
    public static List<RuleSetException.Problem> check(List<RuleSource> sources, Set<String> allowedPackages) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            String code = withoutCommentsAndStrings(source.drl());
            List<Refusal> refusals = new ArrayList<>();
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                String name = imports.group(1);
                if (!allowed(name, allowedPackages)) {
                    refusals.add(new Refusal(imports.start(1), imports.end(1), Integer.MAX_VALUE, "import " + name
                            + " is outside the allowed packages " + describe(allowedPackages)));
                }
            }
            String body = PACKAGE_DECLARATION.matcher(IMPORT.matcher(code).replaceAll(m -> blank(m.group())))
                    .replaceAll(m -> blank(m.group()));
            List<MatchResult> types = new ArrayList<>();
            Matcher qualified = QUALIFIED.matcher(body);
            while (qualified.find()) {
                types.add(qualified.toMatchResult());
                String type = qualified.group(1) + qualified.group(2);
                if (!allowed(type, allowedPackages)) {
                    refusals.add(new Refusal(qualified.start(), qualified.end(), Integer.MAX_VALUE, "type " + type
                            + " is outside the allowed packages " + describe(allowedPackages)));
                }
            }
            for (int i = 0; i < DENIED.size(); i++) {
                Matcher m = DENIED.get(i).pattern().matcher(code);
                while (m.find()) {
                    refusals.add(new Refusal(m.start(), m.end(), i, DENIED.get(i).why()));
                }
            }
            Matcher property = PROPERTY_FORMS.pattern().matcher(body);
            while (property.find()) {
                int at = property.start(1);
                // Inside a type it names a package (com.acme.module.Budget); at a "type"'s start, right
                // after MVEL's ".?" ($h.?module.Layer), it is a getter whatever the allowed packages.
                if (types.stream().noneMatch(type -> type.start() < at && at < type.end())) {
                    refusals.add(new Refusal(at, property.end(), DENIED.size(), PROPERTY_FORMS.why()));
                }
            }
            Matcher escapes = UNICODE_ESCAPE.matcher(source.drl());
            while (escapes.find()) {
                refusals.add(new Refusal(escapes.start(1), escapes.end(1), DENIED.size() + 1, "a Unicode escape: Java "
                        + "reads it before strings and comments, so it can hide code from this check; write the "
                        + "character itself"));
            }
            problems.addAll(problems(source, code, refusals));
        }
        return problems;
    }

    /**
     * One problem per reference, in the order of the file: refusals of one dotted name
     * ({@code java.nio.file.Files}: outside, "java.nio", "Files") are one, named in full and
     * refused for the deny-list's first reason; the same problem twice on a line is listed once.
     */
    private static Collection<RuleSetException.Problem> problems(RuleSource source, String code,
            List<Refusal> refusals) {
        refusals.sort(Comparator.comparingInt(Refusal::start));
        Set<RuleSetException.Problem> problems = new LinkedHashSet<>();
        int i = 0;
        while (i < refusals.size()) {
            int start = refusals.get(i).start();
            int end = refusals.get(i).end();
            Refusal reason = refusals.get(i);
            int next = i + 1;
            for (; next < refusals.size() && joined(code, end, refusals.get(next).start()); next++) {
                end = Math.max(end, refusals.get(next).end());
                if (refusals.get(next).rank() < reason.rank()) {
                    reason = refusals.get(next);
                }
            }
            String message = reason.rank() == Integer.MAX_VALUE ? reason.message()
                    : "\"" + source.drl().substring(start, end).replaceAll("\\s+", "")
                            + "\" is not allowed in rule files (" + reason.message() + ")";
            problems.add(problem(source, code, start, message));
            i = next;
        }
        return problems;
    }

    /** Whether a reference starting at {@code start} is part of the one ending at {@code end}, or a member of it. */
    private static boolean joined(String code, int end, int start) {
        return start <= end || code.substring(end, start).matches(MEMBER);
    }

    /**
     * Whether a type or import is in an allowed package: the package itself (a wildcard import),
     * a class in it, or, except for {@link #CLASSES_ONLY} packages, anything below it.
     */
    private static boolean allowed(String qualifiedName, Set<String> allowedPackages) {
        for (String p : allowedPackages) {
            if (qualifiedName.equals(p)) {
                return true;
            }
            if (qualifiedName.startsWith(p + ".")) {
                String rest = qualifiedName.substring(p.length() + 1);
                // For java.util and java.lang, only classes (and their nested classes) directly in the package.
                if (!CLASSES_ONLY.contains(p) || Character.isUpperCase(rest.charAt(0))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String describe(Set<String> allowedPackages) {
        return allowedPackages.stream().sorted().toList() + " (allow more with Advisor.Builder.allowPackage)";
    }

    private static RuleSetException.Problem problem(RuleSource source, String code, int offset, String message) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (code.charAt(i) == '\n') {
                line++;
            }
        }
        return new RuleSetException.Problem(source.name(), line, Optional.empty(), message);
    }

    private static String blank(String text) {
        return Matcher.quoteReplacement(text.replaceAll("[^\\n]", " "));
    }

    /** The text with comments and string literals replaced by spaces; lines keep their numbers. */
    static String withoutCommentsAndStrings(String drl) {
        return withoutComments(drl, true);
    }

    /**
     * The text with comments replaced by spaces, and with {@code strings}, string literals and
     * text blocks too; lines keep their numbers and every character its place. Otherwise a string
     * is kept as written, quotes and all.
     */
    static String withoutComments(String drl, boolean strings) {
        StringBuilder out = new StringBuilder(drl.length());
        int i = 0;
        while (i < drl.length()) {
            char c = drl.charAt(i);
            if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '/') {
                while (i < drl.length() && drl.charAt(i) != '\n') {
                    out.append(' ');
                    i++;
                }
            } else if (c == '/' && i + 1 < drl.length() && drl.charAt(i + 1) == '*') {
                int end = drl.indexOf("*/", i + 2);
                end = end < 0 ? drl.length() : end + 2;
                for (; i < end; i++) {
                    out.append(drl.charAt(i) == '\n' ? '\n' : ' ');
                }
            } else if (drl.startsWith("\"\"\"", i)) {
                // A Java text block (the java dialect's) runs over lines to its closing quotes.
                int end = drl.indexOf("\"\"\"", i + 3);
                end = end < 0 ? drl.length() : end + 3;
                String block = drl.substring(i, end);
                out.append(strings ? block.replaceAll("[^\\n]", " ") : block);
                i = end;
            } else if (c == '"' || c == '\'') {
                int start = i;
                i++;
                while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    i += drl.charAt(i) == '\\' && i + 1 < drl.length() ? 2 : 1;
                }
                if (i < drl.length() && drl.charAt(i) == c) {
                    i++;
                }
                String literal = drl.substring(start, Math.min(i, drl.length()));
                out.append(strings ? literal.replaceAll("[^\\n]", " ") : literal);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
