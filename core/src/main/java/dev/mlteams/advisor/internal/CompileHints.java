package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.authoring.Advise;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.parser.DroolsParserException;
import org.drools.drl.parser.DrlParser;

/**
 * What a rule author is told beside Drools' own words where those do not say how to fix the
 * problem: a rule name used twice, a file without the {@code advise} global, a misspelt enum
 * constant or one written without its type, a misspelt field, a class used without an import,
 * a pattern type not imported or taken for Drools' own type of that name, Java in an MVEL consequence.
 * A hint is given only where the error's own text shows which of these it is.
 */
final class CompileHints {

    static final String DUPLICATE = " (rules in one package need distinct names; to replace a rule, "
            + "put yours in your own package and mark it @override)";

    private static final String UNDECLARED_ADVISE = " (each rule file declares the global itself: global "
            + Advise.class.getName() + " " + CompiledRules.ADVISE_GLOBAL + ";)";

    /** For a file that declares it: Drools passes a global into a java consequence only where it sees it used. */
    private static final String UNSEEN_ADVISE = " (the file declares it, but Drools did not see this consequence use it,"
            + " as inside a lambda's braces: use it through a local variable, " + Advise.class.getSimpleName() + " a = "
            + CompiledRules.ADVISE_GLOBAL + ";)";

    /** How MVEL and the Java compiler say that a consequence uses the undeclared global. */
    private static final Pattern UNDECLARED_ADVISE_ERROR = Pattern.compile("KnowledgeHelper\\."
            + CompiledRules.ADVISE_GLOBAL + "\\(\\)|\\b" + CompiledRules.ADVISE_GLOBAL + " cannot be resolved");

    /** MVEL's words for a name it cannot find, as a method of the type it looked in. */
    static final Pattern UNRESOLVED =
            Pattern.compile("\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)]");

    /** MVEL's words for a call, with arguments, to a method the type it looked in lacks. */
    private static final Pattern UNRESOLVED_CALL =
            Pattern.compile("\\[Error: unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\([^)]+\\)]");

    /**
     * For a call to a method {@code type} does not have by that name, the nearest name it has
     * ({@code advise.practise(...)}: "Advise has no method practise; did you mean practice?").
     * Nothing when the name exists (the arguments are what is wrong) or nothing is near.
     */
    private static Optional<String> misspeltMethod(String type, String name, ClassLoader loader) {
        Optional<Class<?>> owner = load(type, loader);
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Set<String> methods = new TreeSet<>();
        for (Method method : owner.get().getMethods()) {
            methods.add(method.getName());
        }
        if (methods.contains(name)) {
            return Optional.empty();
        }
        return meant(methods, name).map(nearest -> " (" + owner.get().getSimpleName() + " has no method " + name
                + "; did you mean " + nearest + "?)");
    }

    /**
     * The Java compiler's words for a name it cannot find in a java-dialect consequence; of a
     * qualified name ({@code PracticeArea.PLANNING cannot be resolved to a type}) the first part.
     */
    static final Pattern JAVA_UNRESOLVED =
            Pattern.compile("(\\w+)(\\.[\\w.]+)? cannot be resolved(?: to a (?:variable|type))?");

    private static final Pattern CONSTANT_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");

    /** Drools' words for a pattern whose type the file does not know. */
    static final Pattern UNRESOLVED_TYPE = Pattern.compile("^Unable to resolve ObjectType '([\\w$]+)'");

    /** The packages of the types rules match and use, where a type named in a file is looked for. */
    private static final List<String> ADVISOR_PACKAGES = List.of(OrgProfile.class.getPackageName(),
            Position.class.getPackageName(), Advise.class.getPackageName(), Archetype.class.getPackageName());

    /** Where MVEL looks up a name used alone in a consequence. */
    private static final String CONSEQUENCE_SCOPE = "KnowledgeHelper";

    private CompileHints() {
    }

    /**
     * {@code message} with a hint added where one helps; {@code drl} is the text of the file it is
     * about (null if unknown), classes are looked up in {@code loader}.
     */
    static String withHints(String message, String drl, ClassLoader loader) {
        return hint(message, drl, loader).map(hint -> placed(message, hint)).orElse(message);
    }

