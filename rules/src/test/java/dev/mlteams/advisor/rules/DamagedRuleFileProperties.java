package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * A rule file damaged the way editing damages one (a character or line lost, doubled, or typed in
 * the wrong place) either builds, or is reported as {@link RuleSetException} problems of that
 * file at lines it has. No other exception escapes {@code build()}, whatever Drools made of it.
 */
class DamagedRuleFileProperties {

    private static final String FILE = "acme.drl";

    /** A user's file with each kind of text the problem reports look into. */
    private static final String RULES = """
            package com.acme.advisor;

            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.vocabulary.*;

            global dev.mlteams.advisor.authoring.Advise advise;

            /* Regulated industries: a reviewer for "risky" models. */
            rule "acme: regulated industries hire an ML risk reviewer"
                @source("P5")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry in (Industry.FINANCIAL_SERVICES, Industry.HEALTHCARE),
                            plannedHires > 0 )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.risk-reviewer", $industry);
            end

            // Replaces the default rule of the same name.
            rule "practice: plan probabilistically"
                @override
                @source("P5, C3")
                ruleflow-group "advise"
                dialect "java"
            when
                OrgProfile( $horizon : horizon, horizon != BusinessHorizon.QUICK_WINS )
            then
                char bracket = '(';
                advise.practice(PracticeArea.PLANNING, "acme.plan-in-bets", $horizon);
            end

            function int twice(int x) {
                return x * 2;
            }

            rule "acme: large teams review their hiring"
                @source("H0.1")
                ruleflow-group "advise"
            when
                OrgProfile( $hires : plannedHires, eval( twice($hires) > 10 ) )
                $total : Number( intValue > 0 ) from accumulate( OrgProfile( $h : headcount ), sum( $h ) )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.hiring-review", $hires);
            end
            """;

    /** A builder with the texts the file's rules name, so that only the damage can fail the build. */
    private static Advisor.Builder withTexts() {
        return Advisor.builder().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.risk-reviewer", "Risk review in {0}."}, {"acme.plan-in-bets", "Bets ({0})."},
                        {"acme.hiring-review", "Review {0} hires."}};
            }
        });
    }

    @Example
    void theUndamagedFileBuilds() {
        assertTrue(withTexts().addRules(FILE, RULES).build().rules().stream()
                .anyMatch(rule -> rule.name().equals("acme: regulated industries hire an ML risk reviewer")));
    }

    @Property(tries = 200)
    void aDamagedFileBuildsOrIsReportedAtItsOwnLines(@ForAll("damagedFiles") String drl) {
        // Checked after the last try: both outcomes must stay common for the property to test both.
        Statistics.coverage(coverage -> {
            coverage.check("built").percentage(p -> p > 5);
            coverage.check("reported").percentage(p -> p > 50);
        });
        int lines = drl.split("\n", -1).length;
        // Whatever the damage, nothing is printed but what Drools' Java parser prints of a slip in
        // a java-dialect consequence ("line 4:1 mismatched character", as the README says).
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream standardOut = System.out;
        PrintStream standardError = System.err;
        PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        try {
            withTexts().addRules(FILE, drl).build();
            Statistics.collect("built");
        } catch (RuleSetException e) {
            Statistics.collect("reported");
            assertFalse(e.problems().isEmpty(), e.getMessage());
            for (RuleSetException.Problem problem : e.problems()) {
                assertTrue(problem.file().equals(FILE), problem.toString());
                assertTrue(problem.line() >= 0 && problem.line() <= lines, problem + " (the file has " + lines + " lines)");
                assertFalse(problem.message().isBlank(), problem.toString());
                assertTrue(e.getMessage().contains(problem.toString()), e.getMessage());
            }
        } finally {
            System.setOut(standardOut);
            System.setErr(standardError);
        }
        printed.toString(StandardCharsets.UTF_8).lines().forEach(line -> assertTrue(
                ANTLR_REPORT.matcher(line).matches(), () -> "printed: " + printed.toString(StandardCharsets.UTF_8)));
    }

    /** How ANTLR, under Drools' Java parser, prints a slip it recovers from. */
    private static final Pattern ANTLR_REPORT = Pattern.compile("line \\d+:\\d+ .*");

    @Provide
    Arbitrary<String> damagedFiles() {
        return damage().list().ofMinSize(1).ofMaxSize(3)
                .map(damages -> damages.stream().reduce(RULES, (text, d) -> d.apply(text), (a, b) -> b));
    }

    /** One slip of the keyboard, anywhere in the text. */
    private static Arbitrary<UnaryOperator<String>> damage() {
        Arbitrary<Double> where = Arbitraries.doubles().between(0, 1);
        Arbitrary<String> typed = Arbitraries.of("(", ")", "[", "]", "{", "}", "\"", "'", ",", ";", "\n", "/*", "//",
                " then ", " end ", " when ", "rule ", "$", ":", ".");
        Arbitrary<UnaryOperator<String>> deleteCharacter = where.map(at -> text -> {
            int i = index(text, at);
            return i < text.length() ? text.substring(0, i) + text.substring(i + 1) : text;
        });
        Arbitrary<UnaryOperator<String>> insert = Combinators.combine(where, typed).as((at, what) -> text -> {
            int i = index(text, at);
            return text.substring(0, i) + what + text.substring(i);
        });
        Arbitrary<UnaryOperator<String>> deleteLine = where.map(at -> text -> {
            List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
            lines.remove(Math.min(lines.size() - 1, (int) (at * lines.size())));
            return String.join("\n", lines);
        });
        Arbitrary<UnaryOperator<String>> doubleLine = where.map(at -> text -> {
            List<String> lines = new java.util.ArrayList<>(List.of(text.split("\n", -1)));
            int k = Math.min(lines.size() - 1, (int) (at * lines.size()));
            lines.add(k, lines.get(k));
            return String.join("\n", lines);
        });
        return Arbitraries.oneOf(deleteCharacter, insert, deleteLine, doubleLine);
    }

    private static int index(String text, double at) {
        return Math.min(text.length(), (int) (at * text.length()));
    }
}
