package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.RuleSetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSafetyTest {

    private static final String SYSTEM = " is not allowed in rule files (process and JVM control, system properties, "
            + "the environment and standard input; of System, rule files may use only out, err, currentTimeMillis, "
            + "nanoTime, arraycopy, identityHashCode and lineSeparator)";
    private static final String REFLECTION = " is not allowed in rule files (reflection and class loading)";

    private static List<String> check(String drl, String... allowed) {
        Set<String> packages = new java.util.TreeSet<>(RuleSafety.BUILT_IN_PACKAGES);
        packages.addAll(List.of(allowed));
        return RuleSafety.check(List.of(new RuleSource("f.drl", drl)), packages).stream()
                .map(RuleSetException.Problem::toString).toList();
    }

    @Test
    void theLibrarysPackagesAndJavaUtilAreAllowed() {
        assertEquals(List.of(), check("""
                package com.acme;
                import dev.mlteams.advisor.OrgProfile;
                import dev.mlteams.advisor.vocabulary.*;
                import java.util.List;
                global dev.mlteams.advisor.authoring.Advise advise;
                rule "r" when OrgProfile( $x : industry ) then java.util.List.of($x); end
                """));
    }

    @Test
    void commentsAndStringsAreNotCode() {
        assertEquals(List.of(), check("""
                package com.acme;
                // System.exit(1) in a comment is harmless
                /* so is new java.io.File("x") */
                rule "Thread about Runtime" when then advise.warning("file.socket", "java.net.URL"); end
                """));
    }

    @Test
    void aDivisionIsNotAComment() {
        assertEquals(List.of("f.drl:2: \"System.exit\"" + SYSTEM), check("""
                rule "r" when then
                    int half = 1/2; System.exit(0);
                end
                """));
    }

    @Test
    void codeRightAfterABlockCommentIsCheckedAtItsOwnLine() {
        // The comment's quote opens no string, and its end is where the code starts again, not a character later.
        assertEquals(List.of("f.drl:2: \"System.exit\"" + SYSTEM), check("""
                rule "r" when then /* a comment over two lines,
                   with a "quote" */System.exit(0);
                    int x = 2*/* Runtime is only named in this comment */3;
                end
                """));
    }

    @Test
    void aFileMayEndInAnyStateOfTheScan() {
        for (String end : List.of("/", "// a comment without a line break", "/* a comment left open",
                "\"a string left open", "\"a string left open after a backslash \\")) {
            assertEquals(List.of(), check("rule \"r\" when then end " + end), end);
        }
    }

    @Test
    void theScanKeepsEveryCharactersPlaceAndEveryLineBreak() {
        assertEquals("x = 1;     \n     ;", RuleSafety.withoutCommentsAndStrings("x = 1; // c\n\"a\\\"\";"));
        assertEquals("x     ", RuleSafety.withoutCommentsAndStrings("x \"ab\\"));
        assertEquals("x  \n  /", RuleSafety.withoutCommentsAndStrings("x/*\n*//"));
    }

    @Test
    void outsideTypesAreRefusedUntilTheirPackageIsAllowed() {
        String drl = """
                package com.acme;
                import com.acme.model.Budget;
                rule "r" when then com.acme.model.Budget.of(1); end
                """;
        assertEquals(List.of(
                "f.drl:2: import com.acme.model.Budget is outside the allowed packages [dev.mlteams.advisor, java.lang, java.math, java.time, "
                        + "java.util] (allow more with Advisor.Builder.allowPackage)",
                "f.drl:3: type com.acme.model.Budget is outside the allowed packages [dev.mlteams.advisor, java.lang, java.math, java.time, "
                        + "java.util] (allow more with Advisor.Builder.allowPackage)"), check(drl));
        assertEquals(List.of(), check(drl, "com.acme.model"));
    }

    @Test
    void theDenyListAppliesEvenInAllowedPackages() {
        assertEquals(List.of("f.drl:2: \"System.exit\"" + SYSTEM,
                "f.drl:3: \"Thread\" is not allowed in rule files (threads)"), check("""
                rule "r" when then
                    System . exit(0);
                    java.lang.Thread.sleep(1);
                end
                """, "java.lang"));
    }

    @Test
    void everyOccurrenceIsListedAtItsOwnLineEvenAtTheStartOfALine() {
        assertEquals(List.of("f.drl:2: \"Runtime\" is not allowed in rule files (process control)",
                "f.drl:3: \"Thread\" is not allowed in rule files (threads)",
                "f.drl:4: \"Thread\" is not allowed in rule files (threads)"), check("""
                rule "r" when then
                Runtime.getRuntime();
                Thread.sleep(1);
                    Thread.sleep(2);
                end
                """));
    }

    @Test
    void anEscapedQuoteDoesNotEndAString() {
        assertEquals(List.of(), check("""
                rule "r" when then advise.warning("a \\" File \\" b", 'c \\' Socket \\' d'); end
                """));
    }

    @Test
    void wildcardImportsOfAllowedPackagesAndPlainJdkTypesAreAllowed() {
        assertEquals(List.of(), check("""
                import java.util.*;
                import dev.mlteams.advisor.*;
                import java.math.BigDecimal;
                declare Note text : java.lang.String when : java.time.LocalDate end
                """));
        assertEquals(List.of(), check("import com.acme.model.*;\n", "com.acme.model"));
    }

    @Test
    void subpackagesOfJavaUtilAndReflectiveLookupsAreRefused() {
        List<String> problems = check("""
                import java.util.logging.FileHandler;
                rule "r" when then
                    Object x = $p.getClass().getClassLoader();
                    $p.getClass().getMethods();
                end
                """);
        assertEquals(5, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains("import java.util.logging.FileHandler is outside"));
        assertEquals(true, problems.stream().anyMatch(p -> p.contains("\"getClassLoader\"")));
        assertEquals(true, problems.stream().anyMatch(p -> p.contains("\"getMethods\"")));
        assertEquals(true, problems.stream().anyMatch(p -> p.contains("\"getClass\"")));
    }

    @Test
    void ofSystemOnlyPrintingClocksAndArrayHelpersAreAllowed() {
        assertEquals(List.of("f.drl:2: \"System.setOut\"" + SYSTEM,
                "f.drl:3: \"System.in\"" + SYSTEM,
                "f.drl:4: \"System.getProperties\"" + SYSTEM,
                "f.drl:5: \"System::gc\"" + SYSTEM,
                "f.drl:6: \"System.?console\"" + SYSTEM), check("""
                rule "r" when then
                    System.setOut(null);
                    Object line = new java.util.Scanner(System.in).nextLine();
                    System.out.println(System.getProperties());
                    Runnable collect = System::gc;
                    Object console = System.?console();
                    System.err.println(System.currentTimeMillis() + System.lineSeparator() + System.nanoTime());
                end
                """));
    }

    @Test
    void classLiteralsAndWaysToAClassOrModuleAreRefusedInJavaAndMvelForms() {
        assertEquals(List.of("f.drl:2: \"Class.class\"" + REFLECTION,
                "f.drl:3: \"String[].class\"" + REFLECTION,
                "f.drl:4: \"getClass\"" + REFLECTION,
                "f.drl:4: \"getModule\"" + REFLECTION,
                "f.drl:5: \"getDeclaringClass\"" + REFLECTION,
                "f.drl:6: \"ServiceLoader\"" + REFLECTION,
                "f.drl:6: \"Object.class\"" + REFLECTION), check("""
                rule "java" dialect "java" when OrgProfile( $h : horizon ) then
                    Object c = Class.class;
                    Object a = String[].class;
                    Object m = $h.getClass().getModule();
                    Object d = $h.getDeclaringClass();
                    java.util.ServiceLoader.load(Object.class);
                end
                """));
        // MVEL reads $x.name as $x.getName(), also after its null-safe ".?".
        assertEquals(List.of("f.drl:1: \"this.class\"" + REFLECTION,
                "f.drl:2: \"declaringClass.module\"" + REFLECTION,
                "f.drl:3: \"$h.?class.classLoader\"" + REFLECTION), check("""
                rule "mvel" dialect "mvel" when OrgProfile( $h : horizon, this.class != null ) then
                    Object m = $h.declaringClass.module;
                    Object l = $h.?class.classLoader;
                end
                """));
    }

    @Test
    void theProfilesDeclaredArchetypeIsNotTakenForAReflectionGetter() {
        // MVEL reads getDeclaredFields() as declaredFields; the profile's own declaredArchetype is no such getter.
        assertEquals(List.of(), check("""
                rule "java" dialect "java" when $p : OrgProfile( this.declaredArchetype.isPresent() ) then
                    Object a = $p.declaredArchetype().get();
                end
                rule "mvel" dialect "mvel" when $p : OrgProfile() then
                    Object a = $p.declaredArchetype;
                end
                """));
        assertEquals(List.of("f.drl:2: \"declaredFields\"" + REFLECTION, "f.drl:3: \"declaredMethods\"" + REFLECTION),
                check("""
                        rule "mvel" dialect "mvel" when $c : Object() then
                            Object f = $c.declaredFields;
                            Object m = $c.?declaredMethods;
                        end
                        """));
    }

    @Test
    void aReflectionGetterAfterMvelsNullSafeDotIsRefusedThoughItReadsLikeAnAllowedPackagesType() {
        // MVEL reads $h.?module.Layer as $h.getModule().getLayer(): "module" is a getter here, not a package,
        // whatever packages are allowed; only a type's inner segments name packages (com.acme.module.Budget).
        String drl = """
                rule "mvel" dialect "mvel" when OrgProfile( $h : horizon ) then
                    Object l = $h.?module.Layer;
                end
                """;
        assertEquals(List.of("f.drl:2: \"module\"" + REFLECTION), check(drl, "module"));
        assertEquals(List.of("f.drl:2: \"module.Layer\"" + REFLECTION), check(drl));
    }

    @Test
    void aGetterOnTheLineAfterItsDotIsReportedAtItsOwnLine() {
        assertEquals(List.of("f.drl:3: \"declaredFields\"" + REFLECTION, "f.drl:5: \"module\"" + REFLECTION), check("""
                rule "mvel" dialect "mvel" when $c : Object() then
                    Object f = $c.
                            declaredFields;
                    Object m = $c.?
                            module;
                end
                """));
    }

    @Test
    void aPackageNamedLikeAPropertyIsNotTakenForAPropertyRead() {
        // Here "module" and "fields" name packages, which the allow-list judges.
        String drl = """
                package com.acme.module.rules;
                import com.acme.module.Thing;
                import com.acme.fields.*;
                rule "r" when then com.acme.fields.Other.of(Thing.NONE); end
                """;
        assertEquals(List.of(), check(drl, "com.acme"));
        assertEquals(List.of("f.drl:2: import com.acme.module.Thing is outside the allowed packages [com.acme.fields, "
                + "dev.mlteams.advisor, java.lang, java.math, java.time, java.util] (allow more with "
                + "Advisor.Builder.allowPackage)"),
                check(drl, "com.acme.fields"));
    }

    @Test
    void jdkClassesThatChangeTheJvmOrReachOutsideAreRefused() {
        assertEquals(List.of(
                "f.drl:2: \"Locale.setDefault\" is not allowed in rule files (JVM settings and system properties)",
                "f.drl:3: \"Integer.getInteger\" is not allowed in rule files (JVM settings and system properties)",
                "f.drl:4: \"Formatter\" is not allowed in rule files (file I/O)",
                "f.drl:5: \"ResourceBundle\"" + REFLECTION,
                "f.drl:6: \"StackWalker\"" + REFLECTION,
                "f.drl:7: \"ModuleLayer\"" + REFLECTION), check("""
                rule "r" when then
                    Locale.setDefault(Locale.CHINA);
                    Integer port = Integer.getInteger("port");
                    new Formatter("/tmp/out").format("x").close();
                    java.util.ResourceBundle.getBundle("x");
                    StackWalker.getInstance();
                    ModuleLayer.boot();
                end
                """));
    }

    @Test
    void theDefaultTimeZoneIsAJvmSettingLikeTheDefaultLocale() {
        assertEquals(List.of("f.drl:2: \"TimeZone.setDefault\" is not allowed in rule files (JVM settings and system"
                + " properties)"), check("""
                rule "r" when then
                    TimeZone.setDefault(TimeZone.getTimeZone("UTC"));
                end
                """));
    }

    @Test
    void mvelsNullSafeGettersOfAClassAreRefusedLikeItsPlainOnes() {
        assertEquals(List.of("f.drl:2: \"declaringClass\"" + REFLECTION), check("""
                rule "mvel" dialect "mvel" when OrgProfile( $h : horizon ) then
                    Object d = $h.?declaringClass;
                end
                """));
    }

    @Test
    void wildcardStaticImportsOfJavaLangAndJavaUtilClassesAreRefused_butOfMathOrObjects() {
        String why = " is not allowed in rule files (a wildcard static import of a java.lang or java.util class: its "
                + "members would be named without their class, which this check reads; import each member you use)";
        assertEquals(List.of("f.drl:1: \"java.lang.System.*\"" + why,
                "f.drl:2: \"java.util.Locale.*\"" + why,
                "f.drl:3: \"System.exit\"" + SYSTEM), check("""
                import static java.lang.System.*;
                import function java.util.Locale.*;
                import function java.lang.System.exit;
                import function java.lang.Math.max;
                import static java.time.temporal.ChronoUnit.*;
                import static java.lang.Math.*;
                import static java.util.Objects.*;
                rule "r" when then Object p = getProperties(); end
                """));
    }

    /** In a java-dialect rule, the string below ends at the escaped quote and System.exit runs. */
    @Test
    void unicodeEscapesAreRefusedEvenInStrings() {
        assertEquals(List.of("f.drl:2: \"\\u0022\" is not allowed in rule files (a Unicode escape: Java reads it before "
                + "strings and comments, so it can hide code from this check; write the character itself)"), check("""
                rule "r" dialect "java" when then
                    String s = "\\u0022; System.exit(1); //";
                    String t = "an escaped backslash, then u0022: \\\\u0022";
                end
                """));
    }

    @Test
    void aUnicodeEscapeWithSeveralUsIsRefusedToo() {
        // Java reads any number of u's in an escape: "\\uuu0022" is a quote.
        assertEquals(List.of("f.drl:2: \"\\uuu0022\" is not allowed in rule files (a Unicode escape: Java reads it"
                + " before strings and comments, so it can hide code from this check; write the character itself)"),
                check("""
                rule "r" dialect "java" when then
                    String s = "\\uuu0022; System.exit(1); //";
                end
                """));
    }

    @Test
    void aNameFinishedByAUnicodeEscapeIsOneReferenceRefusedForItsFirstReason() {
        // File\\u0073 is Files, written with its "s" escaped.
        assertEquals(List.of("f.drl:2: \"File\\u0073\" is not allowed in rule files (file I/O)"), check("""
                rule "r" dialect "java" when then
                    File\\u0073.delete(null);
                end
                """));
    }

    @Test
    void aGetterFinishedByAUnicodeEscapeIsRefusedAsReflectionNotForTheEscape() {
        assertEquals(List.of("f.drl:2: \"declaredFields\\u002e\"" + REFLECTION), check("""
                rule "r" dialect "mvel" when $c : Object() then
                    Object n = $c.declaredFields\\u002esize();
                end
                """));
    }

    @Test
    void outsideTypesJoinedByADotAreOneProblemNamingTheFirst() {
        assertEquals(List.of("f.drl:2: type com.acme.Foo is outside the allowed packages [dev.mlteams.advisor, java.lang, "
                + "java.math, java.time, java.util] (allow more with Advisor.Builder.allowPackage)"), check("""
                rule "r" when then
                    com.acme.Foo. org.acme.Bar.run();
                end
                """));
    }

    @Test
    void aReferenceRefusedForSeveralReasonsIsOneProblemAndALineNamesItOnce() {
        assertEquals(List.of("f.drl:1: \"java.util.concurrent.Executors\" is not allowed in rule files (threads)",
                "f.drl:3: \"java.nio.file.Files\" is not allowed in rule files (file I/O)",
                "f.drl:3: \"java.nio.file.Path\" is not allowed in rule files (file I/O)",
                "f.drl:4: \"Timer\" is not allowed in rule files (threads)"), check("""
                import java.util.concurrent.Executors;
                rule "r" when then
                    java.nio.file.Files.delete(java.nio.file.Path.of("/tmp/x"));
                    java.util.Timer t = new java.util.Timer();
                end
                """));
    }
}