    /** Whether {@code drl} declares a global named {@code name}. */
    static boolean declaresGlobal(String drl, String name) {
        return Pattern.compile("(?m)^\\s*global\\s+[\\w.$]+\\s+" + Pattern.quote(name) + "\\s*;?\\s*$").matcher(drl).find();
    }

    private static Optional<String> hint(String message, String drl, ClassLoader loader) {
        if (message.startsWith("Duplicate rule name")) {
            return Optional.of(DUPLICATE);
        }
        if (UNDECLARED_ADVISE_ERROR.matcher(message).find()) {
            return Optional.of(drl != null && declaresGlobal(drl, CompiledRules.ADVISE_GLOBAL) ? UNSEEN_ADVISE
                    : UNDECLARED_ADVISE);
        }
        Matcher unresolvedType = UNRESOLVED_TYPE.matcher(message);
        if (unresolvedType.find()) {
            String type = unresolvedType.group(1);
            return Optional.of(advisorType(type, loader).map(CompileHints::importHint)
                    .orElse(" (" + type + " is no class this file imports)"));
        }
        Matcher unresolved = UNRESOLVED.matcher(message);
        if (unresolved.find()) {
            Matcher near = CompileProblems.NEAR.matcher(message);
            String owner = unresolved.group(1);
            Optional<String> shadowed = shadowedAdvisorType(owner, loader);
            if (shadowed.isPresent()) {
                return shadowed;
            }
            return unresolvedName(owner.endsWith("." + CONSEQUENCE_SCOPE) ? Optional.empty() : load(owner, loader),
                    unresolved.group(2), near.find() ? near.group(1) : "", drl, loader);
        }
        Matcher call = UNRESOLVED_CALL.matcher(message);
        if (call.find()) {
            return misspeltMethod(call.group(1), call.group(2), loader);
        }
        Matcher javaUnresolved = JAVA_UNRESOLVED.matcher(message);
        if (!javaUnresolved.matches()) {
            return Optional.empty();
        }
        String name = javaUnresolved.group(1);
        // Of a qualified name only a missing import is told: with the type imported, the part
        // after it (OrgProfile.Builder2) is what is wrong, and the message already names it.
        if (javaUnresolved.group(2) != null) {
            return unimportedAdvisorType(name, drl, loader).map(CompileHints::importHint);
        }
        return unresolvedName(Optional.empty(), name, "", drl, loader);
    }

    /**
     * Where MVEL could not read a consequence (or a rule's other code) that holds Java it has no
     * syntax for, and neither the file nor the rule says its dialect is "java", a hint to say so;
     * {@code drl} is the file's text, {@code rule} the rule's name. Typed variables ({@code int n = 3;})
     * are MVEL too: only what MVEL cannot read is taken for Java.
     */
    static Optional<String> javaInMvel(String message, String drl, String rule) {
        Matcher analysed = MVEL_ANALYSIS.matcher(message);
        if (!analysed.find()) {
            return Optional.empty();
        }
        String code = withoutStringsAndComments(analysed.group(1));
        Optional<String> java = JAVA_ONLY.stream().map(pattern -> pattern.matcher(code)).filter(Matcher::find)
                .min(Comparator.comparingInt(Matcher::start))
                .map(found -> "\"" + WHITESPACE.matcher(found.group().strip()).replaceAll(" ") + "\"");
        if (java.isEmpty()) {
            return Optional.empty();
        }
        // Parsed again: the descr of a compiled rule already holds the dialect the build defaulted it to.
        PackageDescr parsed;
        try {
            parsed = new DrlParser().parse(false, drl);
        } catch (DroolsParserException | RuntimeException e) {
            return Optional.empty();
        }
        if (parsed == null) {
            return Optional.empty();
        }
        // The parser gives each rule the file's dialect attribute, the same one, unless it says its own.
        AttributeDescr dialect = parsed.getAttribute("dialect");
        if (parsed.getRules().stream().filter(r -> r.getName().equals(rule))
                .map(r -> r.getAttributes().get("dialect")).anyMatch(own -> own != null && own != dialect)) {
            return Optional.empty();
        }
        String fileDialect = dialect == null ? "" : dialect.getValue().replaceAll("[\"']", "").strip();
        if (fileDialect.isEmpty()) {
            return Optional.of(" (consequences are MVEL unless the file says dialect \"java\"; " + java.get()
                    + " looks like Java: add dialect \"java\" after the imports)");
        }
        return fileDialect.equals("mvel") ? Optional.of(" (the file says dialect \"mvel\", and " + java.get()
                + " looks like Java: make it dialect \"java\")") : Optional.empty();
    }

