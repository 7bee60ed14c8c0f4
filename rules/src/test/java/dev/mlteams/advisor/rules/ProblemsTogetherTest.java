package dev.mlteams.advisor.rules;

import static dev.mlteams.advisor.rules.CustomRulesTest.HEADER;
import static dev.mlteams.advisor.rules.CustomRulesTest.acme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * build() goes on after a problem, so that one build tells every mistake: what it then checks
 * must be told once, and only where the rule set really has it. Each case here is a rule set with
 * one real problem and things that are fine, or a mistake and its knock-ons.
 */
class ProblemsTogetherTest {

    /** A file that does not compile: a misspelt field, at line 10. */
    private static final String BROKEN = header("com.acme.broken") + """
            rule "acme: broken"
                @source("ACME-1")
            when
                OrgProfile( $h : horizonn )
            then
            end
            """;

    private static final String BROKEN_PROBLEM = "broken.drl:10 rule \"acme: broken\": Field Reader does not exist for"
            + " declaration '$h' in '$h : horizonn' in the rule 'acme: broken' (did you mean horizon?)";

    private static String header(String pkg) {
        return HEADER.replace("com.acme.rules", pkg);
    }

    /** A file of its own package whose one rule replaces the rule {@code name}, in phase advise. */
    private static String replacing(String name) {
        return header("com.acme.replacing") + """
                rule "%s"
                    @override
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan");
                end
                """.formatted(name);
    }

    private static List<String> problems(Advisor.Builder builder) {
        return assertThrows(RuleSetException.class, builder::build).problems().stream().map(Object::toString).toList();
    }

    @Test
    void theRulesOfAFileThatNeedsABrokenOne_canBeDisabledAndOverridden_withoutAFalseProblem() {
        // user.drl matches a type broken.drl declares: it fails only until broken.drl compiles.
        String declaring = BROKEN.replace("rule \"acme: broken\"", "declare Flag\n    on : boolean\nend\nrule \"acme: broken\"");
        String user = header("com.acme.broken") + """
                rule "acme: uses flag"
                    @source("ACME-1")
                when
                    Flag( on == true )
                then
                end
                rule\t"acme: flag two"
                    @source("ACME-1")
                when
                    Flag( on == false )
                then
                end
                """;
        String override = header("com.acme.over") + """
                rule "acme: uses flag"
                    @override
                    @source("ACME-1")
                when
                    OrgProfile( $h : horizon )
                then
                end
                """;
        List<String> found = problems(acme().addRules("broken.drl", declaring).addRules("user.drl", user)
                .addRules("over.drl", override).disableRule("acme: uses flag").disableRule("acme: flag two"));
        assertEquals(List.of(BROKEN_PROBLEM.replace(":10 ", ":13 ")), found);

        acme().addRules("broken.drl", declaring.replace("horizonn", "horizon")).addRules("user.drl", user)
                .addRules("over.drl", override).disableRule("acme: uses flag").disableRule("acme: flag two").build();
    }

    @Test
    void aFileAddedTwice_isCheckedOnce() {
        String slips = HEADER + """
                rule "acme: slips"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry == "GOVERNMENT" )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.no-such-key", $i);
                end
                """;
        List<String> found = problems(acme().addRules("slips.drl", slips).addRules("slips.drl", slips));
        assertEquals(List.of("slips.drl: this rule file was added twice",
                "slips.drl:11 rule \"acme: slips\": industry is of type Industry, and the text \"GOVERNMENT\" never"
                        + " equals one: write Industry.GOVERNMENT",
                "slips.drl:13 rule \"acme: slips\": advise.practice names message key \"acme.no-such-key\", which the"
                        + " message bundle lacks"), found);
        // A second, different file of that name is not compiled, so not checked either, and disabling
        // one of its rules is not "no rule has this name".
        assertEquals(found.subList(1, 3), problems(acme().addRules("slips.drl", slips)
                .addRules("slips.drl", slips.replace("acme: slips", "acme: other"))
                .disableRule("acme: other")).subList(1, 3));
    }

