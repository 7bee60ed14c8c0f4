package dev.mlteams.advisor.rules;

import static dev.mlteams.advisor.rules.CustomRulesTest.HEADER;
import static dev.mlteams.advisor.rules.CustomRulesTest.acme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.internal.ConstraintChecks;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Conditions Drools compiles but that cannot mean what they say: a quoted text where a boolean,
 * an enum constant or an enum key belongs, and a signal no rule derives. Each is a problem of the
 * build, at the pattern's line, with what to write instead.
 */
class ConstraintChecksTest {

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

    private static List<String> problems(String pattern) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", rule(pattern)).build());
        return e.problems().stream().map(Object::toString).toList();
    }

    @Test
    void aBooleanComparedWithATextIsTold_asDroolsReadsAnyTextButTrueAsFalse() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": dataEngineeringFunction is true or false, but is"
                + " compared with the text \"yes\", which Drools reads as false: write dataEngineeringFunction == false"
                + " if that is what you mean"), problems("OrgProfile( dataEngineeringFunction == \"yes\" )"));
    }

    @Test
    void anEnumComparedWithATextIsTold_withTheConstantItNames() {
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"RETIAL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( industry == \"RETIAL\" )"));
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": industry is of type Industry, and the text \"RETAIL\" never"
                + " equals one: write Industry.RETAIL"), problems("OrgProfile( industry != \"RETAIL\" )"));
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
        assertEquals(List.of("acme.drl:13 rule \"acme: a review\": no rule derives a signal named \"large-compny\", so"
                + " this pattern never matches (did you mean \"large-company\"?)"),
                problems("Signal( name == \"large-compny\" )"));
        // A signal of your own rules counts as derived.
        acme().addRules("acme.drl", rule("Signal( name == \"acme-signal\" )")).addRules("signals.drl", HEADER + """
                rule "acme: derive"
                    @source("ACME-1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.signal("acme-signal", $industry);
                end
                """.replace("package com.acme.rules;", "package com.acme.signals;")).build();
    }

    @Test
    void textsWhereTextBelongsAndTheDefaultRulesPass() {
        acme().addRules("acme.drl", rule("OrgProfile( name == \"Acme\", industry == Industry.RETAIL,"
                + " mlStaff[Role.ML_ENGINEER] > 0, dataEngineeringFunction == false )")).build();
        acme().addRules("acme.drl", rule("Signal( name == \"large-company\" )")).build();
        RuleSetDefinition defaults = DefaultRules.load(Advisor.class.getClassLoader());
        assertEquals(List.of(), ConstraintChecks.check(defaults.sources(), defaults.sources(), defaults.classLoader()));
    }
}