    /** MVEL's words for code it could not read, which it quotes: "Unable to Analyse Expression CODE:\n[Error: ...". */
    static final Pattern MVEL_ANALYSIS =
            Pattern.compile("^Unable to Analyse Expression (.*?):\\R\\[Error: ", Pattern.DOTALL);

    /** A type in type arguments: {@code String}, {@code List<Integer>}, {@code int[]}. */
    private static final String TYPE_ARGUMENT_TYPE = "[\\w.]+(?:\\s*<[^<>]*>)?(?:\\s*\\[\\s*])*";

    /**
     * Type arguments: {@code <String, List<Integer>>}, {@code <? extends Number>}, {@code <>}; a
     * {@code ?} only as a wildcard, so that {@code a < b ? c > d} is not taken for them.
     */
    private static final String TYPE_ARGUMENTS = "<\\s*(?:(?:\\?(?:\\s+(?:extends|super)\\s+" + TYPE_ARGUMENT_TYPE + ")?|"
            + TYPE_ARGUMENT_TYPE + ")(?:\\s*,\\s*(?:\\?(?:\\s+(?:extends|super)\\s+" + TYPE_ARGUMENT_TYPE + ")?|"
            + TYPE_ARGUMENT_TYPE + "))*)?\\s*>";

    /** Java that MVEL has no syntax for; what a rule's code holds outside its strings and comments. */
    private static final List<Pattern> JAVA_ONLY = List.of(
            // A variable of a generic type: Map<String, Integer> m = ..., for (Map.Entry<K, V> e : ...).
            Pattern.compile("\\b(?:[a-z_]\\w*\\.)*[A-Z]\\w*\\s*" + TYPE_ARGUMENTS
                    + "\\s+[A-Za-z_$][\\w$]*(?=\\s*[=;:])"),
            // An instance of a generic type, or the diamond: new ArrayList<String>(), new HashMap<>().
            Pattern.compile("\\bnew\\s+[\\w.]+\\s*" + TYPE_ARGUMENTS + "(?=\\s*\\()"),
            // A cast to a generic type: (List<String>) o.
            Pattern.compile("\\(\\s*[\\w.]+\\s*" + TYPE_ARGUMENTS + "\\s*\\)"),
            // A lambda: x -> ..., (a, b) -> ..., () -> ....
            Pattern.compile("(?:\\b[A-Za-z_]\\w*|\\([\\w\\s,]*\\))\\s*->"),
            // A method reference: System.out::println, ArrayList::new.
            Pattern.compile("\\b[\\w.]*\\w\\s*::\\s*(?:new\\b|[A-Za-z_]\\w*)"),
            // A final variable: final int n = 3;.
            Pattern.compile("(?<![\\w.$])final\\s+[\\w.]+(?:\\s*" + TYPE_ARGUMENTS
                    + ")?(?:\\s*\\[\\s*])*\\s+[A-Za-z_$][\\w$]*(?=\\s*[=;])"),
            // An anonymous class: new Runnable() { ... }.
            Pattern.compile("\\bnew\\s+[\\w.]+\\s*\\([^()]*\\)\\s*\\{"),
            // A try statement.
            Pattern.compile("\\btry\\s*\\{"));

    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** {@code code} with its strings, characters and comments blanked. */
    private static String withoutStringsAndComments(String code) {
        StringBuilder blanked = new StringBuilder(code.length());
        int i = 0;
        while (i < code.length()) {
            char c = code.charAt(i);
            int end;
            if (code.startsWith("//", i)) {
                end = code.indexOf('\n', i);
                end = end < 0 ? code.length() : end;
            } else if (code.startsWith("/*", i)) {
                end = code.indexOf("*/", i + 2);
                end = end < 0 ? code.length() : end + 2;
            } else if (c == '"' || c == '\'') {
                end = i + 1;
                while (end < code.length() && code.charAt(end) != c) {
                    end += code.charAt(end) == '\\' ? 2 : 1;
                }
                end = Math.min(code.length(), end + 1);
            } else {
                blanked.append(c);
                i++;
                continue;
            }
            blanked.append(" ".repeat(end - i));
            i = end;
        }
        return blanked.toString();
    }