    @Test
    void theCallsOfRulesThatWouldNotRun_areNotCheckedBesideAnotherProblem() {
        String old = HEADER + """
                rule "acme: replaced"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.old");
                end
                rule "acme: disabled by its knowledge"
                    @source("P7")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.old");
                end
                """;
        String replacing = replacing("acme: replaced");
        Advisor.Builder fine = acme().addRules("old.drl", old).addRules("replacing.drl", replacing).disableKnowledge("P7");
        fine.build();

        assertEquals(List.of("(disabled rules) rule \"acme: no such rule\": cannot disable: no rule has this name"),
                problems(fine.disableRule("acme: no such rule")));
    }

    @Test
    void aLateVoteIsToldBesideABrokenFile_byAgendaGroupToo_andNotWhereTheOnlyPhasedRuleIsDisabled() {
        String lateVote = HEADER + """
                rule "acme: late vote"
                    @source("ACME-1")
                    agenda-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.vote(Archetype.NASCENT, 1, "acme.plan");
                end
                """;
        String told = "a.drl:7 rule \"acme: late vote\": casts a vote in phase \"advise\", after the votes are totalled"
                + " in phase \"classify\", so it would not count: put the rule in ruleflow-group \"score\"";
        assertEquals(List.of(told), problems(acme().withoutDefaultRules().addRules("a.drl", lateVote)));
        assertEquals(List.of(BROKEN_PROBLEM, told),
                problems(acme().withoutDefaultRules().addRules("a.drl", lateVote).addRules("broken.drl", BROKEN)));

        // With its only phased rule disabled, the rule base has no phases: a vote in no phase counts.
        String phased = header("com.acme.phased") + """
                rule "acme: phased"
                    @source("ACME-1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $i : industry )
                then
                end
                """;
        Advisor.Builder noPhases = acme().withoutDefaultRules().addRules("p.drl", phased)
                .addRules("a.drl", lateVote.replace("    agenda-group \"advise\"\n", "")).disableRule("acme: phased");
        noPhases.build();
        assertEquals(List.of(BROKEN_PROBLEM), problems(noPhases.addRules("broken.drl", BROKEN)));
    }

    @Test
    void aGroupThatIsNoPhase_isOneProblem_notAlsoALateVoteOrSignal() {
        String misspelt = (HEADER + """
                rule "acme: derive"
                    @source("ACME-1")
                    ruleflow-group "derve"
                when
                    OrgProfile( $i : industry )
                then
                    advise.signal("acme-x", $i);
                end
                rule "acme: vote"
                    @source("ACME-1")
                    ruleflow-group "scor"
                when
                    Signal( name == "acme-x" )
                then
                    advise.vote(Archetype.NASCENT, 1, "acme.plan");
                end
                """).replace("import dev.mlteams.advisor.OrgProfile;",
                "import dev.mlteams.advisor.OrgProfile;\nimport dev.mlteams.advisor.authoring.Signal;");
        List<String> found = problems(acme().addRules("a.drl", misspelt));
        assertEquals(2, found.size(), found::toString);
        assertEquals(List.of(true, true), found.stream().map(p -> p.contains("is not a phase")).toList(), found::toString);
        // Matched in a real phase, a signal derived in a group that is no phase is not told late.
        List<String> matchedInScore = problems(acme().addRules("a.drl", misspelt.replace("\"scor\"", "\"score\"")));
        assertEquals(1, matchedInScore.size(), matchedInScore::toString);
    }

