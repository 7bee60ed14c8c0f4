package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.RuleSetException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A parser error names the token where the parser gave up; the slip that led there, where the
 * file's text shows it, is named beside it. The rules start at line 7, after the header.
 */
class SyntaxHintsTest {

    private static final String OK_RULE = """
            rule "ok"
                @source("T1")
            when
                OrgProfile( $industry : industry )
            then
                advise.risk("m.risk", "m.fix", $industry);
            end
            """;

    /** A rule with a parser error of its own, which no slip in the text above it explains. */
    private static final String BROKEN_RULE = """
            rule "broken"
                @source("T1")
            when
                OrgProfile( headcount > )
            then
            end
            """;

    /** Two consequences with a string left open: each quote between them pairs with the wrong one. */
    private static final String TWO_STRINGS_LEFT_OPEN = """
            rule "first"
                @source("T1")
            when
                OrgProfile( $industry : industry )
            then
                advise.risk("m.risk", "m.fix, $industry);
            end
            """ + OK_RULE + """
            rule "third"
                @source("T1")
            when
                OrgProfile( $industry : industry )
            then
                advise.risk("m.risk", "m.fix, $industry);
            end
            """;

    @Test
    void aBracketLeftOpen_isNamedWhereItOpens_theErrorKeepsItsLine() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "open"
                    @source("T1")
                when
                    OrgProfile( $industry : industry in (Industry.RETAIL, Industry.HEALTHCARE,
                                headcount > 10 )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """ + OK_RULE);

        assertEquals(12, problem.line(), problem.toString());
        assertEquals(Optional.of("open"), problem.rule());
        assertTrue(problem.message().startsWith("[ERR 102] Line 12:0 mismatched input 'then'"), problem.toString());
        assertTrue(problem.message().endsWith(" (the '(' after OrgProfile on line 10 is never closed)"),
                problem.toString());
    }

    @Test
    void ofTwoBracketsLeftOpen_theFirstIsNamed() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "two open"
                    @source("T1")
                when
                    OrgProfile( $industry : industry in (Industry.RETAIL
                then
                end
                """);

