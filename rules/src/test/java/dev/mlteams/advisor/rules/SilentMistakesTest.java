package dev.mlteams.advisor.rules;

import static dev.mlteams.advisor.rules.CustomRulesTest.HEADER;
import static dev.mlteams.advisor.rules.CustomRulesTest.acme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.internal.SilentMistakes;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import dev.mlteams.advisor.vocabulary.Industry;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions Drools compiles but that cannot mean what they say: a quoted text where a boolean,
 * an enum constant or an enum key belongs, and a signal no rule derives. Each is a problem of the
 * build, at the pattern's line, with what to write instead.
 */
class SilentMistakesTest {

    /** A rule whose second line of conditions is {@code condition}, on line 10 of acme.drl. */
    private static String rule(String pattern) {
        return HEADER + """
                import dev.mlteams.advisor.authoring.Signal;
                rule "acme: a review"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                    PATTERN
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                end
                """.replace("PATTERN", pattern);
    }

    /** A file of its own package with one rule, "acme: derive", in phase derive, whose consequence is {@code consequence}. */
    private static String deriving(String consequence) {
        return HEADER.replace("package com.acme.rules;", "package com.acme.signals;") + """
                rule "acme: derive"
                    @source("ACME-1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $industry : industry )
                then
                    CONSEQUENCE
                end
                """.replace("CONSEQUENCE", consequence);
    }