    /**
     * " (@sourc looks like a misspelt @source)" where one of a rule's {@code annotations} is one
     * letter or only case off {@code meant}, or else "": Drools keeps any annotation, so a
     * misspelt one only shows as the one missing.
     */
    static String misspeltAnnotation(Collection<String> annotations, String meant) {
        return annotations.stream()
                .filter(name -> !name.equals(meant) && (name.equalsIgnoreCase(meant)
                        || SyntaxHints.oneEditApart(name.toLowerCase(Locale.ROOT), meant)))
                .sorted().findFirst().map(name -> " (@" + name + " looks like a misspelt @" + meant + ")").orElse("");
    }

    /** {@code hint} after MVEL's "[Error: ...]" line, which it explains, or else at the end. */
    static String placed(String message, String hint) {
        Matcher error = CompileProblems.MVEL_ERROR.matcher(message);
        return error.find() ? message.substring(0, error.end()) + hint + message.substring(error.end()) : message + hint;
    }

    /**
     * Why no {@code name} was found in {@code scope} (the fact type of a condition; empty in a
     * consequence), going by {@code quoted}, the expression MVEL quotes.
     */
    private static Optional<String> unresolvedName(Optional<Class<?>> scope, String name, String quoted,
            String drl, ClassLoader loader) {
        if (Pattern.compile("\\.\\s*" + name + "\\b").matcher(quoted).find()) {
            return qualifiedName(scope, name, quoted);
        }
        // Used alone: a field or method of the fact type, an enum constant or a class. A constant
        // after it (Industry.RETAIL), or any name after an advisor type the file does not import
        // (Industry.valueOf(...)), shows a class, though a field (industry) is named like it; a
        // field with the wrong case before a method (Headcount.intValue()) is still a field.
        Optional<Class<?>> unimported = unimportedAdvisorType(name, drl, loader);
        boolean usedAsClass = Character.isUpperCase(name.charAt(0))
                && (Pattern.compile("\\b" + name + "\\s*\\.\\s*[A-Z][A-Z0-9_]*\\b").matcher(quoted).find()
                        || unimported.isPresent() && Pattern.compile("\\b" + name + "\\s*\\.").matcher(quoted).find());
        if (scope.isPresent() && !usedAsClass) {
            Optional<String> member = memberHint(scope.get(), name);
            if (member.isPresent()) {
                return member;
            }
        }
        if (CONSTANT_NAME.matcher(name).matches()) {
            return constantAlone(scope, name, quoted);
        }
        if (!Character.isUpperCase(name.charAt(0))) {
            return Optional.empty();
        }
        if (unimported.isPresent()) {
            return Optional.of(importHint(unimported.get()));
        }
        return Optional.of(scope.map(type -> " (" + name + " is neither a field of " + type.getSimpleName()
                + " nor a class this file imports)").orElse(" (" + name + " is no name this file knows: a class"
                + " needs an import)"));
    }

    /** A {@code Type.NAME} or {@code value.name}: only a constant its enum lacks has a hint. */
    private static Optional<String> qualifiedName(Optional<Class<?>> scope, String name, String quoted) {
        if (scope.isEmpty() || !scope.get().isEnum()
                || !Pattern.compile("\\b" + scope.get().getSimpleName() + "\\s*\\.\\s*" + name + "\\b").matcher(quoted).find()) {
            return Optional.empty();
        }
        return noSuchConstant(scope.get(), name);
    }