    @Test
    void theRulesABrokenFileWouldLeaveOut_orThatADisabledIdLeavesOutOfIt_areNotCallChecked() {
        // broken.drl's second rule names a key no text has; it would not run, for either reason.
        String broken = BROKEN.replace("end\n", "end\n" + """
                rule "acme: old"
                    @source("P7")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.gone");
                end
                """);
        String replacing = replacing("acme: old");
        assertEquals(List.of(BROKEN_PROBLEM), problems(acme().addRules("broken.drl", broken).disableKnowledge("P7")));
        assertEquals(List.of(BROKEN_PROBLEM), problems(acme().addRules("broken.drl", broken)
                .addRules("replacing.drl", replacing)));
        // Not left out, its call is checked beside the broken one.
        assertEquals(2, problems(acme().addRules("broken.drl", broken)).size());

        // An @override in a broken file would replace a rule that compiles: that rule's call is not checked.
        String original = header("com.acme.original") + """
                rule "acme: original"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.gone");
                end
                """;
        String brokenOverride = BROKEN.replace("rule \"acme: broken\"", "rule \"acme: original\"\n    @override");
        assertEquals(1, problems(acme().addRules("original.drl", original).addRules("broken.drl", brokenOverride)).size());
    }

    @Test
    void aVoteInNoPhaseIsTold_whereTheOnlyPhasedRulesAreInABrokenFile() {
        String vote = HEADER + """
                rule "acme: vote"
                    @source("ACME-1")
                when
                    OrgProfile( $i : industry )
                then
                    advise.vote(Archetype.NASCENT, 1, "acme.plan");
                end
                """;
        String phasedBroken = BROKEN.replace("    @source(\"ACME-1\")\n", "    @source(\"ACME-1\")\n    ruleflow-group \"advise\"\n");
        List<String> found = problems(acme().withoutDefaultRules().addRules("broken.drl", phasedBroken)
                .addRules("v.drl", vote));
        assertEquals(2, found.size(), found::toString);
        assertEquals(true, found.get(1).startsWith("v.drl:7 rule \"acme: vote\": casts a vote in no phase"), found::toString);
    }

    @Test
    void anUnsafeFileAddedTwice_isToldOnce() {
        String unsafe = HEADER + """
                rule "acme: reads a file"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    new java.io.File("x");
                end
                """;
        List<String> found = problems(acme().addRules("u.drl", unsafe).addRules("u.drl", unsafe));
        assertEquals(1, found.stream().filter(p -> p.contains("java.io.File")).count(), found::toString);
    }

    @Test
    void aFunctionsCallIsToldAsWritten_onAnAdviseParameterOfAnyName() {
        String function = HEADER + """
                function void review(dev.mlteams.advisor.authoring.Advise out, Industry industry) {
                    out.practice(PracticeArea.PEOPLE, "acme.risk-reveiw", industry);
                }
                rule "acme: reviews"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry == Industry.GOVERNMENT )
                then
                    review(advise, $i);
                end
                """;
        assertEquals(List.of("a.drl:8: function review: out.practice names message key \"acme.risk-reveiw\", which the"
                + " message bundle lacks (did you mean \"acme.risk-review\"?)"), problems(acme().addRules("a.drl", function)));
    }

    @Test
    void aFunctionsParameterNamedAdviseOfAnotherType_isNotTakenForTheAdviseObject() {
        String logging = HEADER + """
                function void log(java.util.logging.Logger advise) {
                    advise.warning("acme: saw a profile");
                }
                rule "acme: logs"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $i : industry )
                then
                    log(java.util.logging.Logger.getLogger("acme"));
                end
                """;
        acme().allowPackage("java.util.logging").addRules("a.drl", logging).build();
    }

    @Test
    void aPositionWithoutItsImport_isToldOnce_butAMisspeltFieldOfItStill() {
        String file = HEADER.replace("import dev.mlteams.advisor.advice.*;\n", "") + """
                rule "acme: positions"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER )
                    Position( $c : countt )
                then
                end
                """;
        List<String> found = problems(acme().addRules("a.drl", file));
        assertEquals(2, found.size(), found::toString);
        assertEquals(true, found.get(1).contains("'$c : countt'"), found::toString);
        // A getter or a method the type has is mended by the import too: told once.
        for (String pattern : List.of("Position( getCount() > 1 )", "Position( $e : asEvidence() )")) {
            List<String> mended = problems(acme().addRules("a.drl", file.replace("Position( $c : countt )", pattern)));
            assertEquals(1, mended.size(), mended::toString);
        }
    }
}
