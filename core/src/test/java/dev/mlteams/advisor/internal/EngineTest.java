package dev.mlteams.advisor.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The engine explains every item and refuses to return incomplete or unexplained advice. */
class EngineTest {

    private static final OrgProfile PROFILE = OrgProfile.builder().name("Acme").industry(Industry.RETAIL)
            .headcount(50).mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.CTO).build();

    private static Advice run(int limit, String... drl) {
        return new Engine(TestRuleSets.compile(drl), limit).advise(PROFILE, java.util.Locale.ENGLISH);
    }

    @Test
    void aSourceCitedTwiceIsListedOnce() {
        Advice advice = run(100, TestRuleSets.COMPLETE.replace("@source(\"T1, T2\")", "@source(\"T2, T1, T2\")"));

        assertEquals(List.of("T2", "T1"), advice.teamDesign().engineeringVsResearch().explanation().sourceIds());
    }

    @Test
    void itemsCarryRuleSourcesAndEvidence() {
        Advice advice = run(100, TestRuleSets.COMPLETE);

        var primary = advice.archetype().primary();
        assertEquals("primary", primary.explanation().rule());
        assertEquals(List.of("T1"), primary.explanation().sourceIds());
        assertEquals(List.of(Evidence.profileField("industry", "RETAIL")), primary.explanation().evidence());
        assertEquals("Some advice about retail.", primary.message().text());

        var design = advice.teamDesign().engineeringVsResearch();
        assertTrue(design.explanation().derived(), "T2 is derived");
        assertEquals(List.of(Evidence.boundValue("archetype", "NASCENT"),
                Evidence.derived("primaryArchetype", "NASCENT", List.of(Evidence.profileField("industry", "RETAIL")))),
                design.explanation().evidence(), "derived evidence keeps its own basis");
        assertEquals(List.of("primary", "design"), advice.trace().stream().map(f -> f.rule()).toList());
    }

    @Test
    void twoEqualFactsInOneMatchAreOneItemOfEvidence() {
        // Two rules derive the same signal from the same field, as a company's rule may repeat a default one.
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "signal a"
                    @source("T1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.signal("retail", $industry);
                end
                rule "signal b"
                    @source("T1")
                    ruleflow-group "derive"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.signal("retail", $industry);
                end
                rule "practice from both"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    $a : dev.mlteams.advisor.authoring.Signal( name == "retail" )
                    $b : dev.mlteams.advisor.authoring.Signal( name == "retail", this != $a )
                then
                    advise.practice(PracticeArea.PLANNING, "m.any", "both");
                end
                """);

        List<Evidence> evidence = advice.practices().get(0).explanation().evidence();
        assertEquals(1, evidence.size(), evidence.toString());
        assertEquals(Evidence.Kind.DERIVED_FACT, evidence.get(0).kind());
        assertEquals("retail", evidence.get(0).name());
    }

    @Test
    void eachPositionKeepsItsOwnSkillsAndSourcingIsOnlyForRolesWithAnOpening() {
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.MID, "m.any", $industry);
                    advise.position(2, Role.DATA_ENGINEER, 1, Seniority.MID, "m.any", $industry);
                    advise.mustHave(Role.ML_ENGINEER, "m.any", "SQL");
                    advise.mustHave(Role.DATA_ENGINEER, "m.any", "SQL");
                    advise.sourcing(Role.DATA_ENGINEER, SourcingChannel.CAMPUS, "m.any", $industry);
                    advise.sourcing(Role.ML_RESEARCHER, SourcingChannel.CAMPUS, "m.any", $industry);
                end
                """);

        var positions = advice.hiringPlan().positions();
        assertEquals(List.of(Role.ML_ENGINEER, Role.DATA_ENGINEER), positions.stream().map(p -> p.role()).toList());
        // The same skill text for two roles is two requirements, one per position.
        assertEquals(List.of(Role.ML_ENGINEER), positions.get(0).mustHave().stream().map(s -> s.role()).toList());
        assertEquals(List.of(Role.DATA_ENGINEER), positions.get(1).mustHave().stream().map(s -> s.role()).toList());
        // Sourcing for a role with no opening is dropped.
        assertEquals(List.of(Role.DATA_ENGINEER), advice.hiringPlan().sourcing().stream().map(s -> s.role()).toList());
    }

    @Test
    void aSkillForOneSeniorityGoesOnlyToOpeningsOfThatSeniority() {
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                    advise.position(2, Role.ML_ENGINEER, 2, Seniority.JUNIOR, "m.any", $industry);
                    advise.mustHave(Role.ML_ENGINEER, "m.any", "code");
                    advise.mustHave(Role.ML_ENGINEER, Seniority.SENIOR, "m.risk");
                    advise.niceToHave(Role.ML_ENGINEER, Seniority.JUNIOR, "m.fix");
                    advise.mustHave(Role.ML_ENGINEER, Seniority.MID, "m.fix");
                    advise.mustHave(Role.ML_ENGINEER, Seniority.SENIOR, "m.any", "running models");
                end
                """);

        var senior = advice.hiringPlan().positions().get(0);
        var junior = advice.hiringPlan().positions().get(1);
        // For every opening, for seniors only, for juniors only; no MID opening, so the MID skill
        // reaches none. A key an opening already has is not listed twice on it: the first in
        // catalogue order (here, the order produced) stays.
        assertEquals(List.of("Some advice about code.", "A risk."), texts(senior.mustHave()));
        assertEquals(List.of(), texts(senior.niceToHave()));
        assertEquals(List.of("Some advice about code."), texts(junior.mustHave()));
        assertEquals(List.of("A fix."), texts(junior.niceToHave()));
        assertEquals(Optional.of(Seniority.JUNIOR), junior.niceToHave().get(0).seniority());
        assertEquals(Optional.empty(), junior.mustHave().get(0).seniority());
    }

    @Test
    void aSkillForANullSeniorityNamesTheRule() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "no seniority"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                            advise.mustHave(Role.ML_ENGINEER, (Seniority) null, "m.fix");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"no seniority\" (file2.drl:7) produced a skill that is invalid"), e.getMessage());
    }

    private static List<String> texts(List<SkillRequirement> skills) {
        return skills.stream().map(s -> s.message().text()).toList();
    }

    @Test
    void anItemWithoutEvidenceIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "unbound"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile()
                        then
                            advise.warning("m.risk");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"unbound\" (file2.drl:7) produced a warning without evidence"), e.getMessage());
    }

    @Test
    void anUnknownMessageKeyIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "typo"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.warning("m.nope");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"typo\" (file2.drl:7) emitted message key \"m.nope\""), e.getMessage());
    }

    @Test
    void aRiskWithBothKeysUnknownAndNoEvidenceHasEveryProblemReported() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "sloppy risk"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile()
                        then
                            advise.risk("m.no-risk", "m.no-fix");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"sloppy risk\" (file2.drl:7) produced a risk without evidence"), e.getMessage());
        assertTrue(e.getMessage().contains("rule \"sloppy risk\" (file2.drl:7) emitted message key \"m.no-risk\""), e.getMessage());
        assertTrue(e.getMessage().contains("rule \"sloppy risk\" (file2.drl:7) emitted message key \"m.no-fix\""), e.getMessage());
    }

    @Test
    void missingDesignAndDoubleDecisionsAreReportedTogether() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100,
                TestRuleSets.HEADER + """
                        rule "primary one"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.NASCENT, 60, "m.any", $industry);
                        end
                        rule "primary two"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.primaryArchetype(Archetype.ML_FIRST, 40, "m.any", $industry);
                        end
                        """));

        String hint = "; only one may: to replace a rule, give yours its name and mark it @override; to leave one out,"
                + " disableRule(name)";
        assertTrue(e.problems().contains("more than one rule decided a primary archetype: \"primary two\" (file1.drl:15),"
                + " \"primary one\" (file1.drl:7)" + hint)
                || e.problems().contains("more than one rule decided a primary archetype: \"primary one\" (file1.drl:7),"
                + " \"primary two\" (file1.drl:15)" + hint), e.getMessage());
        assertTrue(e.problems().contains("no rule decided the data-ownership choice"), e.getMessage());
        assertTrue(e.problems().contains("no rule decided a reporting line"), e.getMessage());
    }

    @Test
    void aVoteCastAfterTheVotesWereTotalledIsAProblemNamingThePhaseItBelongsIn() {
        String vote = """
                rule "late vote"
                    @source("T1")
                    ruleflow-group "PHASE"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.vote(Archetype.ML_FIRST, 2, "m.any", $industry);
                end
                """;
        for (String phase : List.of("classify", "advise")) {
            RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                    TestRuleSets.HEADER + vote.replace("PHASE", phase)));
            assertEquals(List.of("rule \"late vote\" (file2.drl:7) cast a vote in phase \"" + phase + "\", after the"
                    + " votes were totalled in phase \"classify\", so it would not count: put the rule in"
                    + " ruleflow-group \"score\""), e.problems());
        }
        RuleExecutionException none = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + vote.replace("    ruleflow-group \"PHASE\"\n", "")));
        assertEquals(List.of("rule \"late vote\" (file2.drl:7) cast a vote in no phase, which runs after every phase,"
                + " after the votes were totalled in phase \"classify\", so it would not count: put the rule in"
                + " ruleflow-group \"score\""), none.problems());

        for (String phase : List.of("derive", "score")) {
            Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + vote.replace("PHASE", phase));
            assertEquals(List.of("late vote"), advice.archetype().votes().stream().map(v -> v.explanation().rule())
                    .toList(), phase);
        }
        // A rule set with no phases at all runs every rule in one group: its votes are its own affair.
        Advice unphased = run(100, TestRuleSets.COMPLETE.replaceAll("\\s*ruleflow-group \"\\w+\"", ""),
                TestRuleSets.HEADER + vote.replace("    ruleflow-group \"PHASE\"\n", ""));
        assertEquals(1, unphased.archetype().votes().size());
    }

    @Test
    void aMissingEngineeringVersusResearchChoiceIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE
                .replace("advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, \"m.any\", $archetype);", "")));

        assertEquals(List.of("no rule decided the engineering-versus-research choice"), e.problems());
    }

    @Test
    void aMissingModelOwnershipChoiceIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE
                .replace("advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, \"m.any\", $archetype);", "")));

        assertEquals(List.of("no rule decided the model-ownership choice"), e.problems());
    }

    @Test
    void adviceGivenFromAConditionIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        function boolean sneak(dev.mlteams.advisor.authoring.Advise a, Industry i) {
                            a.practice(PracticeArea.PEOPLE, "m.any", i);
                            return true;
                        }
                        rule "advice from a condition"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry, eval( sneak(advise, $industry) ) )
                        then
                        end
                        """));

        assertTrue(e.problems().stream().anyMatch(p -> p.endsWith("was produced outside a rule's consequence")),
                e::getMessage);
    }

    @Test
    void twoAlternativeArchetypesAreRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "alternative one"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.alternativeArchetype(Archetype.ML_FIRST, 30, "m.any", $industry);
                        end
                        rule "alternative two"
                            @source("T1")
                            ruleflow-group "classify"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.alternativeArchetype(Archetype.PRODUCT_EMBEDDED, 20, "m.any", $industry);
                        end
                        """));

        // (The test rule set's "design" rule decides once per archetype call, which is refused too.)
        assertTrue(e.problems().stream().anyMatch(p -> p.startsWith("more than one rule named an alternative archetype: ")
                && p.contains("\"alternative one\"") && p.contains("\"alternative two\"")), e.getMessage());
        // One rule that matched two archetype calls says so, not "more than one rule".
        assertTrue(e.problems().contains("rule \"design\" (file1.drl:15) decided the data-ownership choice 3 times: its"
                + " conditions matched 3 combinations of facts, and only one may"), e::getMessage);
    }

    @Test
    void aRolePlacedTwiceInTheRoleMixIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "mix"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.roleMix(Role.ML_ENGINEER, Emphasis.CORE, "m.any", $industry);
                            advise.roleMix(Role.ML_ENGINEER, Emphasis.LATER, "m.any", $industry);
                        end
                        """));

        assertEquals(List.of("rule \"mix\" (file2.drl:7) placed ML_ENGINEER in the role mix 2 times in one firing, and"
                + " only one may"), e.problems());
    }

    @Test
    void aRolePlacedTwiceIsReportedWithTheRulesThatPlacedIt_notEveryRuleOfTheRoleMix() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "mix one"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.roleMix(Role.ML_ENGINEER, Emphasis.CORE, "m.any", $industry);
                            advise.roleMix(Role.DATA_ENGINEER, Emphasis.LATER, "m.any", $industry);
                        end
                        rule "mix two"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.roleMix(Role.ML_ENGINEER, Emphasis.LATER, "m.any", $industry);
                        end
                        rule "mix three"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.roleMix(Role.ML_RESEARCHER, Emphasis.LATER, "m.any", $industry);
                        end
                        """));

        assertEquals(List.of("more than one rule placed ML_ENGINEER in the role mix: \"mix one\" (file2.drl:7),"
                + " \"mix two\" (file2.drl:16); only one may: to replace a rule, give yours its name and mark it"
                + " @override; to leave one out, disableRule(name)"), e.problems());
    }

    /** An opening for an ML engineer. */
    private static final String HIRE = TestRuleSets.HEADER + """
            rule "hire"
                @source("T1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry )
            then
                advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
            end
            """;

    /** A rule {@code name} giving the ML engineer's opening campus sourcing and a coding exercise. */
    private static String campusAndCoding(String name, String text) {
        return """
                rule "%1$s"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.sourcing(Role.ML_ENGINEER, SourcingChannel.CAMPUS, "m.any", "%2$s");
                    advise.assessment(Role.ML_ENGINEER, AssessmentType.WHITEBOARD_CODING, "m.any", "%2$s");
                end
                """.formatted(name, text);
    }

    @Test
    void ofTwoRulesGivingOneRoleTheSameSourcingChannelOrAssessmentTheFirstByRuleNameIsKept() {
        // Rule "b" is declared before "a" in one file and after it in the other; "a" wins in both.
        for (String[] names : List.of(new String[] {"a", "b"}, new String[] {"b", "a"})) {
            Advice advice = run(100, TestRuleSets.COMPLETE,
                    HIRE + campusAndCoding(names[0], "first") + campusAndCoding(names[1], "second"));

            assertEquals(1, advice.hiringPlan().sourcing().size(), advice.hiringPlan().sourcing()::toString);
            assertEquals("a", advice.hiringPlan().sourcing().get(0).explanation().rule());
            List<AssessmentChoice> assessments = advice.hiringPlan().interviewLoops().get(0).assessments();
            assertEquals(1, assessments.size(), assessments::toString);
            assertEquals("a", assessments.get(0).explanation().rule());
        }
    }

    @Test
    void aRuleGivingTheSameItemForTwoOpeningsGivesItOnceCitingBothOpenings() {
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                    advise.position(2, Role.ML_ENGINEER, 2, Seniority.JUNIOR, "m.any", $industry);
                end
                rule "for every ML opening"
                    @source("T2")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER, $seniority : seniority )
                then
                    advise.mustHave(Role.ML_ENGINEER, "m.any", "code");
                    advise.sourcing(Role.ML_ENGINEER, SourcingChannel.CAMPUS, "m.any", "fairs");
                    advise.niceToHave(Role.ML_ENGINEER, "m.fix", $seniority);
                end
                """);

        var senior = advice.hiringPlan().positions().get(0);
        var junior = advice.hiringPlan().positions().get(1);
        var skill = senior.mustHave().get(0);
        assertSame(skill, junior.mustHave().get(0));
        assertEquals(List.of("seniority=SENIOR", "seniority=JUNIOR", senior.asEvidence().toString(),
                junior.asEvidence().toString()), shown(skill.explanation().evidence()));
        assertEquals(advice.trace().stream().filter(f -> f.rule().equals("for every ML opening")).findFirst()
                .orElseThrow().firing(), skill.explanation().firing(), "the first firing is named");
        var sourcing = advice.hiringPlan().sourcing();
        assertEquals(1, sourcing.size(), sourcing::toString);
        assertEquals(skill.explanation().evidence(), sourcing.get(0).explanation().evidence());
        // Texts that differ are not the same item: the first stays, with only its own match's evidence.
        var fix = senior.niceToHave().get(0);
        assertSame(fix, junior.niceToHave().get(0));
        assertEquals(2, shown(fix.explanation().evidence()).size(), fix.explanation()::toString);
    }

    @Test
    void aRuleGivingTheSameItemForThreeOpeningsCitesEachFactBesideTheOthersOfItsName_inFiringOrder() {
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                    advise.position(2, Role.ML_ENGINEER, 2, Seniority.JUNIOR, "m.any", $industry);
                    advise.position(3, Role.ML_ENGINEER, 1, Seniority.MID, "m.any", $industry);
                end
                rule "for every ML opening"
                    @source("T2")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER, $seniority : seniority )
                then
                    advise.mustHave(Role.ML_ENGINEER, "m.any", "code");
                end
                """);

        var openings = advice.hiringPlan().positions();
        var skill = openings.get(0).mustHave().get(0);
        // Each firing's seniority after the last seniority cited so far, each opening after the last opening.
        assertEquals(List.of("seniority=SENIOR", "seniority=JUNIOR", "seniority=MID",
                openings.get(0).asEvidence().toString(), openings.get(1).asEvidence().toString(),
                openings.get(2).asEvidence().toString()), shown(skill.explanation().evidence()));
    }

    @Test
    void aRiskOneRuleGivesForTwoOpeningsIsGivenOnceCitingBothOpenings() {
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                    advise.position(2, Role.ML_ENGINEER, 2, Seniority.JUNIOR, "m.any", $industry);
                end
                rule "a risk of every ML opening"
                    @source("T2")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER, $seniority : seniority )
                then
                    advise.risk("m.risk", "m.fix");
                end
                """);

        var openings = advice.hiringPlan().positions();
        assertEquals(1, advice.risks().size(), advice.risks()::toString);
        assertEquals(List.of("seniority=SENIOR", "seniority=JUNIOR", openings.get(0).asEvidence().toString(),
                openings.get(1).asEvidence().toString()), shown(advice.risks().get(0).explanation().evidence()));
        assertEquals("A fix.", advice.risks().get(0).mitigation().text());
    }

    @Test
    void aRepeatThatDiffersInMoreThanEvidenceIsDropped_notMergedIntoTheFirst() {
        // The same rule and text as a must-have and then as a nice-to-have: one skill by its key and
        // role, but not the same item, so the first stays as it was given.
        Advice advice = run(100, TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                rule "hire"
                    @source("T1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                then
                    advise.position(1, Role.ML_ENGINEER, 1, Seniority.SENIOR, "m.any", $industry);
                end
                rule "skills"
                    @source("T2")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER, $seniority : seniority )
                then
                    advise.mustHave(Role.ML_ENGINEER, "m.fix");
                    advise.niceToHave(Role.ML_ENGINEER, "m.fix");
                end
                """);

        var opening = advice.hiringPlan().positions().get(0);
        assertEquals(List.of("m.fix"), opening.mustHave().stream().map(s -> s.message().key()).toList(),
                opening::toString);
        assertTrue(opening.mustHave().get(0).required());
        assertEquals(List.of(), opening.niceToHave(), opening::toString);
    }

    private static List<String> shown(List<Evidence> evidence) {
        return evidence.stream().map(Evidence::toString).toList();
    }

    @Test
    void aSignalARuleInsertsItselfIsRefused() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "signal"
                            @source("T1")
                            ruleflow-group "derive"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.signal("retail", $industry);
                        end
                        rule "forge a signal"
                            @source("T1")
                            ruleflow-group "score"
                        when
                            $s : dev.mlteams.advisor.authoring.Signal( name == "retail" )
                        then
                            insert(new dev.mlteams.advisor.authoring.Signal("forged", "yes", $s.explanation()));
                        end
                        """));

        assertEquals(1, e.problems().size(), e.getMessage());
        assertTrue(e.problems().get(0).startsWith("rule \"forge a signal\" (file2.drl:15) inserted a Signal itself"), e.getMessage());
    }

    @Test
    void aRuleThatDeletesTheCandidateProfileIsRefused() {
        CandidateProfile candidate = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build();
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> new Engine(TestRuleSets.compile(
                TestRuleSets.HEADER + """
                        rule "tip, then delete the candidate"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            $c : dev.mlteams.advisor.CandidateProfile( $role : targetRole )
                        then
                            advise.candidateTip(CandidateTopic.PREPARE, "m.any", $role);
                            delete($c);
                        end
                        """), 100).advise(candidate, java.util.Locale.ENGLISH));

        assertEquals(List.of("rule \"tip, then delete the candidate\" (file1.drl:7) deleted the CandidateProfile fact;"
                + " rules may read the profile but not remove it"), e.problems());
    }

    /** A rule that inserts a counter at 0, for rules that count on from it. */
    private static final String SEED_A_COUNTER = TestRuleSets.HEADER + """
            rule "seed a counter"
                @source("T1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry )
            then
                insert(Integer.valueOf(0));
            end
            """;

    /** A rule that fires once for each count. */
    private static final String SEE_EACH_COUNT = """
            rule "see each count"
                @source("T1")
                ruleflow-group "advise"
            when
                $n : Integer()
            then
            end
            """;

    /** One rule seeds a counter, another counts up without end. */
    private static final String RUNAWAY_RULES = SEED_A_COUNTER + """
            rule "loops forever"
                @source("T1")
                ruleflow-group "advise"
            when
                $n : Integer()
            then
                insert(Integer.valueOf($n + 1));
            end
            """;

    @Test
    void aRunawayRuleIsStoppedAndNamed() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(50, TestRuleSets.COMPLETE,
                RUNAWAY_RULES));

        assertTrue(e.getMessage().contains("past the firing limit of 50"), e.getMessage());
        assertTrue(e.getMessage().contains("\"loops forever\""), e.getMessage());
    }

    @Test
    void aRunawayNamesOnlyTheLoopNotTheRulesThatFiredOnceBesideIt() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(50, TestRuleSets.COMPLETE,
                RUNAWAY_RULES));

        // Four rules fired: the loop most often, the other three once each, which say nothing about the loop.
        assertEquals(List.of("the rules kept firing past the firing limit of 50 (52 firings); the busiest rule was"
                + " \"loops forever\" (file2.drl:15, 49 times)."
                + " A rule that modifies a fact it matches needs no-loop or a guard; if the rules need this many"
                + " firings, raise Advisor.Builder.firingLimit."), e.problems());
    }

    @Test
    void aRunawayNamesTheRulesThatFiredMoreThanOnceAndTookATenthOfTheFiringsBusiestFirst() {
        // Beside the loop, "see every fifth count" takes more than a tenth of the firings, "see the first counts"
        // fires 3 times, less than a tenth: a handful of firings, not a share of the loop. Both see each count
        // before the loop makes the next.
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(50, TestRuleSets.COMPLETE,
                RUNAWAY_RULES + """
                        rule "see every fifth count"
                            @source("T1")
                            ruleflow-group "advise"
                            salience 10
                        when
                            $n : Integer( intValue % 5 == 0 )
                        then
                        end
                        rule "see the first counts"
                            @source("T1")
                            ruleflow-group "advise"
                            salience 10
                        when
                            $n : Integer( intValue < 3 )
                        then
                        end
                        """));

        assertEquals(List.of("the rules kept firing past the firing limit of 50 (54 firings); the busiest rules were"
                + " \"loops forever\" (file2.drl:15, 40 times), \"see every fifth count\" (file2.drl:23, 8 times)."
                + " A rule that modifies a fact it matches needs no-loop or a guard; if the rules need this many"
                + " firings, raise Advisor.Builder.firingLimit."), e.problems());
    }

    @Test
    void aLimitTheRulesNeedMoreThanIsToldToBeRaisedAndTheLimitItselfIsEnough() {
        // COMPLETE fires twice: "primary", then "design".
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(1, TestRuleSets.COMPLETE));

        assertEquals(List.of("the rules needed more than the firing limit of 1 (2 firings), no rule"
                + " firing more than once: the limit looks too low for these rules; raise it with"
                + " Advisor.Builder.firingLimit (10000 by default)."), e.problems());
        assertEquals(2, run(2, TestRuleSets.COMPLETE).trace().size());
    }

    @Test
    void rulesThatFireRepeatedlyButNotMostOfTheTimeAreNamedWithoutALoopBeingSuspected() {
        // Eight firings, all the rules need: "see each count" for 0, 1 and 2, "count to two" twice, three others once.
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(6, TestRuleSets.COMPLETE,
                SEED_A_COUNTER + """
                        rule "count to two"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            $n : Integer( intValue < 2 )
                        then
                            insert(Integer.valueOf($n + 1));
                        end
                        """ + SEE_EACH_COUNT));

        assertEquals(List.of("the rules needed more than the firing limit of 6 (8 firings), no rule taking half of the"
                + " firings (the busiest were \"see each count\" (file2.drl:23, 3 times), \"count to two\" (file2.drl:15,"
                + " 2 times)): the limit looks too low for these rules; raise it with Advisor.Builder.firingLimit"
                + " (10000 by default)."), e.problems());
    }

    @Test
    void aLimitTooLowNamesTheRepeatedRulesThatTookATenthOfTheFirings() {
        // "count to nine" and "see each count" fire 9 times each before the limit stops the run, "see the first
        // two" twice, less than a tenth of the firings: it is not named.
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(22, TestRuleSets.COMPLETE,
                SEED_A_COUNTER + """
                        rule "count to nine"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            $n : Integer( intValue < 9 )
                        then
                            insert(Integer.valueOf($n + 1));
                        end
                        rule "see the first two"
                            @source("T1")
                            ruleflow-group "advise"
                            salience 10
                        when
                            $n : Integer( intValue < 2 )
                        then
                        end
                        """ + SEE_EACH_COUNT.replace("ruleflow-group \"advise\"",
                        "ruleflow-group \"advise\"\n    salience 10")));

        assertEquals(List.of("the rules needed more than the firing limit of 22 (23 firings), no rule taking half"
                + " of the firings (the busiest were \"count to nine\" (file2.drl:15, 9 times), \"see each count\""
                + " (file2.drl:31, 9 times)): the limit looks too low for these rules; raise it with"
                + " Advisor.Builder.firingLimit (10000 by default)."), e.problems());
    }

    @Test
    void aRuleTakingExactlyHalfOfTheFiringsIsSuspectedOfALoop() {
        // Six firings: "primary", "design", the seed, and "see each count" for 0, 1 and 2.
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(5, TestRuleSets.COMPLETE,
                SEED_A_COUNTER.replace("insert(Integer.valueOf(0));", "insert(Integer.valueOf(0));"
                        + " insert(Integer.valueOf(1)); insert(Integer.valueOf(2));") + SEE_EACH_COUNT));

        assertEquals(List.of("the rules kept firing past the firing limit of 5 (6 firings); the busiest rule was"
                + " \"see each count\" (file2.drl:15, 3 times)."
                + " A rule that modifies a fact it matches needs no-loop or a guard; if the rules need this many"
                + " firings, raise Advisor.Builder.firingLimit."), e.problems());
    }

    @Test
    void anExceptionInAConsequenceNamesTheRule() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "throws"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            Integer.parseInt("not a number");
                        end
                        """));

        long line = TestRuleSets.HEADER.lines().count() + 1;
        assertTrue(e.getMessage().contains("rule \"throws\" (file2.drl:" + line + ") threw java.lang.NumberFormatException"),
                e.getMessage());
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        assertTrue(root instanceof NumberFormatException, String.valueOf(root));
    }

    /** A condition that throws NumberFormatException on the test profile's name. */
    private static final String BAD_CONDITION = TestRuleSets.HEADER + """
            rule "bad condition"
                @source("T1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry, Integer.parseInt(name) > 0 )
            then
            end
            """;

    @Test
    void anExceptionInAConditionIsReportedToo() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class,
                () -> run(100, TestRuleSets.COMPLETE, BAD_CONDITION));

        assertTrue(e.getMessage().contains("caused by java.lang.NumberFormatException"), e.getMessage());
        assertTrue(e.getMessage().contains("bad condition"), e.getMessage());
    }

    @Test
    void whatARuleThrewIsTheCauseWithoutTheEnginesWrappers_soTheExceptionSerializes() throws Exception {
        RuleExecutionException consequence = assertThrows(RuleExecutionException.class, () -> run(100,
                TestRuleSets.COMPLETE, TestRuleSets.HEADER + """
                        rule "throws"
                            @source("T1")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $industry : industry )
                        then
                            Object nothing = null;
                            nothing.toString();
                        end
                        """));
        RuleExecutionException condition = assertThrows(RuleExecutionException.class,
                () -> run(100, TestRuleSets.COMPLETE, BAD_CONDITION));

        for (RuleExecutionException e : List.of(consequence, condition)) {
            // Drools' wrappers hold the match and its facts: they cannot be serialized.
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
                out.writeObject(e);
            }
            try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
                RuleExecutionException read = (RuleExecutionException) in.readObject();
                assertEquals(e.problems(), read.problems());
                assertEquals(e.getCause().getClass(), read.getCause().getClass());
            }
        }
        assertTrue(consequence.getCause() instanceof NullPointerException, String.valueOf(consequence.getCause()));
        assertTrue(condition.getCause() instanceof NumberFormatException, String.valueOf(condition.getCause()));
        assertTrue(consequence.getCause().getStackTrace().length > 0);
    }

    @Test
    void rulesWithoutAPhaseRunWhenNoRuleNamesOne() {
        // Drools gives a rule base without ruleflow groups no groups at all to focus.
        Advice advice = run(100, TestRuleSets.COMPLETE.replaceAll("\\s*ruleflow-group \"\\w+\"", ""));

        assertEquals(List.of("primary", "design"), advice.trace().stream().map(f -> f.rule()).toList());
    }

    @Test
    void aRuleFileWithoutRulesGivesTheMissingDecisionsNotACrash() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.HEADER));

        assertTrue(e.problems().contains("no rule decided a primary archetype"), e.getMessage());
        assertTrue(e.problems().contains("no rule decided a reporting line"), e.getMessage());
    }

    @Test
    void aFiringLimitBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Engine(TestRuleSets.compile(TestRuleSets.COMPLETE), 0));
    }

    @Test
    void anInvalidItemNamesTheRule() {
        RuleExecutionException e = assertThrows(RuleExecutionException.class, () -> run(100, TestRuleSets.COMPLETE,
                TestRuleSets.HEADER + """
                        rule "zero weight"
                            @source("T1")
                            ruleflow-group "score"
                        when
                            OrgProfile( $industry : industry )
                        then
                            advise.vote(Archetype.NASCENT, 0, "m.any");
                        end
                        """));

        assertTrue(e.getMessage().contains("rule \"zero weight\" (file2.drl:7) produced a vote that is invalid: vote weight must be at least 1"),
                e.getMessage());
    }
}