        assertTrue(problem.message().endsWith(" (the '(' after OrgProfile on line 10 is never closed)"),
                problem.toString());
    }

    @Test
    void aClosingBracketOfTheWrongKind_isNamedWithTheBracketItMeetsInstead() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "wrong bracket"
                    @source("T1")
                when
                    OrgProfile( $industry : industry in (Industry.RETAIL] )
                then
                end
                """);

        assertTrue(problem.message().endsWith(" (the ']' on line 10 does not close the '(' after in on line 10)"),
                problem.toString());
    }

    @Test
    void aClosingBracketWithNothingOpen_isNamed() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "stray"
                    @source("T1")
                when
                    OrgProfile( $industry : industry ))
                then
                end
                """);

        assertTrue(problem.message().endsWith(" (the ')' on line 10 closes nothing)"), problem.toString());
    }

    @Test
    void aBracketLeftOpenOrClosingNothingInAConsequence_isNotNamedForAParserErrorElsewhere() {
        // The parser reads a consequence to its 'end' without pairing brackets; MVEL reports them.
        RuleSetException.Problem open = onlyProblem("""
                rule "a"
                    @source("T1")
                when
                    OrgProfile( $h : headcount )
                then
                    advise.risk("m.risk", "m.fix", $h;
                end
                rule "b"
                    @source("T1")
                when
                    OrgProfile( headcount > )
                then
                end
                """);
        assertEquals(17, open.line(), open.toString());
        assertTrue(open.message().endsWith("no viable alternative at input ')' in rule \"b\""), open.toString());

        RuleSetException.Problem closingNothing = onlyProblem("""
                rule "a"
                    @source("T1")
                when
                    OrgProfile( $h : headcount )
                then
                    advise.risk("m.risk", "m.fix", $h));
                end
                rule "b"
                    @source("T1")
                when
                    OrgProfile( $industry : industry
                then
                end
                """);
        assertTrue(closingNothing.message().endsWith(" (the '(' after OrgProfile on line 17 is never closed)"),
                closingNothing.toString());
    }

    @Test
    void aStringWithoutItsClosingQuote_isNamedByItsLine() {
        List<RuleSetException.Problem> problems = problems("""
                rule "quote"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk, "m.fix", $industry);
                end
                """);

        String hint = " (the string begun with \" on line 12 does not end on that line)";
        assertTrue(problems.get(0).message().endsWith(hint), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.message().contains(hint)).count(),
                "said once, by the first error after it: " + problems);
        // The string swallowed the rest of the file: the parser's error at its end would only say so again.
        assertEquals(1, problems.size(), problems.toString());
    }

    @Test
    void theErrorAtTheEndOfAFileThatAStringLeftOpenRunsTo_isLeftOut_onlyOnceTheStringIsPointedAt() {
        List<RuleSetException.Problem> problems = problems("""
                rule "registry
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                end
                """ + OK_RULE);

        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().endsWith(" (the string begun with \" on line 7 does not end on that line)"),
                problems.toString());
        // Without a string left open, the end of the file is the problem itself: a rule without its end.
        List<RuleSetException.Problem> noEnd = problems("""
                rule "no end"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                """);
        assertFalse(noEnd.isEmpty(), noEnd.toString());
    }

    @Test
    void aStringOverSeveralLines_isNotLeftOpen_forDroolsReadsItToItsClosingQuote() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "described"
                    @source("T1")
                    @description("one line,
                        and another")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry + " (
                        ]");
                end
                rule "missing comma"
                    @source("T1")
                when
                    OrgProfile( $industry : industry
                                headcount > 3 )
                then
                end
                """);

        assertEquals(21, problem.line(), problem.toString());
        assertFalse(problem.message().contains(" ("), problem.toString());
    }

    @Test
    void aStringLeftOpen_isNamedByTheFirstErrorAfterItByLine_notByTheParsersOrder() {
        List<RuleSetException.Problem> problems = problems(OK_RULE.replace("\"ok\"", "\"parent\"") + """
                rule "child" extends "parent
                    @source("T1")
                when
                    OrgProfile()
                then
                end
                """);

        String hint = " (the string begun with \" on line 14 does not end on that line)";
        assertEquals(15, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().endsWith(hint), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.message().contains(hint)).count(), problems.toString());
    }

    @Test
    void aCommentLeftOpen_isNamed() {
        List<RuleSetException.Problem> problems = problems("""
                rule "comment"
                    @source("T1")
                when
                    /* the company's profile
                    OrgProfile( $industry : industry )
                then
                end
                """);

        assertTrue(problems.get(0).message().endsWith(" (the comment begun with /* on line 10 is never closed)"),
                problems.toString());
    }

    @Test
    void aHashComment_isToldHowToWriteAComment_andTheStringItsApostropheOpens_isNamedByTheNextError() {
        List<RuleSetException.Problem> problems = problems("# the company's own rules\n" + OK_RULE);

        assertEquals(2, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().endsWith(" (a comment begins with // or /*, not #)"), problems.toString());
        assertTrue(problems.get(1).message().endsWith(" (the string begun with ' on line 7 does not end on that line)"),
                problems.toString());
    }

    @Test
    void aRuleWithoutThen_isToldSo() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "no then"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """);

        assertEquals(Optional.of("no then"), problem.rule());
        assertTrue(problem.message().endsWith(" (rule \"no then\" has no 'then' before its 'end')"), problem.toString());
    }

    @Test
    void anUnexpectedEnd_inARuleWithThen_getsNoHint() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "then"
                    @source("T1")
                when
                    OrgProfile( $industry : industry ) from
                then
                end
                """);

        assertTrue(problem.message().endsWith("mismatched input 'end' in rule \"then\""), problem.toString());
    }

    @Test
    void ofTwoRulesWithOneName_theOneWithTheErrorIsJudged() {
        RuleSetException.Problem problem = onlyProblem(OK_RULE + """
                rule "ok"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                end
                """);

        assertEquals(18, problem.line(), problem.toString());
        assertTrue(problem.message().endsWith(" (rule \"ok\" has no 'then' before its 'end')"), problem.toString());
    }

    @Test
    void aRuleWithoutEnd_beforeTheNextRule_isToldWhereTheNextOneStarts() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "no end"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                """ + OK_RULE);

        assertEquals(Optional.of("no end"), problem.rule());
        assertTrue(problem.message().endsWith(" (the rule on line 13 starts before rule \"no end\" has its 'end')"),
                problem.toString());
    }

    @Test
    void aVariableNamedRule_isNotTakenForTheNextRulesHeader() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "no end"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    rule = drools.getRule().getName();
                    advise.risk("m.risk", "m.fix", rule);
                """ + OK_RULE);

        assertTrue(problem.message().endsWith(" (the rule on line 14 starts before rule \"no end\" has its 'end')"),
                problem.toString());
    }

    @Test
    void theLastRuleWithoutEnd_isToldSo() {
        RuleSetException.Problem problem = onlyProblem(OK_RULE + """
                rule "last"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                """);

        assertEquals(Optional.of("last"), problem.rule());
        assertTrue(problem.message().endsWith(" (rule \"last\" has no 'end')"), problem.toString());
    }

    @Test
    void aRuleNameWithSpacesAndNoQuotes_isToldToQuoteIt() {
        List<RuleSetException.Problem> problems = problems("""
                rule acme on-call
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                end
                """);

        // One problem: not also the parser's "mismatched input 'when' expecting one of ... rule, query"
        // at line 10, where it looked for the file's next part in the rule it had lost.
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(7, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().endsWith(" (a rule name with spaces goes in double quotes)"),
                problems.toString());
    }

    @Test
    void aConstraintFollowedByAnotherWithoutAComma_isToldTheCommaMayBeMissing() {
        // The constraints, and the word the parser stops at.
        Map<String, String> missing = Map.of(
                "industry == Industry.RETAIL $headcount : headcount >= 200", "$headcount",
                "headcount >= 200 industry == Industry.RETAIL", "industry",
                "name == \"Shop\" $h : headcount > 1", "$h");
        missing.forEach((constraints, unexpected) -> {
            RuleSetException.Problem problem = onlyProblem("""
                    rule "two constraints"
                        @source("T1")
                    when
                        OrgProfile( %s )
                    then
                    end
                    """.formatted(constraints));

            assertTrue(problem.message().endsWith(" (a comma may be missing before '" + unexpected
                    + "': constraints are separated by commas)"), problem.toString());
        });
        // Other slips where a comma is not the fix: no guess.
        for (String condition : List.of("OrgProfile( headcount 200 )",
                "not( Archetype( this != Archetype.NASCENT ) form Archetype.values() )",
                "accumulate( ArchetypeVote( archetype == Archetype.ML_FIRST, $w : weight ) $points : sum( $w ) )",
                "OrgProfile( $h : headcount > 1, name matchs \"A.*\" )",
                "OrgProfile( $h : headcount > 10 or plannedHires > 0 )",
                "OrgProfile( $h : headcount > 10 ) eval( $h > 10 foo )")) {
            List<RuleSetException.Problem> problems = problems("""
                    rule "no guess"
                        @source("T1")
                    when
                        %s
                    then
                    end
                    """.formatted(condition));
            assertFalse(problems.isEmpty(), condition);
            assertTrue(problems.stream().noneMatch(p -> p.message().contains("a comma may be missing")), problems.toString());
        }
    }

    @Test
    void theParserLookingForTheNextPartOnlyRepeatsAnErrorInTheSameRule() {
        String drl = """
                rule no quotes
                when
                then
                end
                rule "second"
                when
                then
                end
                """;
        String lookingForNextPart = "mismatched input 'when' expecting one of the following tokens: '[package, unit,"
                + " import, global, declare, function, rule, query]'.";
        RuleSetException.Problem lostRule = new RuleSetException.Problem("a.drl", 1, Optional.of("no"),
                "[ERR 102] Line 1:8 mismatched input 'quotes' in rule \"no\"");
        RuleSetException.Problem inLostRule = new RuleSetException.Problem("a.drl", 2, Optional.empty(),
                "[ERR 107] Line 2:0 " + lookingForNextPart);
        RuleSetException.Problem inNextRule = new RuleSetException.Problem("a.drl", 6, Optional.empty(),
                "[ERR 107] Line 6:0 " + lookingForNextPart);

        List<RuleSetException.Problem> kept = SyntaxHints.withHints(List.of(lostRule, inLostRule, inNextRule),
                Map.of("a.drl", drl));

        assertEquals(List.of(1, 6), kept.stream().map(RuleSetException.Problem::line).toList(), kept.toString());
        assertEquals(inNextRule, kept.get(1));
    }

    @Test
    void anUnquotedNameThatExtendsAnother_isNotToldToQuoteIt() {
        RuleSetException.Problem problem = onlyProblem(OK_RULE.replace("\"ok\"", "parent") + """
                rule child extends parent oops
                    @source("T1")
                when
                    OrgProfile()
                then
                end
                """);

        assertEquals(14, problem.line(), problem.toString());
        assertTrue(problem.message().endsWith("mismatched input 'oops' in rule \"child\""), problem.toString());
    }

    @Test
    void anUnquotedNameWithACommentAfterIt_isNotSaidToHaveSpaces() {
        List<RuleSetException.Problem> problems = problems("""
                rule simple-rule // the simple one
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                end
                """);

        assertEquals(7, problems.get(0).line(), problems.toString());
        assertTrue(problems.get(0).message().endsWith("mismatched input '-' in rule \"simple\""), problems.toString());
    }

    @Test
    void aRuleWhoseHeaderIsNotFound_getsNoRuleHint() {
        // The parser's message cuts the name at its escaped quote, so no header has the name it gives.
        RuleSetException.Problem problem = onlyProblem("""
                rule "say \\"hi\\""
                    @source("T1")
                when
                    OrgProfile()
                end
                """);

        assertEquals(11, problem.line(), problem.toString());
        assertTrue(problem.message().endsWith("mismatched input 'end' in rule \"say \"hi\"\""), problem.toString());
    }

    @Test
    void aMisspeltKeyword_isNamedWithTheKeyword() {
        RuleSetException.Problem then = onlyProblem(OK_RULE.replace("then", "thne"));
        assertTrue(then.message().endsWith(" ('thne' on line 11 looks like a misspelt 'then')"), then.toString());

        RuleSetException.Problem when = onlyProblem(OK_RULE.replace("when", "Whenn"));
        assertTrue(when.message().endsWith(" ('Whenn' on line 9 looks like a misspelt 'when')"), when.toString());

        RuleSetException.Problem attribute = onlyProblem(OK_RULE.replace("when", "    salinece 10\nwhen"));
        assertTrue(attribute.message().endsWith(" ('salinece' on line 9 looks like a misspelt 'salience')"),
                attribute.toString());

        // Outside any rule, only the error's own line is looked at.
        RuleSetException.Problem rule = onlyProblem(OK_RULE.replace("rule", "rul"));
        assertEquals(Optional.empty(), rule.rule());
        assertTrue(rule.message().endsWith(" ('rul' on line 7 looks like a misspelt 'rule')"), rule.toString());
    }

    @Test
    void namesAndCallsThatBeginALine_areNotTakenForMisspeltKeywords() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "no end"
                    @source("T1")
                when
                    time : OrgProfile( $industry : industry )
                then
                    java.util.List form = new java.util.ArrayList();
                    form.add($industry);
                    time = 3;
                    tine(1);
                    exist [0];
                    Function<String, String> quote = text -> text;
                    Rules rules = null;
                """ + OK_RULE);

        assertTrue(problem.message().endsWith(" (the rule on line 19 starts before rule \"no end\" has its 'end')"),
                problem.toString());
    }

    @Test
    void namesFollowedByAnOperator_areNotTakenForMisspeltKeywords() {
        // 'time' is one letter off 'timer', 'note' off 'not', 'times' off 'timer', 'role' off 'rule'.
        RuleSetException.Problem noThen = onlyProblem("""
                rule "no then"
                    @source("T1")
                when
                    OrgProfile( name != null,
                                time > 10,
                                note contains "x",
                                role not in ("a", "b") )
                end
                """);
        assertTrue(noThen.message().endsWith(" (rule \"no then\" has no 'then' before its 'end')"), noThen.toString());

        RuleSetException.Problem noEnd = onlyProblem("""
                rule "no end"
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    note = "";
                    note += $industry;
                    times++;
                """ + OK_RULE);
        assertTrue(noEnd.message().endsWith(" (the rule on line 15 starts before rule \"no end\" has its 'end')"),
                noEnd.toString());
    }

    @Test
    void aFunctionBody_pairsOnlyItsBraces_asTheParserDoes() {
        // The Java compiler reports the parenthesis once the file parses; the parser error is elsewhere.
        RuleSetException.Problem elsewhere = onlyProblem("""
                function String shout(String s) {
                    return s.toUpperCase(;
                }
                """ + BROKEN_RULE);
        assertTrue(elsewhere.message().endsWith("no viable alternative at input ')' in rule \"broken\""),
                elsewhere.toString());

        List<RuleSetException.Problem> open = problems("""
                function String shout(String s) {
                    if (s.isEmpty()) {
                        return s;
                    return s.toUpperCase();
                }
                """ + OK_RULE);
        assertTrue(open.get(0).message().endsWith(" (the '{' on line 7 that begins a function's body is never closed)"),
                open.toString());
    }

    @Test
    void aVariableNamedEnd_doesNotEndTheConsequence() {
        RuleSetException.Problem problem = onlyProblem("""
                rule "end as a name"
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( $industry : industry )
                then
                    for (int end = 0; end < 3; end++) {
                        System.out.println(end);
                    }
                end
                """ + BROKEN_RULE);

        assertEquals(Optional.of("broken"), problem.rule());
        assertTrue(problem.message().endsWith("no viable alternative at input ')' in rule \"broken\""), problem.toString());
    }

    @Test
    void oneEditApart_isOneLetterAddedDroppedChangedOrSwapped() {
        assertTrue(SyntaxHints.oneEditApart("thne", "then"));
        assertTrue(SyntaxHints.oneEditApart("ned", "end"));
        assertTrue(SyntaxHints.oneEditApart("salinece", "salience"));
        assertTrue(SyntaxHints.oneEditApart("whenn", "when"));
        assertTrue(SyntaxHints.oneEditApart("rul", "rule"));
        assertTrue(SyntaxHints.oneEditApart("thin", "then"));
        assertTrue(SyntaxHints.oneEditApart("glbal", "global"));
        assertFalse(SyntaxHints.oneEditApart("then", "then"));
        assertFalse(SyntaxHints.oneEditApart("wen", "then"));
        assertFalse(SyntaxHints.oneEditApart("tehn", "thne"));
        assertFalse(SyntaxHints.oneEditApart("whennn", "when"));
        assertFalse(SyntaxHints.oneEditApart("nto", "net"));
    }

    @Test
    void bracketsAndQuotesInStringsCommentsAndCharacters_areNotCounted_soAnotherSlipGetsNoHint() {
        // Everything pairs; the error below is a missing comma, which the text cannot show.
        RuleSetException.Problem problem = onlyProblem("""
                /* a "comment" with ( and the company's [ */
                rule "tricky" // it's (
                    @source("T1")
                    dialect "java"
                when
                    OrgProfile( industry.name() != "a)b'", $industry : industry )
                then
                    String open = '(' + "it's ]\\"" + '\\'' + '"';
                    advise.risk("m.risk", "m.fix", $industry);
                end
                rule "missing comma"
                    @source("T1")
                when
                    OrgProfile( $industry : industry
                                headcount > 3 )
                then
                end
                """);

        assertEquals(Optional.of("missing comma"), problem.rule());
        assertEquals(21, problem.line(), problem.toString());
        assertFalse(problem.message().contains(" ("), problem.toString());
    }

    @Test
    void anErrorAboveTheBracketLeftOpen_getsNoHintAboutIt() {
        List<RuleSetException.Problem> problems = problems("""
                rule "first"
                    @source("T1")
                when
                    OrgProfile( headcount > )
                then
                end
                rule "second"
                    @source("T1")
                when
                    OrgProfile( $industry : industry
                then
                end
                """);

        assertEquals(10, problems.get(0).line(), problems.toString());
        assertFalse(problems.get(0).message().contains("never closed"), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.line() >= 16
                && p.message().endsWith(" (the '(' after OrgProfile on line 16 is never closed)")), problems.toString());
    }

    @Test
    void twoRuleNamesLeftOpen_theFirstStringRunningOnIsNamed() {
        // Each quote lost pairs the quotes after it with the wrong ones; none is left open at the end.
        List<RuleSetException.Problem> problems = problems("""
                rule "first
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                end
                rule "second
                    @source("T1")
                when
                    OrgProfile( $industry : industry )
                then
                    advise.risk("m.risk", "m.fix", $industry);
                end
                """);

        String hint = " (the string begun with \" on line 7 runs on to line 8, past the '@source' on line 8:"
                + " check the quotes on line 7)";
        assertOnlyTheFirstProblemEndsWith(hint, problems);
    }

    /** The hint for {@link #TWO_STRINGS_LEFT_OPEN} after the header. */
    private static final String TWO_STRINGS_HINT = " (the string begun with \" on line 12 runs on to line 14, past the"
            + " 'end' on line 13: check the quotes on line 12)";

    @Test
    void twoStringsLeftOpenInConsequences_theMvelErrorNamesTheFirst() {
        assertOnlyTheFirstProblemEndsWith(TWO_STRINGS_HINT, problems(TWO_STRINGS_LEFT_OPEN));
    }

    @Test
    void aProblemDroolsFindsFirstButLowerDown_leavesTheHintToTheFirstByLine() {
        // Drools builds declared types before rules: the type's error, on line 28, comes first.
        List<RuleSetException.Problem> problems = problems(TWO_STRINGS_LEFT_OPEN + """
                declare Thing
                    size : NoSuchType
                end
                """);

        assertOnlyTheFirstProblemEndsWith(TWO_STRINGS_HINT, problems);
    }

    @Test
    void aStringSpanningLinesOfText_isNotTakenForOneRunningOn() {
        // "rules" and "endings" begin like DRL's words, but are not them.
        List<RuleSetException.Problem> problems = problems("""
                rule "long text"
                    @source("T1")
                when
                    OrgProfile( name != "one line
                        and then another,
                        rules and endings on the next" )
                then
                end
                """ + BROKEN_RULE);

        assertFalse(problems.isEmpty());
        assertTrue(problems.stream().noneMatch(p -> p.message().contains("runs on")), problems.toString());
    }

    @Test
    void aProblemAboveTheRuleAStringRunsOnIn_getsNoHintAboutIt() {
        List<RuleSetException.Problem> problems = problems(BROKEN_RULE + TWO_STRINGS_LEFT_OPEN);

        assertEquals(10, problems.get(0).line(), problems.toString());
        assertTrue(problems.stream().noneMatch(p -> p.line() < 13 && p.message().contains("runs on")), problems.toString());
    }

    @Test
    void aProblemAboveAFunctionAStringRunsOnIn_getsNoHintAboutIt() {
        // Before any rule, the string's own line bounds the problems it can explain.
        List<RuleSetException.Problem> problems = problems("""
                function int twice(int x) {
                    return 2 * y;
                }
                function String greet() {
                    return "hello;
                }
                """ + OK_RULE + """
                function String bye() {
                    return "bye;
                }
                """);

        assertEquals(8, problems.get(0).line(), problems.toString());
        assertFalse(problems.get(0).message().contains("runs on"), problems.toString());
        assertTrue(problems.get(1).message().endsWith(" (the string begun with \" on line 11 runs on to line 13, past"
                + " the 'rule' on line 13: check the quotes on line 11)"), problems.toString());
    }

    /** The first problem by line names the string running on; no other problem repeats it. */
    private static void assertOnlyTheFirstProblemEndsWith(String hint, List<RuleSetException.Problem> problems) {
        assertTrue(problems.get(0).message().endsWith(hint), problems.toString());
        assertEquals(1, problems.stream().filter(p -> p.message().contains("runs on")).count(), problems.toString());
    }

    private static RuleSetException.Problem onlyProblem(String rules) {
        List<RuleSetException.Problem> problems = problems(rules);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static List<RuleSetException.Problem> problems(String rules) {
        return assertThrows(RuleSetException.class, () -> TestRuleSets.compile(TestRuleSets.HEADER + rules)).problems();
    }
}
