package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.authoring.Advise;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a rule author is told beside Drools' own words where those do not say how to fix the
 * problem: a rule name used twice, a file without the {@code advise} global, a misspelt enum
 * constant or one written without its type, a class used without an import.
 */
final class CompileHints {

    static final String DUPLICATE = " (rules in one package need distinct names; to replace a rule, "
            + "put yours in your own package and mark it @override)";

    private static final String UNDECLARED_ADVISE = " (each rule file declares the global itself: global "
            + Advise.class.getName() + " " + CompiledRules.ADVISE_GLOBAL + ";)";

    /** MVEL's words for a name it cannot find, as a method of the type it looked in. */
    private static final Pattern UNRESOLVED =
            Pattern.compile("\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)]");

    /** The Java compiler's words for a name it cannot find in a java-dialect consequence. */
    private static final Pattern JAVA_UNRESOLVED = Pattern.compile("(\\w+) cannot be resolved(?: to a variable)?");

    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    private CompileHints() {
    }

    /** {@code message} with a hint added where one helps; classes are looked up in {@code loader}. */
    static String withHints(String message, ClassLoader loader) {
        return hint(message, loader).map(hint -> placed(message, hint)).orElse(message);
    }

    private static Optional<String> hint(String message, ClassLoader loader) {
        if (message.startsWith("Duplicate rule name")) {
            return Optional.of(DUPLICATE);
        }
        // How MVEL and Java consequences say that the file does not declare the global.
        if (message.contains("KnowledgeHelper." + CompiledRules.ADVISE_GLOBAL + "()")
                || message.contains(CompiledRules.ADVISE_GLOBAL + " cannot be resolved")) {
            return Optional.of(UNDECLARED_ADVISE);
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            return unresolvedName(load(unresolved.group(1), loader), unresolved.group(2));
        }
        Matcher javaUnresolved = JAVA_UNRESOLVED.matcher(message);
        return javaUnresolved.matches() ? unresolvedName(Optional.empty(), javaUnresolved.group(1)) : Optional.empty();
    }

    /** {@code hint} after MVEL's "[Error: ...]" line, which it explains, or else at the end. */
    private static String placed(String message, String hint) {
        Matcher error = MVEL_ERROR.matcher(message);
        return error.find() ? message.substring(0, error.end()) + hint + message.substring(error.end()) : message + hint;
    }

    private static final Pattern MVEL_ERROR = Pattern.compile("(?m)^\\[Error: .*]$");

    /**
     * Why no {@code name} was found (by MVEL, in {@code type}): a constant its enum lacks, an enum
     * constant written without its type (found among the enums {@code type} and {@link Advise}
     * use), or a class the file does not import.
     */
    private static Optional<String> unresolvedName(Optional<Class<?>> type, String name) {
        if (type.isPresent() && type.get().isEnum()) {
            Set<String> constants = constants(type.get());
            return constants.contains(name) ? Optional.empty()
                    : Optional.of(" (" + type.get().getSimpleName() + " has no constant " + name + "; it has "
                            + String.join(", ", constants) + ")");
        }
        Set<Class<?>> enums = new LinkedHashSet<>();
        type.ifPresent(t -> enums.addAll(enumsOf(t.getMethods())));
        enums.addAll(enumsOf(Advise.class.getMethods()));
        for (Class<?> candidate : enums) {
            if (constants(candidate).contains(name)) {
                return Optional.of(" (an enum constant is written with its type: " + candidate.getSimpleName() + "."
                        + name + ")");
            }
        }
        if (!CONSTANT_NAME.matcher(name).matches() && Character.isUpperCase(name.charAt(0))) {
            return Optional.of(" (" + name + " is no name this file knows: a class needs an import)");
        }
        return Optional.empty();
    }

    /** The enum types that {@code methods} return or take. */
    private static Set<Class<?>> enumsOf(Method[] methods) {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Method method : methods) {
            if (method.getReturnType().isEnum()) {
                enums.add(method.getReturnType());
            }
            Arrays.stream(method.getParameterTypes()).filter(Class::isEnum).forEach(enums::add);
        }
        return enums;
    }

    private static Set<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(constant -> ((Enum<?>) constant).name())
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Optional<Class<?>> load(String name, ClassLoader loader) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