    private static List<String> problems(String pattern) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", rule(pattern)).build());
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aBooleanComparedWithATextIsTold_asDroolsReadsAnyTextButTrueAsFalse() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": dataEngineeringFunction is true or false, but is"
                + " compared with the text \"yes\", which Drools reads as false: write true or false, unquoted"),
                problems("OrgProfile( dataEngineeringFunction == \"yes\" )"));
        // "true" and "false", in any case, read as what they say.
        acme().addRules("acme.drl", rule("OrgProfile( modelsInProduction == \"true\", dataEngineeringFunction != \"false\" )"))
                .build();
        acme().addRules("acme.drl", rule("OrgProfile( modelsInProduction == \"TRUE\", dataEngineeringFunction in (\"False\") )"))
                .build();
    }

    @Test
    void anEnumComparedWithATextIsTold_withTheConstantItNames() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"RETIAL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( industry == \"RETIAL\" )"));
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"RETAIL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( industry != \"RETAIL\" )"));
        // Written the other way round, in a list, in another case, or naming no constant.
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"RETAIL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( \"RETAIL\" == industry )"));
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text"
                + " \"FINANCIAL_SERVICES\" never equals one: write Industry.FINANCIAL_SERVICES",
                "acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"retail\" never"
                + " equals one: write Industry.RETAIL"),
                problems("OrgProfile( industry in (\"FINANCIAL_SERVICES\", \"retail\") )"));
        // A text given to a call in the list is no item of it.
        acme().addRules("acme.drl", rule("OrgProfile( industry in (Industry.valueOf(\"FINANCIAL_SERVICES\"),"
                + " Industry.RETAIL) )")).build();
        assertTrue(problems("OrgProfile( industry == \"xyzzy\" )").get(0).endsWith("write a constant of Industry, one of ["
                + String.join(", ", java.util.Arrays.stream(Industry.values()).map(Enum::name).toList()) + "]"));
        // On a pattern's second line, at that line.
        assertEquals(List.of("acme.drl:14 rule \"acme: a review\": industry is of type Industry, and the text \"RETAIL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( headcount > 0,\n            industry != \"RETAIL\" )"));
    }

    @Test
    void aMapKeyedByAnEnumIndexedWithATextIsTold() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": mlStaff is keyed by Role, and the text"
                + " \"ML_ENGINEER\" is never a key: write mlStaff[Role.ML_ENGINEER]"),
                problems("OrgProfile( mlStaff[\"ML_ENGINEER\"] > 0 )"));
    }

    @Test
    void aSignalNoRuleDerivesIsTold_withTheNearestThatOneDoes() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": no rule derives a signal named \"large-compny\": no"
                + " Signal fact ever has that name (did you mean \"large-company\"?)"),
                problems("Signal( name == \"large-compny\" )"));
        // Tested the other way, or in a list, the name is as wrong.
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": no rule derives a signal named \"large-compny\": no"
                + " Signal fact ever has that name (did you mean \"large-company\"?)"),
                problems("Signal( name != \"large-compny\" )"));
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": no rule derives a signal named \"large-compny\": no"
                + " Signal fact ever has that name (did you mean \"large-company\"?)"),
                problems("Number( intValue > 0 ) from accumulate( Signal( name == \"large-compny\" ), count( 1 ) )"));
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": no rule derives a signal named \"no-ml-stuff\": no"
                + " Signal fact ever has that name (did you mean \"no-ml-staff\"?)"),
                problems("Signal( name in (\"large-company\", \"no-ml-stuff\") )"));
        assertEquals(1, problems("Signal( \"large-compny\" == name )").size());
        // A comment neither derives a signal nor turns the check off.
        assertEquals(1, problems("Signal( name == \"large-compny\" )").size());
        RuleSetException commented = assertThrows(RuleSetException.class, () -> acme()
                .addRules("acme.drl", rule("Signal( name == \"large-compny\" )"))
                .addRules("signals.drl", deriving("// advise.signal(name, $industry); advise.signal(\"large-compny\", 1);\n"
                        + "        advise.signal(\"acme-signal\", $industry);")).build());
        assertEquals(1, commented.problems().size(), commented::getMessage);
        // A signal your own rules derive counts, also one a function derives.
        acme().addRules("acme.drl", rule("Signal( name == \"acme-signal\" )"))
                .addRules("signals.drl", deriving("advise.signal(\"acme-signal\", $industry);")).build();
        acme().addRules("acme.drl", rule("Signal( name == \"acme-flagged\" )")).addRules("signals.drl",
                deriving("flag(advise, $industry);").replace("rule \"acme: derive\"", """
                        function void flag(dev.mlteams.advisor.authoring.Advise a, Object v) { a.signal("acme-flagged", v); }
                        rule "acme: derive\"""")).build();
        // A name made at run time could be any: no signal name is judged then.
        acme().addRules("acme.drl", rule("Signal( name == \"acme-financial_services\" )")).addRules("signals.drl",
                deriving("advise.signal(\"acme-\" + $industry.name().toLowerCase(), $industry);")).build();
        // Nor where helper classes the safety check lets rules call could derive any.
        acme().addRules("acme.drl", rule("Signal( name == \"large-compny\" )")).allowPackage("com.acme.helpers").build();
        acme().addRules("acme.drl", rule("Signal( name == \"large-compny\" )")).withoutSafetyCheck().build();
    }

    @Test
    void aSignalDerivedOnlyInALaterPhaseIsTold_asTheRuleNeverSeesIt() {
        String inScore = rule("Signal( name == \"acme-signal\" )").replace("\"advise\"", "\"score\"");
        String derivedInAdvise = deriving("advise.signal(\"acme-signal\", $industry);").replace("\"derive\"", "\"advise\"");
        String told = "acme.drl:13 rule \"acme: a review\": the signal \"acme-signal\" is derived only by phase"
                + " \"advise\" on, after this rule's phase \"score\" has run, so the rule never sees it: derive it in"
                + " ruleflow-group \"derive\"";
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", inScore)
                .addRules("signals.drl", derivedInAdvise).build());
        assertEquals(List.of(told), e.problems().stream().map(Object::toString).toList());
        // Waiting for a signal that is not there yet is as wrong.
        RuleSetException absent = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                inScore.replace("    Signal(", "    not Signal(")).addRules("signals.drl", derivedInAdvise).build());
        assertEquals(List.of(told), absent.problems().stream().map(Object::toString).toList());
        // Derived in an earlier phase too, or in the rule's own, it is seen; so it is by a rule in no phase, which
        // runs last, and by one that matches every other signal.
        acme().addRules("acme.drl", inScore).addRules("signals.drl", derivedInAdvise)
                .addRules("early.drl", deriving("advise.signal(\"acme-signal\", 1);").replace("com.acme.signals",
                        "com.acme.early").replace("acme: derive", "acme: derive early")).build();
        acme().addRules("acme.drl", rule("Signal( name == \"acme-signal\" )")).addRules("signals.drl", derivedInAdvise)
                .build();
        acme().addRules("acme.drl", inScore.replace("    ruleflow-group \"score\"\n", ""))
                .addRules("signals.drl", derivedInAdvise).build();
        acme().addRules("acme.drl", inScore.replace("==", "!=")).addRules("signals.drl", derivedInAdvise).build();
        // A function's signal may be derived in any phase: it is not judged.
        acme().addRules("acme.drl", inScore).addRules("signals.drl", derivedInAdvise.replace(
                "advise.signal(\"acme-signal\", $industry);", "flag(advise, $industry);").replace("rule \"acme: derive\"", """
                        function void flag(dev.mlteams.advisor.authoring.Advise a, Object v) { a.signal("acme-signal", v); }
                        rule "acme: derive\"""")).build();
    }

    @Test
    void aRuleThatVotesAfterTheVotesAreTotalledIsTold_beforeAnyCallFails() {
        String vote = HEADER + """
                rule "acme: big firms are divisions"
                    @source("A4")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount >= 500 )
                then
                    advise.vote(Archetype.INDEPENDENT_DIVISION, 2, "vote.ml-division");
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", vote).build());
        assertEquals(List.of("acme.drl:7 rule \"acme: big firms are divisions\": casts a vote in phase \"advise\", after the"
                + " votes are totalled in phase \"classify\", so it would not count: put the rule in ruleflow-group"
                + " \"score\""), e.problems().stream().map(Object::toString).toList());
        RuleSetException none = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                vote.replace("    ruleflow-group \"advise\"\n", "")).build());
        assertTrue(none.problems().get(0).message().startsWith("casts a vote in no phase, which runs after every phase"),
                none::getMessage);
        acme().addRules("acme.drl", vote.replace("\"advise\"", "\"score\"")).build();
        // Named in a comment or a string, a vote is cast by no one.
        acme().addRules("acme.drl", vote.replace("advise.vote(Archetype.INDEPENDENT_DIVISION, 2, \"vote.ml-division\");",
                "// not advise.vote(...) here\n        /* nor advise.vote(...) */\n"
                        + "        advise.practice(PracticeArea.PEOPLE, \"acme.risk-review\", \"advise.vote(\");")).build();
    }

    @Test
    void textsWhereTextBelongsAndTheDefaultRulesPass() {
        acme().addRules("acme.drl", rule("OrgProfile( name == \"Acme\", industry == Industry.RETAIL,"
                + " mlStaff[Role.ML_ENGINEER] > 0, dataEngineeringFunction == false )")).build();
        acme().addRules("acme.drl", rule("Signal( name == \"large-company\" )")).build();
        RuleSetDefinition defaults = DefaultRules.load(Advisor.class.getClassLoader());
        assertEquals(List.of(), SilentMistakes.check(defaults.sources(), defaults.sources(), defaults.classLoader(), true, true));
    }
}