    /**
     * An enum constant written without its type: the enum of the field it is compared with, if the
     * quote shows one, else the one enum that has it among those the fact type and Advise use.
     */
    private static Optional<String> constantAlone(Optional<Class<?>> scope, String name, String quoted) {
        Matcher compared = Pattern.compile("(\\w+)\\s*(?:==|!=|\\bin\\b|\\bnot\\s+in\\b)[^=]*?\\b" + name + "\\b")
                .matcher(quoted);
        if (scope.isPresent() && compared.find()) {
            Optional<Class<?>> fieldType = propertyType(scope.get(), compared.group(1)).filter(Class::isEnum);
            if (fieldType.isPresent()) {
                return constants(fieldType.get()).contains(name) ? Optional.of(withItsType(fieldType.get(), name))
                        : noSuchConstant(fieldType.get(), name);
            }
        }
        Set<Class<?>> candidates = new LinkedHashSet<>();
        scope.ifPresent(type -> candidates.addAll(enumsOf(type.getMethods())));
        candidates.addAll(enumsOf(Advise.class.getMethods()));
        List<Class<?>> having = candidates.stream().filter(type -> constants(type).contains(name)).toList();
        return having.size() == 1 ? Optional.of(withItsType(having.get(0), name)) : Optional.empty();
    }

    private static String withItsType(Class<?> enumType, String name) {
        return " (an enum constant is written with its type: " + enumType.getSimpleName() + "." + name + ")";
    }

    private static Optional<String> noSuchConstant(Class<?> enumType, String name) {
        Set<String> constants = constants(enumType);
        return constants.contains(name) ? Optional.empty() : Optional.of(" (" + enumType.getSimpleName()
                + " has no constant " + name + "; it has " + String.join(", ", constants) + ")");
    }

    /**
     * " (did you mean horizon?)" for a binding to a field {@code type} does not have
     * ({@code $h : HORIZON}), which Drools tells only as "Field Reader does not exist for
     * declaration '$h' in '$h : HORIZON'".
     */
    static Optional<String> misspeltBinding(String message, Class<?> type) {
        Matcher binding = BOUND_FIELD.matcher(message);
        return binding.find() ? memberHint(type, binding.group(1)) : Optional.empty();
    }

    /**
     * For a {@code name} that {@code type} has no member of: " (did you mean horizon?)" where it
     * misspells one, or else, for a name in lower case, " (OrgProfile has no mlStaffCount; the
     * nearest it has is mlStaffTotal)" where one member alone is nearest, a third of its letters
     * or fewer apart.
     */
    private static Optional<String> memberHint(Class<?> type, String name) {
        Optional<String> meant = meantMember(type, name);
        if (meant.isPresent()) {
            return meant.map(member -> " (did you mean " + member + "?)");
        }
        if (name.length() < 3 || !Character.isLowerCase(name.charAt(0))) {
            return Optional.empty();
        }
        String written = name.toLowerCase(Locale.ROOT);
        Map<Integer, List<String>> byDistance = members(type).stream().collect(Collectors.groupingBy(
                member -> Nearest.distance(written, member.toLowerCase(Locale.ROOT)), TreeMap::new, Collectors.toList()));
        return byDistance.entrySet().stream().findFirst()
                .filter(nearest -> nearest.getKey() <= name.length() / 3 && nearest.getValue().size() == 1)
                .map(nearest -> " (" + type.getSimpleName() + " has no " + name + "; the nearest it has is "
                        + nearest.getValue().get(0) + ")");
    }

    /** The field a failed binding names, in Drools' words: "... in '$h : HORIZON' ...". */
    private static final Pattern BOUND_FIELD =
            Pattern.compile("^Field Reader does not exist for declaration '[\\w$]+' in '[\\w$]+\\s*:\\s*(\\w+)'");

    /**
     * The member of {@code type} that {@code name} misspells: the one only case off, or else the
     * only one a letter off (added, dropped, changed or swapped with the next), ignoring case. A
     * name in capitals, as constants are written, or shorter than three letters is only matched
     * by case.
     */
    private static Optional<String> meantMember(Class<?> type, String name) {
        return meant(members(type), name);
    }

