package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.RuleSetException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleSafetyTest {

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
        assertEquals(List.of("f.drl:2: \"System.exit\" is not allowed in rule files (process and JVM control)",
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
        assertEquals(3, problems.size(), problems.toString());
        assertEquals(true, problems.get(0).contains("import java.util.logging.FileHandler is outside"));
        assertEquals(true, problems.stream().anyMatch(p -> p.contains("\"getClassLoader\"")));
        assertEquals(true, problems.stream().anyMatch(p -> p.contains("\"getMethods\"")));
    }
}
