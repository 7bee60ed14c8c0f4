package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
 *   <li>Deny-list: process control ({@code System.exit}, {@code Runtime}, {@code ProcessBuilder}),
 *       reflection and class loading, threads, and file and network I/O are refused wherever they
 *       appear in code, allowed packages included.</li>
 * </ul>
 * Comments and string literals are ignored, so a message key may say anything.
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

    /** What the deny-list refuses, and why, as shown in the rejection. */
    private record Denied(Pattern pattern, String why) {
    }

    private static final List<Denied> DENIED = List.of(
            denied("System\\s*\\.\\s*(?:exit|halt|load|loadLibrary|setProperty|setSecurityManager|getenv)\\b",
                    "process and JVM control"),
            denied("\\b(?:Runtime|ProcessBuilder|ProcessHandle)\\b", "process control"),
            denied("\\bClass\\s*\\.\\s*forName\\b|\\b(?:getDeclared\\w*|getMethods?|getFields?|getConstructors?"
                    + "|getClassLoader|setAccessible|newInstance|MethodHandles?|\\w*ClassLoader)\\b|\\bjava\\.lang\\.reflect\\b",
                    "reflection and class loading"),
            denied("\\b(?:Thread|ThreadGroup|Executors?|ExecutorService|ForkJoinPool|CompletableFuture|Timer)\\b"
                    + "|\\bjava\\.util\\.concurrent\\b", "threads"),
            denied("\\b(?:File|Files|Paths|FileInputStream|FileOutputStream|FileReader|FileWriter|RandomAccessFile"
                    + "|FileChannel)\\b|\\bjava\\.(?:io|nio)\\b", "file I/O"),
            denied("\\b(?:Socket|ServerSocket|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient"
                    + "|InetAddress)\\b|\\bjava\\.net\\b", "network I/O"));

    private static Denied denied(String regex, String why) {
        return new Denied(Pattern.compile(regex), why);
    }

    private RuleSafety() {
    }

    /** Every reference in {@code sources} outside the allowed packages or on the deny-list. */
    public static List<RuleSetException.Problem> check(List<RuleSource> sources, Set<String> allowedPackages) {
        List<RuleSetException.Problem> problems = new ArrayList<>();
        for (RuleSource source : sources) {
            String code = withoutCommentsAndStrings(source.drl());
            Matcher imports = IMPORT.matcher(code);
            while (imports.find()) {
                String name = imports.group(1);
                if (!allowed(name, allowedPackages)) {
                    problems.add(problem(source, code, imports.start(1), "import " + name
                            + " is outside the allowed packages " + describe(allowedPackages)));
                }
            }
            String body = PACKAGE_DECLARATION.matcher(IMPORT.matcher(code).replaceAll(m -> blank(m.group())))
                    .replaceAll(m -> blank(m.group()));
            Matcher qualified = QUALIFIED.matcher(body);
            while (qualified.find()) {
                String type = qualified.group(1) + qualified.group(2);
                if (!allowed(type, allowedPackages)) {
                    problems.add(problem(source, code, qualified.start(), "type " + type
                            + " is outside the allowed packages " + describe(allowedPackages)));
                }
            }
            for (Denied denied : DENIED) {
                Matcher m = denied.pattern().matcher(code);
                while (m.find()) {
                    problems.add(problem(source, code, m.start(), "\"" + m.group().replaceAll("\\s+", "")
                            + "\" is not allowed in rule files (" + denied.why() + ")"));
                }
            }
        }
        return problems;
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
            } else if (c == '"' || c == '\'') {
                out.append(' ');
                i++;
                while (i < drl.length() && drl.charAt(i) != c && drl.charAt(i) != '\n') {
                    if (drl.charAt(i) == '\\' && i + 1 < drl.length()) {
                        out.append(' ');
                        i++;
                    }
                    out.append(' ');
                    i++;
                }
                if (i < drl.length() && drl.charAt(i) == c) {
                    out.append(' ');
                    i++;
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