    /** Of {@code members}, the one {@code name} misspells, as {@link #meantMember} decides it. */
    private static Optional<String> meant(Set<String> members, String name) {
        Optional<String> byCase = members.stream().filter(m -> m.equalsIgnoreCase(name)).findFirst();
        if (byCase.isPresent() || name.length() < 3 || CONSTANT_NAME.matcher(name).matches()) {
            return byCase;
        }
        String written = name.toLowerCase(Locale.ROOT);
        List<String> oneOff = members.stream()
                .filter(m -> SyntaxHints.oneEditApart(written, m.toLowerCase(Locale.ROOT))).toList();
        return oneOff.size() == 1 ? Optional.of(oneOff.get(0)) : Optional.empty();
    }

    /**
     * The class a pattern's {@code written} type names in {@code drl}: by its full name, an import
     * of it or of its package, the file's package or java.lang; empty if none loads.
     */
    static Optional<Class<?>> patternType(String written, String drl, ClassLoader loader) {
        if (written == null || written.isEmpty()) {
            return Optional.empty();
        }
        if (written.contains(".")) {
            return load(written, loader);
        }
        List<String> candidates = new ArrayList<>();
        for (String name : imports(drl)) {
            if (name.endsWith("." + written)) {
                candidates.add(0, name);
            } else if (name.endsWith(".*")) {
                candidates.add(name.substring(0, name.length() - 1) + written);
            }
        }
        Matcher declared = PACKAGE.matcher(drl);
        if (declared.find()) {
            candidates.add(declared.group(1) + "." + written);
        }
        candidates.add("java.lang." + written);
        return candidates.stream().map(name -> load(name, loader)).flatMap(Optional::stream).findFirst();
    }

    /** What {@code drl} imports, as written, a package's wildcard as {@code pkg.*}. */
    private static List<String> imports(String drl) {
        return IMPORT.matcher(drl).results()
                .map(found -> found.group(1) + (found.group(2) == null ? "" : ".*")).toList();
    }

    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.$]+?)(\\s*\\.\\s*\\*)?\\s*;?\\s*$");

    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");

    /** The names a condition can use for the values of {@code type}: its accessors, as properties. */
    private static Set<String> members(Class<?> type) {
        Set<String> names = new LinkedHashSet<>();
        for (Method method : type.getMethods()) {
            // Not a value of the fact: static factories, hashCode and toString, builders.
            if (method.getParameterCount() == 0 && method.getDeclaringClass() != Object.class
                    && !Modifier.isStatic(method.getModifiers()) && method.getReturnType() != void.class
                    && !Set.of("hashCode", "toString").contains(method.getName())
                    && !method.getReturnType().getSimpleName().endsWith("Builder")) {
                names.add(property(method.getName()));
            }
        }
        return names;
    }

    private static Optional<Class<?>> propertyType(Class<?> type, String property) {
        return Arrays.stream(type.getMethods())
                .filter(m -> m.getParameterCount() == 0 && property(m.getName()).equals(property))
                .<Class<?>>map(Method::getReturnType).findFirst();
    }

    /** {@code getTier} and {@code isLarge} as {@code tier} and {@code large}; a record's {@code horizon} as it is. */
    private static String property(String method) {
        for (String prefix : List.of("get", "is")) {
            if (method.length() > prefix.length() && method.startsWith(prefix)
                    && Character.isUpperCase(method.charAt(prefix.length()))) {
                return Character.toLowerCase(method.charAt(prefix.length())) + method.substring(prefix.length() + 1);
            }
        }
        return method;
    }

    /** The enum types that {@code methods} return or take. */
    private static Set<Class<?>> enumsOf(Method[] methods) {
        Set<Class<?>> enums = new LinkedHashSet<>();
        for (Method method : methods) {
            List<Class<?>> types = new ArrayList<>(List.of(method.getParameterTypes()));
            types.add(method.getReturnType());
            types.stream().filter(Class::isEnum).forEach(enums::add);
        }
        return enums;
    }

    /** The constants' names, read from the enum's fields: asking for the constants would initialise it. */
    private static Set<String> constants(Class<?> enumType) {
        return Arrays.stream(enumType.getDeclaredFields()).filter(Field::isEnumConstant).map(Field::getName)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static String importHint(Class<?> type) {
        return " (the file does not import it: import " + type.getName() + ";)";
    }

    /**
     * The advisor's type named {@code simpleName}, if it has one and {@code drl} (null if unknown)
     * imports it neither by name nor with its package's wildcard.
     */
    private static Optional<Class<?>> unimportedAdvisorType(String simpleName, String drl, ClassLoader loader) {
        List<String> imported = drl == null ? List.of() : imports(drl);
        return advisorType(simpleName, loader)
                .filter(type -> !imported.contains(type.getName()) && !imported.contains(type.getPackageName() + ".*"));
    }

    /**
     * For a pattern of a type the file does not import ({@code Position( $c : count )}), a hint to
     * import the advisor's type of that name: Drools took one of its own that every rule file sees
     * ({@code org.kie.api.definition.type.Position}), and its error names neither.
     */
    static Optional<String> unimportedPatternType(String written, String drl, ClassLoader loader) {
        return unimportedAdvisorType(written, drl, loader).map(type -> load(DROOLS_OWN_TYPES + written, loader)
                .flatMap(own -> shadowedAdvisorType(own.getName(), loader)).orElse(importHint(type)));
    }

    /** The package of Drools' types that every rule file sees without an import. */
    private static final String DROOLS_OWN_TYPES = "org.kie.api.definition.type.";

    /** The advisor's type named {@code simpleName}, if it has one. */
    private static Optional<Class<?>> advisorType(String simpleName, ClassLoader loader) {
        return ADVISOR_PACKAGES.stream().map(pkg -> load(pkg + "." + simpleName, loader)).flatMap(Optional::stream)
                .findFirst();
    }

    /**
     * Where Drools took a type the file did not import for one of its own that every file sees,
     * such as {@code org.kie.api.definition.type.Position}, a hint naming the advisor's type.
     */
    private static Optional<String> shadowedAdvisorType(String owner, ClassLoader loader) {
        if (!owner.startsWith("org.kie.") && !owner.startsWith("org.drools.")) {
            return Optional.empty();
        }
        String simpleName = owner.substring(owner.lastIndexOf('.') + 1);
        return advisorType(simpleName, loader).map(found -> " (" + simpleName + " here is Drools' own " + owner
                + ", which every rule file sees: import " + found.getName() + ";)");
    }

    /** The hint of {@link #shadowedAdvisorType}, as a problem's message holds it. */
    static final Pattern SHADOWED = Pattern.compile("\\(\\w+ here is Drools' own [\\w.$]+, which every rule file sees: "
            + "import ([\\w.$]+);\\)");

    /**
     * Whether {@code message}, hinted as {@code shadowed} (a match of {@link #SHADOWED}), is about a
     * member the advisor's type it names has: the import alone mends it, as it mends the first.
     */
    static boolean aboutMemberOfShadowed(String message, Matcher shadowed) {
        Matcher member = FAILED_BINDING_FIELD.matcher(message);
        Matcher called = UNRESOLVED.matcher(message);
        String name = member.find() ? member.group(1) : called.find() ? called.group(2) : null;
        Optional<Class<?>> type = load(shadowed.group(1), CompileHints.class.getClassLoader());
        // A getter (getCount) reads as its property (count), as the members are listed.
        return name != null && type.isPresent() && members(type.get()).contains(property(name));
    }

    /** The field or method a failed binding names: {@code '$c : count'}, {@code '$e : asEvidence()'}. */
    private static final Pattern FAILED_BINDING_FIELD =
            Pattern.compile("Field Reader does not exist for declaration '[\\w$]+' in '[\\w$]+\\s*:\\s*(\\w+)(?:\\(\\))?'");

    private static Optional<Class<?>> load(String name, ClassLoader loader) {
        try {
            return Optional.of(Class.forName(name, false, loader));
        } catch (ClassNotFoundException | LinkageError e) {
            return Optional.empty();
        }
    }
}
