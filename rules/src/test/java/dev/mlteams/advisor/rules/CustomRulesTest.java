package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.ReloadableAdvisor;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.ListResourceBundle;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Adding, overriding, disabling and checking rules on top of the defaults. */
class CustomRulesTest {

    static final String HEADER = """
            package com.acme.rules;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.advice.*;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            """;

    static final String JAVA_HEADER = javaDialect(HEADER);

    /** The same rule file in the java dialect: its consequences are compiled as Java. */
    static String javaDialect(String drl) {
        return drl.replace("dialect \"mvel\"", "dialect \"java\"");
    }

    /** A DRL function that does not compile: "y" on its second line is unknown. */
    private static final String BROKEN_FUNCTION = """
            function int twice(int x) {
                return 2 * y;
            }
            """;

    static final KnowledgeItem ACME_1 = new KnowledgeItem("ACME-1", ArticleStep.HIRING, false,
            "Regulated firms review model risk");

    /** ACME-1's title in Chinese, a line of a messages file: verifyIn(Chinese) needs one. */
    static final String ACME_1_TITLE_ZH = "knowledge.ACME-1 = \u53d7\u76d1\u7ba1\u7684\u4f01\u4e1a\u5ba1\u67e5\u6a21\u578b\u98ce\u9669\n";

    static final ListResourceBundle ACME_MESSAGES = new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {
                {"acme.risk-review", "In {0}, have an ML risk reviewer sign off every model."},
                {"acme.plan", "Plan in two-week bets."},
                // A fixed bundle serves every language: verifyIn finds ACME-1 a title in each.
                {"knowledge.ACME-1", "Regulated firms review model risk"}};
        }
    };

    static final String RISK_REVIEW_RULE = HEADER + """
            rule "acme: regulated industries review model risk"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry in (Industry.FINANCIAL_SERVICES, Industry.HEALTHCARE) )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
            end
            """;

    /** Replaces the default rule "practice: plan probabilistically" (its line 7 in acme.drl). */
    static final String PLANNING_OVERRIDE_RULE = HEADER + """
            rule "practice: plan probabilistically"
                @override
                @source("P5")
                ruleflow-group "advise"
            when
                OrgProfile( $horizon : horizon )
            then
                advise.practice(PracticeArea.PLANNING, "acme.plan");
            end
            """;

    /** A rule with a misspelt field: a compile error on line 10 of acme.drl. */
    static final String TYPO_RULE = HEADER + """
            rule "acme: typo"
                @source("ACME-1")
            when
                OrgProfile( $h : horizonn )
            then
            end
            """;

    /** A second package, for files whose rules must not share a package with {@link #HEADER}'s. */
    static final String OTHER_PACKAGE_HEADER = HEADER.replace("com.acme.rules", "com.acme.other");

    /** A rule without {@code @source}: a rule-set problem. */
    static final String UNSOURCED_RULE = """
            rule "acme: unsourced"
                ruleflow-group "advise"
            when
                OrgProfile( $horizon : horizon )
            then
            end
            """;

    /** A rule citing an ID that no catalogue has: a rule-set problem. */
    static final String UNKNOWN_KNOWLEDGE_RULE = """
            rule "acme: unknown knowledge"
                @source("ACME-404")
                ruleflow-group "advise"
            when
                OrgProfile( $horizon : horizon )
            then
            end
            """;

    /** A builder with Acme's knowledge item and texts, for a test's own Acme rules. */
    static Advisor.Builder acme() {
        return Advisor.builder().addKnowledge(ACME_1).addMessages(ACME_MESSAGES);
    }

    private static List<String> keys(Advice advice) {
        return advice.items().stream().map(i -> i.message().key()).toList();
    }

    @Test
    void anAddedRuleGivesExplainedAdviceCitingItsOwnKnowledge() {
        Advisor advisor = acme().addRules("acme.drl", RISK_REVIEW_RULE).build();

        Practice review = advisor.advise(Companies.bank()).practices().stream()
                .filter(p -> p.message().key().equals("acme.risk-review")).findFirst().orElseThrow();
        assertEquals("In financial services, have an ML risk reviewer sign off every model.", review.message().text());
        assertEquals(List.of("ACME-1"), review.explanation().sourceIds());
        assertEquals("industry=FINANCIAL_SERVICES", review.explanation().evidence().get(0).toString());
        assertFalse(keys(advisor.advise(Companies.saasCompany())).contains("acme.risk-review"));
    }

    @Test
    void aRuleOverObjectSeesEveryAdviceItemThoughNoDefaultRuleMatchesThem() {
        // The engine leaves items that no pattern can match out of working memory; Object() matches all.
        Advisor advisor = acme().addRules("acme.drl", HEADER + """
                rule "acme: count the risks"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry )
                    Number( intValue >= 1 ) from accumulate( $o : Object( this instanceof Risk ), count( $o ) )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.plan");
                end
                """).build();

        Advice advice = advisor.advise(Companies.telecomLab());

        assertFalse(advice.risks().isEmpty());
        assertTrue(keys(advice).contains("acme.plan"), keys(advice).toString());
    }

    @Test
    void anOverrideReplacesTheDefaultRuleOfTheSameName() {
        Advisor advisor = acme().addRules("acme.drl", PLANNING_OVERRIDE_RULE).build();

        List<String> keys = keys(advisor.advise(Companies.saasCompany()));
        assertTrue(keys.contains("acme.plan"));
        assertFalse(keys.contains("practice.plan-probabilistically"));
        List<Advisor.Rule> named = advisor.rules().stream()
                .filter(r -> r.name().equals("practice: plan probabilistically")).toList();
        assertEquals(List.of(new Advisor.Rule("practice: plan probabilistically", "com.acme.rules", "acme.drl", 7)), named,
                "the advisor lists the override alone");
        assertEquals(Advisor.defaults().rules().size(), advisor.rules().size());
        assertEquals(List.of(new Advisor.LeftOut(new Advisor.Rule("practice: plan probabilistically",
                "dev.mlteams.advisor.rules", "dev/mlteams/advisor/rules/practices.drl", 14),
                "replaced by the @override at acme.drl:7")), advisor.leftOut(), "and the rule it replaced as left out");
        assertEquals(List.of(), Advisor.defaults().leftOut());
    }

    @Test
    void theRulesAreListedFileByFileInLineOrderTheDefaultsFirst() {
        // The files' packages interleave: listing package by package would put c.drl before b.drl.
        String rule = """
                rule "acme: %s"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $horizon : horizon )
                then
                end
                """;
        Advisor advisor = acme().addRules("a.drl", HEADER + rule.formatted("a1") + rule.formatted("a2"))
                .addRules("b.drl", OTHER_PACKAGE_HEADER + rule.formatted("b"))
                .addRules("c.drl", HEADER + rule.formatted("c")).build();

        List<Advisor.Rule> rules = advisor.rules();
        List<String> files = rules.stream().map(Advisor.Rule::file).distinct().toList();
        for (int i = 1; i < rules.size(); i++) {
            Advisor.Rule before = rules.get(i - 1);
            Advisor.Rule after = rules.get(i);
            assertTrue(after.file().equals(before.file()) ? after.line() > before.line()
                    : files.indexOf(after.file()) == files.indexOf(before.file()) + 1, before + " then " + after);
        }
        assertEquals(List.of("a.drl:7", "a.drl:14", "b.drl:7", "c.drl:7"), rules.subList(rules.size() - 4, rules.size())
                .stream().map(r -> r.file() + ":" + r.line()).toList(), "the defaults first, then the files as added");
        assertThrows(UnsupportedOperationException.class, () -> advisor.rules().clear(), "results are immutable");
    }

    @Test
    void disablingByNameAndByKnowledgeIdRemovesTheirAdvice() {
        Advisor advisor = Advisor.builder()
                .disableRule("practice: measure inputs, not results")
                .disableKnowledge("H0.1")
                .build();

        Advice advice = advisor.advise(Companies.saasCompany());
        assertFalse(keys(advice).contains("practice.measure-inputs"));
        assertFalse(keys(advice).contains("market.publishing"));
        assertTrue(keys(advice).contains("market.high-impact"), "other market rules stay");
        assertTrue(advice.trace().stream().noneMatch(f -> f.sources().contains("H0.1")));
        List<String> names = advisor.rules().stream().map(Advisor.Rule::name).toList();
        assertFalse(names.contains("practice: measure inputs, not results"), "a disabled rule is not listed");
        assertEquals(Set.copyOf(names).size(), names.size(), "each name once");
        assertTrue(names.size() < Advisor.defaults().rules().size() - 1, names.size() + " rules");
        // The left-out rules, each with the call that left it out, in file and line order.
        List<Advisor.LeftOut> leftOut = advisor.leftOut();
        assertEquals(Advisor.defaults().rules().size() - names.size(), leftOut.size(), leftOut::toString);
        assertTrue(leftOut.contains(new Advisor.LeftOut(advisorRule(leftOut, "practice: measure inputs, not results"),
                "disableRule(\"practice: measure inputs, not results\")")), leftOut::toString);
        assertTrue(leftOut.contains(new Advisor.LeftOut(advisorRule(leftOut, "market: people who publish at AI"
                + " conferences"), "disableKnowledge(\"H0.1\")")), leftOut::toString);
        assertEquals(Advisor.defaults().rules().stream().filter(r -> !names.contains(r.name())).toList(),
                leftOut.stream().map(Advisor.LeftOut::rule).toList());
    }

    private static Advisor.Rule advisorRule(List<Advisor.LeftOut> leftOut, String name) {
        return leftOut.stream().map(Advisor.LeftOut::rule).filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void everyRuleSetProblemIsReportedAtOnceWithFileLineAndRule() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addRules("acme.drl", HEADER + """
                        rule "practice: plan probabilistically"
                            @source("P5")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $horizon : horizon )
                        then
                        end
                        rule "acme: nothing to override"
                            @override
                            @source("P5")
                            ruleflow-group "advise"
                        when
                            OrgProfile( $horizon : horizon )
                        then
                        end
                        """ + UNSOURCED_RULE + UNKNOWN_KNOWLEDGE_RULE)
                .disableRule("no such rule")
                .disableKnowledge("Z9")
                .build());

        List<String> found = e.problems().stream()
                .map(p -> p.file() + ":" + p.line() + " " + p.rule().orElse("-")).toList();
        assertEquals(List.of(
                "(disabled knowledge):0 -",
                "(disabled rules):0 no such rule",
                "acme.drl:7 practice: plan probabilistically",
                "acme.drl:14 acme: nothing to override",
                "acme.drl:22 acme: unsourced",
                // At the @source line that cites the ID, the line after the rule's.
                "acme.drl:29 acme: unknown knowledge"), found, e.getMessage());
        assertTrue(e.problems().get(2).message().contains("duplicate rule name, also at dev/mlteams/advisor/rules/practices.drl:"),
                e.getMessage());
        assertTrue(e.problems().get(2).message().contains("mark this one @override"), e.getMessage());
    }

    @Test
    void aMisspeltRuleNameToDisableIsToldTheNearestName() {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> Advisor.builder().disableRule("practice: measure input, not results").build());

        assertEquals(List.of("(disabled rules):0: cannot disable: no rule has this name (did you mean \"practice: measure"
                + " inputs, not results\"?)"), e.problems().stream().map(p -> p.file() + ":" + p.line() + ": "
                + p.message()).toList());
    }

    @Test
    void anOverrideOfNoRuleIsAProblem_withTheNameItMayHaveMeant() {
        RuleSetException misspelt = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                PLANNING_OVERRIDE_RULE.replace("plan probabilistically", "plan probabilisticaly")).build());
        assertEquals(List.of("acme.drl:7 rule \"practice: plan probabilisticaly\": @override, but no other rule is"
                + " named \"practice: plan probabilisticaly\" (did you mean \"practice: plan probabilistically\"?)"),
                misspelt.problems().stream().map(Object::toString).toList());
        // Nothing near: no guess.
        RuleSetException far = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                PLANNING_OVERRIDE_RULE.replace("practice: plan probabilistically", "acme: a rule of our own")).build());
        assertEquals(List.of("acme.drl:7 rule \"acme: a rule of our own\": @override, but no other rule is named"
                + " \"acme: a rule of our own\""), far.problems().stream().map(Object::toString).toList());
    }

    @Test
    void twoOverridesOfOneRuleAreAProblemNamingBoth() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme()
                .addRules("acme.drl", PLANNING_OVERRIDE_RULE)
                .addRules("other.drl", PLANNING_OVERRIDE_RULE.replace("com.acme.rules", "com.acme.other"))
                .build());

        assertEquals(List.of("other.drl:7 rule \"practice: plan probabilistically\": a second @override of the same rule,"
                + " also at acme.drl:7"), e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void takenKnowledgeIdsAndFilesAddedTwiceAreReportedTogetherWithCompileErrors() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addKnowledge(new KnowledgeItem("A1", ArticleStep.ARCHETYPES_AND_DESIGN, false, "Mine"))
                .addKnowledge(ACME_1).addKnowledge(ACME_1)
                .addRules("acme.drl", TYPO_RULE).build());

        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertEquals(3, problems.size(), problems.toString());
        assertTrue(problems.get(0).startsWith("addKnowledge: knowledge ID A1 is already in the catalogue"), problems.toString());
        assertTrue(problems.get(1).startsWith("addKnowledge: knowledge ID ACME-1 is already added"), problems.toString());
        assertTrue(problems.get(2).startsWith("acme.drl:10 rule \"acme: typo\""), problems.toString());

        ClassLoader blind = new ClassLoader(CustomRulesTest.class.getClassLoader()) {
            @Override
            public URL getResource(String name) {
                return name.startsWith("acme/") ? null : super.getResource(name);
            }
        };
        RuleSetException lost = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addMessages("acme.english-only-messages").classLoader(blind).build());
        assertEquals(List.of("addMessages: no message bundle acme.english-only-messages through the class loader "
                + "given to classLoader(...)"), lost.problems().stream().map(Object::toString).toList());

        // Compiled once, so the second copy adds no duplicate-rule error for each of its rules.
        RuleSetException twice = assertThrows(RuleSetException.class, () -> acme()
                .addRules("a.drl", RISK_REVIEW_RULE).addRules("a.drl", RISK_REVIEW_RULE).build());
        assertEquals(List.of("a.drl: this rule file was added twice"),
                twice.problems().stream().map(Object::toString).toList());
    }

    @Test
    void aFileNamedLikeAnotherOrLikeADefaultFileIsToldWhichItIs() {
        RuleSetException renamed = assertThrows(RuleSetException.class, () -> acme()
                .addRules("gen.drl", RISK_REVIEW_RULE).addRules("gen.drl", javaDialect(RISK_REVIEW_RULE)).build());
        assertEquals(List.of("gen.drl: two different rule files were added under this name: give each a name of its "
                + "own (until then only the first is compiled)"), renamed.problems().stream().map(Object::toString).toList());

        String practices = "dev/mlteams/advisor/rules/practices.drl";
        RuleSetException shadowing = assertThrows(RuleSetException.class, () -> acme()
                .addRules(practices, RISK_REVIEW_RULE).build());
        assertEquals(List.of(practices + ": this is the name of a default rule file: give your file a name of its own. "
                + "To replace a default rule, give your rule its name and mark it @override; to leave one out, "
                + "disableRule(name)"), shadowing.problems().stream().map(Object::toString).toList());

        RuleSetException again = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addClasspathRules(practices).build());
        assertEquals(List.of(practices + ": this is a default rule file, which every rule set has unless built "
                + "withoutDefaultRules(): it need not be added"), again.problems().stream().map(Object::toString).toList());

        // Without the defaults, the name is free.
        Advisor own = acme().withoutDefaultRules().addRules(practices, RISK_REVIEW_RULE).build();
        assertEquals(List.of(practices), own.rules().stream().map(Advisor.Rule::file).distinct().toList());
    }

    @Test
    void aFileThatDoesNotCompileHidesNoProblemOfTheOthers() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme()
                .addRules("a.drl", RISK_REVIEW_RULE).addRules("a.drl", RISK_REVIEW_RULE)
                .addRules("broken.drl", TYPO_RULE)
                .addRules("unknown-id.drl", OTHER_PACKAGE_HEADER + UNKNOWN_KNOWLEDGE_RULE)
                .disableKnowledge("Z9")
                .build());

        assertEquals(List.of("(disabled knowledge):0", "a.drl:0", "broken.drl:10", "unknown-id.drl:8"),
                e.problems().stream().map(p -> p.file() + ":" + p.line()).toList(), e.getMessage());
        assertTrue(e.problems().get(3).message().contains("ACME-404"), e.getMessage());
    }

    @Test
    void aFileThatDoesNotCompileHidesNoDuplicateName_messageKey_silentMistake_orUntranslatedText(@TempDir Path dir)
            throws IOException {
        // Each rule is one mistake, each of which would fail the build on its own: a name that
        // twin.drl, in another package, has too; a text for an enum; a misspelt key.
        String slips = OTHER_PACKAGE_HEADER + """
                rule "acme: twin"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry == "GOVERNMENT" )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-reveiw", $industry);
                end
                """;
        String twin = HEADER.replace("com.acme.rules", "com.acme.twin") + """
                rule "acme: twin"
                    @source("ACME-1")
                when
                    OrgProfile( $h : horizon )
                then
                end
                """;
        // The original of an @override, and a disabled name, may be in the file that does not compile.
        String override = HEADER.replace("com.acme.rules", "com.acme.override") + """
                rule "acme: typo"
                    @override
                    @source("ACME-1")
                when
                    OrgProfile( $h : horizon )
                then
                end
                """;
        // A text with no Chinese one, while Chinese is served.
        Files.writeString(dir.resolve("words.properties"), "acme.only-english = Only in English.\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme()
                .addRules("broken.drl", TYPO_RULE).addRules("slips.drl", slips).addRules("twin.drl", twin)
                .addRules("override.drl", override).addMessages(dir, "words").verifyIn(Locale.SIMPLIFIED_CHINESE)
                .disableRule("acme: typo").disableRule("acme: no such rule")
                .build());

        // Compile and rule-set problems by file and line, then the silent mistake, then the texts.
        assertEquals(List.of("(disabled rules):0 acme: no such rule", "broken.drl:10 acme: typo",
                "twin.drl:7 acme: twin", "slips.drl:11 acme: twin", "verifyIn:0 ?", "slips.drl:13 acme: twin"),
                e.problems().stream().map(p -> p.file() + ":" + p.line() + " " + p.rule().orElse("?")).toList(),
                e.getMessage());
        assertTrue(e.problems().get(2).message().startsWith("duplicate rule name, also at slips.drl:7"), e.getMessage());
        assertTrue(e.problems().get(3).message().contains("\"GOVERNMENT\""), e.getMessage());
        assertTrue(e.problems().get(4).message().contains("acme.only-english"), e.getMessage());
        assertTrue(e.problems().get(5).message().contains("did you mean \"acme.risk-review\""), e.getMessage());
    }

    @Test
    void aCompileErrorHidesNoSourceOrPhaseProblemOfTheSameFile() {
        String badPhase = """
                rule "acme: not a phase"
                    @source("P5")
                    ruleflow-group "advice"
                when
                    OrgProfile( $horizon : horizon )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme()
                .addRules("acme.drl", TYPO_RULE + UNSOURCED_RULE + UNKNOWN_KNOWLEDGE_RULE + badPhase).build());

        assertEquals(List.of("acme: typo", "acme: unsourced", "acme: unknown knowledge", "acme: not a phase"),
                e.problems().stream().map(p -> p.rule().orElse("?")).toList(), e.getMessage());
        assertTrue(e.problems().get(1).message().startsWith("no @source"), e.getMessage());
        assertTrue(e.problems().get(2).message().contains("ACME-404"), e.getMessage());
        assertTrue(e.problems().get(3).message().startsWith("ruleflow-group \"advice\" is not a phase"), e.getMessage());
    }

    @Test
    void aMisspeltFieldIsNotReportedAgainWhereItsVariableIsUsed() {
        String misspelt = HEADER + """
                rule "acme: misspelt field"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcountt > 10 )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan", $headcount);
                end
                """;
        for (String file : List.of(misspelt, javaDialect(misspelt))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
            // One problem, on the condition's line: none on the consequence's use of $headcount, and not
            // Drools' failed analysis of the constraint that binds it.
            assertEquals(List.of(11), e.problems().stream().map(RuleSetException.Problem::line).toList(),
                    e::getMessage);
            assertTrue(e.problems().get(0).message().contains("'$headcount : headcountt'"), e::getMessage);
        }
        // The same misspelling in another pattern of the line is an error of its own, and stays.
        String twoPatterns = HEADER + """
                rule "acme: misspelt twice"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headCount >= 200 ) ArchetypeScore( headCount > 1 )
                then
                end
                """;
        List<String> both = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", twoPatterns).build())
                .problems().stream().map(RuleSetException.Problem::message).toList();
        assertEquals(2, both.size(), both::toString);
        assertTrue(both.get(0).contains("'$headcount : headCount'"), both::toString);
        assertTrue(both.get(1).contains("ArchetypeScore.headCount()"), both::toString);
        // The java dialect lists a consequence's errors together: a real one among them stays.
        String alsoWrong = javaDialect(misspelt)
                .replace("$headcount);\n", "$headcount);\n    advise.noSuchMethod(\"x\");\n");
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", alsoWrong).build());
        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("noSuchMethod")), messages::toString);
        assertTrue(messages.stream().noneMatch(m -> m.contains("$headcount cannot be resolved")), messages::toString);
        assertEquals(List.of(11, 14), e.problems().stream().map(RuleSetException.Problem::line).toList(),
                e::getMessage);
    }

    @Test
    void aMethodTheFactLacksIsOneProblem_notAlsoDroolsRepeatOfIt() {
        // Drools follows MVEL's "Unable to Analyse Expression mlStaffCount():" with its own "Unable
        // to analyze expression 'mlStaffCount()'", once more, at line 0, where a variable is bound to it.
        String file = HEADER + """
                rule "acme: a method the fact lacks"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( %s )
                then
                end
                """;
        for (String dialect : List.of("mvel", "java")) {
            List<RuleSetException.Problem> alone = problems(file.formatted("mlStaffCount() > 2"), dialect);
            assertEquals(List.of(11), alone.stream().map(RuleSetException.Problem::line).toList(), alone::toString);
            assertTrue(alone.get(0).message().startsWith("Unable to Analyse Expression mlStaffCount():"),
                    alone::toString);
            // The binding's own error stays, as for a misspelt field ($headcount : headcountt > 10).
            List<RuleSetException.Problem> bound = problems(file.formatted("$c : mlStaffCount() > 2"), dialect);
            assertEquals(List.of(11, 11), bound.stream().map(RuleSetException.Problem::line).toList(), bound::toString);
            assertTrue(bound.stream().noneMatch(p -> p.message().startsWith("Unable to analyze expression")),
                    bound::toString);
        }
    }

    @Test
    void aMemberTheFactLacksIsToldTheNearestItHas() {
        String file = HEADER + """
                rule "acme: a member the fact lacks"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( %s )
                then
                end
                """;
        Map<String, String> nearest = new LinkedHashMap<>();
        nearest.put("mlStaffCount() > 2", "(OrgProfile has no mlStaffCount; the nearest it has is mlStaffTotal)");
        nearest.put("headcnt > 2", "(OrgProfile has no headcnt; the nearest it has is headcount)");
        nearest.put("$n : mlStaffCount", "(OrgProfile has no mlStaffCount; the nearest it has is mlStaffTotal)");
        nearest.forEach((constraint, hint) -> {
            for (String dialect : List.of("mvel", "java")) {
                List<RuleSetException.Problem> found = problems(file.formatted(constraint), dialect);
                assertEquals(1, found.size(), found::toString);
                assertTrue(found.get(0).message().contains(hint), found::toString);
            }
        });
        // Nothing near enough, or only what is no value of the fact (builder(), toBuilder(), hashCode()): no guess.
        for (String constraint : List.of("revenue > 2", "teamSize > 2", "mlStaffCounts() > 2", "buildr != null",
                "toBuildr != null", "hashCod > 0")) {
            List<RuleSetException.Problem> found = problems(file.formatted(constraint), "mvel");
            assertTrue(found.stream().noneMatch(p -> p.message().contains("nearest") || p.message().contains("did you mean")),
                    found::toString);
        }
    }

    private static List<RuleSetException.Problem> problems(String drl, String dialect) {
        return assertThrows(RuleSetException.class, () -> acme()
                .addRules("acme.drl", drl.replace("dialect \"mvel\"", "dialect \"" + dialect + "\"")).build()).problems();
    }

    @Test
    void anArrayOfKnowledgeIdsReadsTheSameWhetherTheFileCompilesOrNot() {
        String arraySource = """
                rule "acme: array source"
                    @source({"P5", "ACME-404"})
                    ruleflow-group "advise"
                when
                    OrgProfile( $horizon : horizon )
                then
                end
                """;
        String unknown = "@source cites \"ACME-404\", which is not in the knowledge catalogue (register your own IDs"
                + " with Advisor.Builder.addKnowledge)";
        RuleSetException compiled = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", HEADER + arraySource).build());
        assertEquals(List.of(unknown), compiled.problems().stream().map(RuleSetException.Problem::message).toList());

        RuleSetException parsed = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", TYPO_RULE + arraySource).build());
        assertEquals(unknown, parsed.problems().get(1).message(), parsed::getMessage);
    }

    /** A call to a method Advise does not have; MVEL quotes it as "advise.practise(PracticeArea.PLANNING". */
    private static final String MISSPELT_CALL = "advise.practise(PracticeArea.PLANNING, \"acme.plan\");";
    private static final String MISSPELT_QUOTE = "// advise.practise(PracticeArea.PLANNING";

    /**
     * An "advise" rule over the profile's horizon: the rule on its first line, {@code then} on
     * its sixth, the consequence's lines after it.
     */
    private static String horizonRule(String name, String... consequence) {
        StringBuilder rule = new StringBuilder("rule \"" + name + "\"\n    @source(\"P5\")\n    ruleflow-group \"advise\"\n"
                + "when\n    OrgProfile( $horizon : horizon )\nthen\n");
        for (String line : consequence) {
            rule.append("    ").append(line).append('\n');
        }
        return rule.append("end\n").toString();
    }

    @Test
    void anErrorInAConsequenceIsReportedAtItsOwnLine() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", HEADER
                + horizonRule("acme: misspelt method", "int bets = 6;", MISSPELT_CALL)).build());

        // Drools says line 7, where the rule starts; the misspelt call is on line 14.
        assertEquals(List.of(14), e.problems().stream().map(RuleSetException.Problem::line).toList(), e::getMessage);
        assertEquals(Optional.of("acme: misspelt method"), e.problems().get(0).rule());
        assertFalse(e.problems().get(0).message().contains("[Line: 7"), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("(Advise has no method practise; did you mean practice?)"),
                e::getMessage);
    }

    @Test
    void eachErrorInAJavaConsequenceIsReportedAtItsOwnLine() {
        String startsOnThen = """
                rule "acme: starts on the then line"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $horizon : horizon )
                then %s
                    // a comment, then a blank line

                    undefinedVar.call();
                end
                """.formatted(MISSPELT_CALL);
        String file = JAVA_HEADER
                + horizonRule("acme: two errors", "int bets = 6;", MISSPELT_CALL, "undefinedVar.call();")
                + startsOnThen;
        // Drools gives one error per rule, at its first line (7 and 17), with the Java compiler's
        // messages inside; they are on lines 14, 15, 22 and 25. Windows line ends change nothing.
        for (String drl : List.of(file, file.replace("\n", "\r\n"))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());

            assertEquals(List.of(14, 15, 22, 25), e.problems().stream().map(RuleSetException.Problem::line).toList(),
                    e::getMessage);
            assertEquals(List.of("acme: two errors", "acme: two errors", "acme: starts on the then line",
                    "acme: starts on the then line"), e.problems().stream().map(p -> p.rule().orElseThrow()).toList());
            assertEquals("undefinedVar cannot be resolved", e.problems().get(1).message(), e::getMessage);
            assertTrue(e.problems().get(0).message().startsWith("The method practise(PracticeArea, String) is undefined"),
                    e::getMessage);
        }
    }

    @Test
    void aFunctionThatDoesNotCompileIsOneProblemAtItsLineNotOneInEachRuleThatCallsIt() {
        String file = HEADER + BROKEN_FUNCTION + """
                rule "acme: calls the function"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount )
                then
                    int doubled = twice($headcount);
                end
                """;
        // Drools says line 7, where the function starts, and adds an import error and, in the rule
        // calling it, an unknown method: the error is on line 8.
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());

            assertEquals(List.of("acme.drl:8: function twice: y cannot be resolved to a variable"),
                    e.problems().stream().map(RuleSetException.Problem::toString).toList());
        }
    }

    @Test
    void anMvelErrorInAConditionIsReportedOnceAtTheLineItQuotes() {
        String file = HEADER + """
                rule "acme: eval"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount > 10 )
                    eval( nope($h) )
                then
                end
                rule "acme: from"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount > 10 )
                    $s : String() from nope2($h)
                then
                end
                rule "acme: second line of a pattern"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount > 10,
                                nope3(headcount) )
                then
                end
                rule "acme: accumulate"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    $n : Number() from accumulate( OrgProfile( $x : headcount ), init( int t = 0; ),
                                                   action( t += nope4($x); ), result( t ) )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());

        // Drools says 12, 0, 27 and 31, and adds its own null pointer after the first and the last.
        assertEquals(List.of("12 acme: eval", "20 acme: from", "28 acme: second line of a pattern", "36 acme: accumulate"),
                e.problems().stream().map(p -> p.line() + " " + p.rule().orElse("?")).sorted().toList(), e::getMessage);
        assertTrue(e.problems().stream().allMatch(p -> p.message().startsWith("Unable to Analyse Expression")),
                e::getMessage);
    }

    @Test
    void aMisspeltOrUnqualifiedEnumConstantOrAMissingImportIsOneProblemSayingWhatToWrite() {
        String file = HEADER + """
                rule "acme: misspelt constant"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( horizon == BusinessHorizon.LONGTERM )
                then
                end
                rule "acme: constant without its type"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( horizon == BALANCED )
                then
                end
                rule "acme: class without an import"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > Year.now().getValue() )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan", Year.now());
                end
                """;
        List<String> hints = List.of("(BusinessHorizon has no constant LONGTERM; it has QUICK_WINS, BALANCED, LONG_TERM_BETS)",
                "(an enum constant is written with its type: BusinessHorizon.BALANCED)",
                "(Year is neither a field of OrgProfile nor a class this file imports)",
                "(Year is no name this file knows: a class needs an import)");
        // Without the hints Drools says "unable to resolve method ... BusinessHorizon.LONGTERM()",
        // twice (once per expression around it), and adds a null pointer of its own at line 0.
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());

            List<RuleSetException.Problem> problems = e.problems().stream()
                    .sorted(Comparator.comparingInt(RuleSetException.Problem::line)).toList();
            assertEquals(List.of(11, 18, 25, 27), problems.stream().map(RuleSetException.Problem::line).toList(),
                    e::getMessage);
            for (int i = 0; i < hints.size(); i++) {
                assertTrue(problems.get(i).message().contains(hints.get(i)), e::getMessage);
            }
        }
    }

    @Test
    void aMisspeltConstantInAList_isAtItsOwnLine_withoutDroolsLineAndColumn() {
        // Drools rewrites "industry in (A, B)" to "industry == A || industry == B" before MVEL reads
        // it, so MVEL quotes a text the file does not hold; the unknown name is on line 12.
        String file = HEADER + """
                rule "acme: a misspelt constant in a list"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry,
                                industry in (Industry.HEALTHCARE, Industry.GOVERMENT) )
                then
                end
                """;
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());
            assertEquals(List.of(12), e.problems().stream().map(RuleSetException.Problem::line).toList(), e::getMessage);
            assertTrue(e.problems().get(0).message().contains("(Industry has no constant GOVERMENT;"), e::getMessage);
            assertTrue(!e.problems().get(0).message().contains("[Line: "), e::getMessage);
        }
    }

    @Test
    void anEnumTypeWithoutItsImportIsToldItsImportNotTakenForTheFieldNamedLikeIt() {
        // Without the vocabulary's import MVEL looks for Industry as a member of OrgProfile; its
        // field industry is only case off, but the dot after the name shows a type.
        String header = HEADER.replace("import dev.mlteams.advisor.vocabulary.*;\n", "");
        for (String condition : List.of("industry == Industry.RETAIL", "industry == Industry.valueOf(\"RETAIL\")")) {
            String file = header + """
                    rule "acme: an enum type without its import"
                        @source("P5")
                        ruleflow-group "advise"
                    when
                        OrgProfile( %s )
                    then
                    end
                    """.formatted(condition);
            for (String drl : List.of(file, javaDialect(file))) {
                RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());
                List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
                assertTrue(messages.stream().anyMatch(m -> m.contains(
                        "(the file does not import it: import dev.mlteams.advisor.vocabulary.Industry;)")), e::getMessage);
                assertTrue(messages.stream().noneMatch(m -> m.contains("did you mean")), e::getMessage);
            }
        }
    }

    @Test
    void anEnumTypeWithoutItsImportInAConsequenceIsToldItsImport() {
        String file = HEADER.replace("import dev.mlteams.advisor.vocabulary.*;\n", "") + """
                rule "acme: an enum type without its import, in a consequence"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > 10 )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan");
                end
                """;
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());
            assertTrue(e.problems().stream().anyMatch(p -> p.message().contains(
                    "(the file does not import it: import dev.mlteams.advisor.vocabulary.PracticeArea;)")), e::getMessage);
        }
    }

    @Test
    void anImportedTypeIsNotToldToImportIt_andAFieldWithTheWrongCaseBeforeAMethodIsStillAField() {
        String file = JAVA_HEADER + """
                rule "acme: a field with the wrong case before a method"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( Headcount.intValue() > 3 )
                then
                end
                rule "acme: a nested type the imported type lacks"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > 3 )
                then
                    OrgProfile.Builder2 builder = null;
                end
                rule "acme: an imported enum type used as a value"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > 3 )
                then
                    Object value = DataAccess;
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());

        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        assertTrue(messages.stream().anyMatch(m -> m.contains("(did you mean headcount?)")), e::getMessage);
        assertTrue(messages.stream().anyMatch(m -> m.contains("Builder2")), e::getMessage);
        assertTrue(messages.stream().anyMatch(m -> m.contains("DataAccess")), e::getMessage);
        assertTrue(messages.stream().noneMatch(m -> m.contains("does not import it")), e::getMessage);
    }

    @Test
    void aPatternTypeWithoutItsImportIsToldWhichImportItNeeds() {
        String file = HEADER.replace("import dev.mlteams.advisor.OrgProfile;\n", "") + """
                rule "acme: a pattern type without its import"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount > 10 )
                    Team( size > 1 )
                then
                end
                """;
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());

            assertEquals(List.of("Unable to resolve ObjectType 'OrgProfile' (the file does not import it: import "
                    + "dev.mlteams.advisor.OrgProfile;)", "Unable to resolve ObjectType 'Team' (Team is no class this "
                    + "file imports)"), e.problems().stream().map(RuleSetException.Problem::message).toList());
        }
    }

    @Test
    void aSignalOrAnArchetypeMatchedWithoutItsImportIsToldWhichImportItNeeds() {
        // The default rules match Signal (authoring) and, in a "from", Archetype (vocabulary).
        String rule = """
                rule "acme: %s"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    %s
                then
                end
                """;
        String signal = HEADER + rule.formatted("a signal", "Signal( name == \"no-ml-staff\" )");
        String archetypes = HEADER.replace("import dev.mlteams.advisor.vocabulary.*;\n", "")
                + rule.formatted("every archetype", "$archetype : Archetype() from Archetype.values()");
        // A nested class written with its binary name is no advisor type, and still a name.
        String nested = HEADER + rule.formatted("a nested class", "Acme$Team( size > 1 )");
        for (String dialect : List.of("mvel", "java")) {
            assertEquals(List.of("Unable to resolve ObjectType 'Signal' (the file does not import it: import "
                    + "dev.mlteams.advisor.authoring.Signal;)"), messages(signal, dialect));
            assertEquals(List.of("Unable to resolve ObjectType 'Archetype' (the file does not import it: import "
                    + "dev.mlteams.advisor.vocabulary.Archetype;)"), messages(archetypes, dialect));
            assertEquals(List.of("Unable to resolve ObjectType 'Acme$Team' (Acme$Team is no class this file imports)"),
                    messages(nested, dialect));
        }
    }

    private static List<String> messages(String drl, String dialect) {
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", drl.replace("dialect \"mvel\"", "dialect \"" + dialect + "\"")).build());
        return e.problems().stream().map(RuleSetException.Problem::message).toList();
    }

    @Test
    void aMisspeltFieldInABindingIsToldTheFieldLikeOneInAConstraint() {
        // Drools says only "Field Reader does not exist for declaration '$h' in '$h : HORIZON'".
        Map<String, String> meant = new LinkedHashMap<>();
        meant.put("$h : HORIZON", "horizon");
        meant.put("$h : horizn", "horizon");
        meant.put("$h : horizonn", "horizon");
        meant.put("$hires : plannedHire", "plannedHires");
        // Bound and tested at once: one problem, not also Drools' "Unable to Analyse Expression".
        meant.put("$headcount : headCount >= 200", "headcount");
        meant.put("$hires : plannedHire > 0, headcount > 10", "plannedHires");
        // Over two lines, where Drools puts the binding's error at the first and the analysis at the second.
        meant.put("$industry : industry,\n                $headcount : headCount >= 200", "headcount");
        // In a constraint, a letter off as well as the case.
        meant.put("plannedHire > 0", "plannedHires");
        meant.put("headcont > 10", "headcount");
        meant.forEach((constraint, field) -> {
            String file = HEADER + """
                    rule "acme: a misspelt field"
                        @source("P5")
                        ruleflow-group "advise"
                    when
                        OrgProfile( %s )
                    then
                    end
                    """.formatted(constraint);
            for (String drl : List.of(file, javaDialect(file))) {
                RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());
                assertEquals(1, e.problems().size(), e::getMessage);
                assertTrue(e.problems().get(0).message().contains("(did you mean " + field + "?)"), e::getMessage);
                // At the line of the misspelt field: the pattern's own, or the next.
                assertEquals(constraint.contains("\n") ? 12 : 11, e.problems().get(0).line(), e::getMessage);
            }
        });
        // A name like no field, and one in capitals, as constants are written, a letter off one: no guess.
        for (String condition : List.of("OrgProfile( $h : xyzzy )", "OrgProfile( NAMES == null )")) {
            String file = HEADER + """
                    rule "acme: no near field"
                        @source("P5")
                        ruleflow-group "advise"
                    when
                        %s
                    then
                    end
                    """.formatted(condition);
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
            assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("did you mean")), e::getMessage);
        }
    }

    @Test
    void aFieldMisspeltInCaseBeforeAConstantIsStillToldTheField() {
        // OrgProfile( mlHome == mlHome.NOWHERE ) compiles: only a capitalised name before a
        // constant (Industry.RETAIL) is taken for a class.
        String file = HEADER + """
                rule "acme: a constant read through a misspelt field"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( mlHome == mlhome.NOWHERE )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();

        assertTrue(messages.stream().anyMatch(m -> m.contains("(did you mean mlHome?)")), e::getMessage);
        assertTrue(messages.stream().noneMatch(m -> m.contains("is neither a field")), e::getMessage);
    }

    @Test
    void aPositionWithoutItsImportIsToldItIsDroolsOwnPosition() {
        // Every rule file sees Drools' annotation org.kie.api.definition.type.Position, so without
        // the import Drools takes the pattern for that and then finds no field on it.
        String file = HEADER.replace("import dev.mlteams.advisor.advice.*;\n", "") + """
                rule "acme: a position without its import"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    Position( role == Role.ML_ENGINEER )
                then
                end
                """;
        String hint = "(Position here is Drools' own org.kie.api.definition.type.Position, which every rule file"
                + " sees: import dev.mlteams.advisor.advice.Position;)";
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        assertTrue(e.problems().get(0).message().contains(hint), e::getMessage);

        // A pattern that only binds a field gets the hint too; one with both is told once.
        for (String pattern : List.of("Position( $count : count )", "Position( role == Role.ML_ENGINEER, $count : count )")) {
            RuleSetException bound = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                    file.replace("Position( role == Role.ML_ENGINEER )", pattern)).build());
            assertEquals(1, bound.problems().size(), bound::getMessage);
            assertTrue(bound.problems().get(0).message().endsWith(hint) || bound.problems().get(0).message().contains(
                    hint + "\n"), bound::getMessage);
        }
    }

    @Test
    void aPatternOfATypeNotImportedIsOneProblem_notAgainWhereItsVariablesAreUsed() {
        String file = HEADER.replace("import dev.mlteams.advisor.advice.*;\n", "") + """
                rule "acme: an archetype call without its import"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    $call : ArchetypeCall( $archetype : archetype,
                                           $confidence : confidencePercent )
                then
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $archetype + " " + $confidence + $call);
                end
                """;
        for (String drl : List.of(file, javaDialect(file))) {
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", drl).build());
            assertEquals(List.of("acme.drl:10 rule \"acme: an archetype call without its import\": Unable to resolve"
                    + " ObjectType 'ArchetypeCall' (the file does not import it: import"
                    + " dev.mlteams.advisor.advice.ArchetypeCall;)"), e.problems().stream().map(Object::toString).toList());
        }
    }

    @Test
    void anUnknownAccumulateFunctionIsOneProblemAtItsCallNamingItsRule() {
        String file = HEADER + """
                rule "acme: sums headcounts"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    $n : Number() from accumulate( OrgProfile( $x : headcount ),
                                                   summ( $x ) )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());

        // Drools says line 7 with no rule, then adds a null pointer of its own at line 11.
        assertEquals(List.of("acme.drl:12 rule \"acme: sums headcounts\": Unknown accumulate function: 'summ'"),
                e.problems().stream().map(p -> p.toString().substring(0, p.toString().indexOf("' on rule") + 1)).toList(),
                e::getMessage);
    }

    @Test
    void aJavaErrorOutsideTheConsequenceStaysAtTheRulesFirstLine() {
        String file = JAVA_HEADER + """
                rule "acme: eval calls nothing"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $headcount : headcount )
                    eval( noSuchFunction($headcount) )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());

        assertEquals(List.of(7), e.problems().stream().map(RuleSetException.Problem::line).toList(), e::getMessage);
        assertTrue(e.problems().get(0).message().contains("noSuchFunction"), e::getMessage);
    }

    @Test
    void aSyntaxErrorNamesItsRule() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", HEADER + """
                rule "acme: half a condition"
                    @source("P5")
                when
                    OrgProfile( $h : horizon == )
                then
                end
                """).build());

        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(Optional.of("acme: half a condition"), e.problems().get(0).rule(), e::getMessage);
        assertEquals(10, e.problems().get(0).line(), e::getMessage);
    }

    @Test
    void aFileThatNeedsABrokenFileIsLeftOutWithoutHidingTheRest() {
        String declares = TYPO_RULE.replace(HEADER, HEADER + """
                declare Budget
                    amount : int
                end
                """);
        String needsIt = HEADER + """
                rule "acme: uses the declared type"
                    @source("ACME-1")
                when
                    Budget( amount > 0 )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme()
                .addRules("declares.drl", declares).addRules("needs-it.drl", needsIt)
                .addRules("unsourced.drl", OTHER_PACKAGE_HEADER + UNSOURCED_RULE)
                .build());

        // needs-it.drl fails only because Budget's file does not compile, so only that file is named.
        assertEquals(List.of("declares.drl:13", "unsourced.drl:7"),
                e.problems().stream().map(p -> p.file() + ":" + p.line()).toList(), e.getMessage());
    }

    @Test
    void aKnowledgeLineWithSpacesForTabsIsToldSo_andARuleCitingItsIdIsNotToldAgain(@TempDir Path dir)
            throws IOException {
        Path knowledge = dir.resolve("knowledge.tsv");
        // An editor turned the tabs into spaces.
        Files.writeString(knowledge, "ACME-1  MANAGING_PROJECTS  no  Regulated firms review model risk\n");

        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().addKnowledge(knowledge)
                .addMessages(ACME_MESSAGES).addRules("acme.drl", RISK_REVIEW_RULE).build());

        assertEquals(List.of(knowledge + ":1: expected 4 tab-separated cells, found 1 (the cells are separated by"
                + " spaces: separate them with tabs)"), e.problems().stream().map(Object::toString).toList());
        // Disabling that ID is not told it is unknown either.
        RuleSetException disabling = assertThrows(RuleSetException.class, () -> Advisor.builder().addKnowledge(knowledge)
                .addMessages(ACME_MESSAGES).addRules("acme.drl", RISK_REVIEW_RULE).disableKnowledge("ACME-1").build());
        assertEquals(e.problems(), disabling.problems());
        // A line that is short of a cell is not said to use spaces.
        Files.writeString(knowledge, "ACME-1 MANAGING_PROJECTS no\n");
        assertEquals(List.of(knowledge + ":1: expected 4 tab-separated cells, found 1"),
                assertThrows(RuleSetException.class, () -> Advisor.builder().addKnowledge(knowledge)
                        .addMessages(ACME_MESSAGES).addRules("acme.drl", RISK_REVIEW_RULE).build())
                        .problems().stream().map(Object::toString).toList());
    }

    @Test
    void aKnowledgeFileReportsEveryBadLineAndTakenIdWithItsLineTogetherWithCompileErrors(@TempDir Path dir)
            throws IOException {
        Path knowledge = dir.resolve("knowledge.tsv");
        Files.writeString(knowledge, String.join("\n",
                "# id\tstep\tderived\ttitle",
                "ACME-1\tHIRING\tno\tAcme keeps models registered",
                "ACME-2\tHIRING\tmaybe\tA bad derived cell",
                "A1\tHIRING\tno\tTaken by the default catalogue",
                "ACME-1\tHIRING\tno\tRepeated in this file",
                "ACME-3\tHIRING\tno",
                "ACME-4\tHIRNG\tno\tA misspelt step",
                ""));
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addKnowledge(knowledge).addKnowledge(ACME_1)
                .addRules("acme.drl", TYPO_RULE).build());

        String file = knowledge.toString();
        List<String> problems = e.problems().stream().map(Object::toString).toList();
        assertEquals(List.of(
                file + ":3: derived must be 'yes' or 'no', was 'maybe'",
                file + ":5: knowledge ID ACME-1 is already on line 2",
                file + ":6: expected 4 tab-separated cells, found 3",
                file + ":7: the step must be one of [WHY_IT_IS_HARD, ROLES, ARCHETYPES_AND_DESIGN, MANAGING_PROJECTS, HIRING, CONCLUSIONS], was 'HIRNG'",
                file + ":4: knowledge ID A1 is already in the catalogue; give your item an ID of its own",
                "addKnowledge: knowledge ID ACME-1 is already added; give your item an ID of its own"),
                problems.subList(0, 6));
        assertEquals(7, problems.size(), problems.toString());
        assertTrue(problems.get(6).startsWith("acme.drl:10 rule \"acme: typo\""), problems.toString());

        // Saved by a spreadsheet: a byte-order mark before the first ID.
        Files.writeString(knowledge, "\uFEFFACME-1\tHIRING\tno\tAcme keeps models registered\n");
        Advisor fromFile = Advisor.builder().addKnowledge(knowledge).addMessages(ACME_MESSAGES)
                .addRules("acme.drl", RISK_REVIEW_RULE).build();
        assertTrue(fromFile.catalogue().contains("ACME-1"));
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().addKnowledge(dir.resolve("missing.tsv")));
    }

    /** A file as a first-time user writes it: no dialect line, so its consequences are MVEL. */
    private static final String NO_DIALECT_HEADER = HEADER.replace("dialect \"mvel\"\n", "");

    private static final String ADD_DIALECT_JAVA =
            "(consequences are MVEL unless the file says dialect \"java\"; %s looks like Java: add dialect \"java\""
            + " after the imports)";

    /** A rule whose consequence is {@code consequence}, in a file without a dialect line. */
    private static String withConsequence(String header, String consequence) {
        return header + """
                rule "acme: a consequence"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > 1 )
                then
                    %s
                end
                """.formatted(consequence);
    }

    @Test
    void javaSyntaxInAnMvelConsequenceIsToldToSayDialectJava() {
        // Each consequence is Java that MVEL cannot read, and each compiles once the file says dialect "java".
        Map<String, String> javaOnly = new LinkedHashMap<>();
        javaOnly.put("java.util.Map<String,Integer> m = new java.util.HashMap<>(); int n = m.get(\"x\");",
                "\"java.util.Map<String,Integer> m\"");
        javaOnly.put("java.util.List l = new java.util.ArrayList<>();", "\"new java.util.ArrayList<>\"");
        javaOnly.put("Object o = null; java.util.List l = (java.util.List<String>) o;", "\"(java.util.List<String>)\"");
        javaOnly.put("java.util.List l = java.util.List.of(1); l.removeIf(x -> x == null);", "\"x ->\"");
        javaOnly.put("Runnable r = () -> System.out.println(\"x\");", "\"() ->\"");
        javaOnly.put("java.util.List.of(\"a\").forEach(System.out::println);", "\"System.out::println\"");
        javaOnly.put("final int n = 3;", "\"final int n\"");
        javaOnly.put("Runnable r = new Runnable() { public void run() { } };", "\"new Runnable() {\"");
        javaOnly.forEach((consequence, quoted) -> {
            String file = withConsequence(NO_DIALECT_HEADER, consequence);
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
            assertEquals(1, e.problems().size(), e::getMessage);
            assertTrue(e.problems().get(0).message().contains(ADD_DIALECT_JAVA.formatted(quoted)), e::getMessage);
            // What the hint says to do is enough.
            acme().addRules("acme.drl", file.replace("global", "dialect \"java\"\nglobal")).build();
        });
        // Ordinary MVEL errors, with typed variables, comparisons and arrows in strings, have no such hint.
        for (String consequence : List.of("String s = \"x\"; int k = s.lenght();",
                "int a = 1; int b = 2; boolean c = a < b && b > a; System.out.println(unknown);",
                "String s = \"a -> b, new X<>(), (List<String>) x\"; // Map<String,Integer> m = x -> y\n    s.foo();",
                "java.util.Map m = new java.util.HashMap(); m.put(\"x\", 1); m.sizee();",
                // Comparisons around a ?: are not type arguments.
                "int lo = 1; int hi = 2; boolean b = Integer.MAX_VALUE < lo ? hi > lo : false; foo();")) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> acme().addRules("acme.drl", withConsequence(NO_DIALECT_HEADER, consequence)).build());
            assertTrue(e.problems().stream().noneMatch(p -> p.message().contains("looks like Java")), e::getMessage);
        }
    }

    @Test
    void anMvelCompileErrorIsAtTheLineMvelNames_notAtTheStatementItQuotes() {
        // MVEL quotes the consequence's last statement for an unknown class, but names its line: (2,26).
        String file = withConsequence(NO_DIALECT_HEADER, "int k = 1;\n    java.util.List<String> xs = new java.util.ArrayList<>();"
                + "\n    int j = 2;\n    advise.practice(PracticeArea.PEOPLE, \"acme.plan\", k);");
        int atFault = file.lines().toList().indexOf("    java.util.List<String> xs = new java.util.ArrayList<>();") + 1;

        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());

        assertEquals(1, e.problems().size(), e::getMessage);
        assertEquals(atFault, e.problems().get(0).line(), e::getMessage);
    }

    @Test
    void javaSyntaxInAnMvelConsequenceIsToldTheDialectOnlyWhereTheFileDoesNotSayJava() {
        String consequence = "java.util.List l = new java.util.ArrayList<>();";
        // A file that says "mvel" is told to say "java" instead.
        RuleSetException mvel = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", withConsequence(HEADER, consequence)).build());
        assertTrue(mvel.problems().get(0).message().contains("(the file says dialect \"mvel\", and \"new "
                + "java.util.ArrayList<>\" looks like Java: make it dialect \"java\")"), mvel::getMessage);
        // In a java file, a rule that says "mvel" itself chose it: adding the file's line would not help.
        for (String header : List.of(JAVA_HEADER, NO_DIALECT_HEADER)) {
            String ruleSaysMvel = withConsequence(header, consequence)
                    .replace("ruleflow-group \"advise\"", "ruleflow-group \"advise\"\n    dialect \"mvel\"");
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> acme().addRules("acme.drl", ruleSaysMvel).build());
            assertEquals(1, e.problems().size(), e::getMessage);
            assertFalse(e.problems().get(0).message().contains("looks like Java"), e::getMessage);
        }
    }

    @Test
    void aFileWithoutTheAdviseGlobalIsToldToDeclareIt() {
        String undeclared = HEADER.replace("global dev.mlteams.advisor.authoring.Advise advise;\n", "") + """
                rule "acme: no global"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $horizon : horizon )
                then
                    advise.practice(PracticeArea.PLANNING, "acme.plan", $horizon);
                end
                """;
        String hint = " (each rule file declares the global itself: global dev.mlteams.advisor.authoring.Advise advise;)";
        for (String file : List.of(undeclared, javaDialect(undeclared))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> acme().addRules("acme.drl", file).build());
            assertEquals(1, e.problems().size(), e::getMessage);
            // After MVEL's "[Error: ...]" line, which it explains; at the end of a Java message.
            assertTrue(e.problems().get(0).message().contains(hint), e::getMessage);
        }
    }

    @Test
    void compileErrorsInACustomFileNameTheFileLineAndRule() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .addRules("acme.drl", HEADER + """
                        rule "acme: typo"
                            @source("P5")
                        when
                            OrgProfile( $h : horizonn )
                        then
                        end
                        """).build());

        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("acme.drl", problem.file());
        assertEquals(10, problem.line());
        assertEquals(Optional.of("acme: typo"), problem.rule());
        assertTrue(problem.message().contains("horizonn"), problem.message());
    }

    @Test
    void rulesLoadFromADirectoryRecursivelyAndFromTheClasspath(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("nested"));
        Files.writeString(dir.resolve("nested/acme.drl"), RISK_REVIEW_RULE);
        Files.writeString(dir.resolve("messages.properties"),
                "acme.risk-review = In {0}, a risk reviewer signs off models.\n");

        Advisor fromDirectory = Advisor.builder().addKnowledge(ACME_1).addRules(dir)
                .addMessages(dir.resolve("messages.properties")).build();
        assertTrue(keys(fromDirectory.advise(Companies.bank())).contains("acme.risk-review"));

        Advisor fromClasspath = acme().addClasspathRules("acme-test-rules/risk-review.drl").build();
        assertTrue(keys(fromClasspath.advise(Companies.bank())).contains("acme.risk-review"));

        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().addRules(dir.resolve("missing.drl")));
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().addClasspathRules("no/such.drl"));
    }

    @Test
    void aDirectorysFilesAreAddedInPathOrderWhateverTheDirectorySays(@TempDir Path dir) throws IOException {
        // Created out of order: a directory lists its entries in no order of its own (ext4 by hash).
        List<String> names = List.of("m", "z", "a", "q", "b");
        for (String name : names) {
            Files.writeString(dir.resolve(name + ".drl"), HEADER + """
                    rule "acme: %s"
                        @source("ACME-1")
                        ruleflow-group "advise"
                    when
                        OrgProfile( $industry : industry )
                    then
                    end
                    """.formatted(name));
        }

        Advisor advisor = acme().addRules(dir).build();

        assertEquals(names.stream().sorted().map(name -> dir.resolve(name + ".drl").toString()).toList(),
                advisor.rules().stream().map(Advisor.Rule::file).filter(file -> file.startsWith(dir.toString()))
                        .toList(), "the rules are listed in the order of their files, which is the paths' order");
    }

    @Test
    void aDirectoryWithoutRuleFilesIsRefusedRatherThanAddingNothing(@TempDir Path dir) throws IOException {
        // Say, --rules pointed at the wrong directory: the defaults alone must not pass for the user's rules.
        Files.writeString(dir.resolve("messages.properties"), "acme.plan = Plan in two-week bets.\n");
        Files.writeString(dir.resolve("acme.drl.txt"), RISK_REVIEW_RULE);

        assertEquals("no .drl files below " + dir, assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addRules(dir)).getMessage());
    }

    @Test
    void aRuleFileNeedsANonBlankName() {
        assertEquals("a rule file needs a non-blank name", assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addRules(" ", RISK_REVIEW_RULE)).getMessage());
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().addRules("", RISK_REVIEW_RULE));
    }

    @Test
    void theSafetyCheckRefusesThreadsUnlessSwitchedOffForTrustedFiles() {
        String threadRule = HEADER + """
                rule "acme: looks at its thread"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $industry : industry == Industry.FINANCIAL_SERVICES )
                then
                    Thread.currentThread();
                    advise.practice(PracticeArea.PEOPLE, "acme.risk-review", $industry);
                end
                """;

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> acme().addRules("trusted.drl", threadRule).build());
        assertEquals(List.of("trusted.drl:13: \"Thread\" is not allowed in rule files (threads)"),
                refused.problems().stream().map(Object::toString).toList());

        Advisor trusting = acme().addRules("trusted.drl", threadRule).withoutSafetyCheck().build();
        assertTrue(keys(trusting.advise(Companies.bank())).contains("acme.risk-review"));
    }

    @Test
    void aPackageTheSafetyCheckRefusesCanBeAllowedByItsNameOnly() {
        String collating = RISK_REVIEW_RULE.replace("dialect \"mvel\"\n", "import java.text.Collator;\ndialect \"mvel\"\n");

        RuleSetException refused = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", collating).build());
        assertEquals(1, refused.problems().size(), refused.getMessage());
        assertTrue(refused.problems().get(0).message().contains("java.text.Collator"), refused.getMessage());

        Advisor allowed = acme().allowPackage("java.text").addRules("acme.drl", collating).build();
        assertTrue(keys(allowed.advise(Companies.bank())).contains("acme.risk-review"));

        for (String notAPackage : List.of("", "java.text.*", "java..text", "java.text.", "1acme", "com.acme rules")) {
            assertEquals("not a Java package name: '" + notAPackage + "'", assertThrows(IllegalArgumentException.class,
                    () -> Advisor.builder().allowPackage(notAPackage)).getMessage());
        }
    }

    @Test
    void aDirectoryWithAnUnreadableFileAddsNothing(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.drl"), RISK_REVIEW_RULE);
        Files.write(dir.resolve("b.drl"), new byte[] {'r', 'u', 'l', 'e', ' ', (byte) 0xC3, (byte) 0x28});
        Advisor.Builder builder = acme();

        assertThrows(UncheckedIOException.class, () -> builder.addRules(dir));
        Files.writeString(dir.resolve("b.drl"), "package com.acme.other;\n");

        // Had a.drl stayed in the builder from the failed call, it would now count as added twice.
        assertTrue(keys(builder.addRules(dir).build().advise(Companies.bank())).contains("acme.risk-review"));
    }

    @Test
    void aMessagesFileWithAMalformedEscapeIsNamed(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("messages.properties");
        Files.writeString(file, "acme.plan = Plan \\u12 ahead.\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(file));
        assertTrue(e.getMessage().startsWith("cannot read messages " + file + ": "), e.getMessage());
    }

    @Test
    void aMissingKnowledgeOrMessagesFileIsAWrongArgumentAsAMissingRuleFileIs(@TempDir Path dir) {
        Path missing = dir.resolve("missing");

        assertEquals("no such rule file or directory: " + missing, assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addRules(missing)).getMessage());
        assertEquals("no such knowledge file: " + missing, assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addKnowledge(missing)).getMessage());
        assertEquals("no such messages file: " + missing, assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(missing)).getMessage());
    }

    @Test
    void anAdvisorNamesItsRuleSetAndLanguageForLogs() {
        Advisor acme = acme().addRules("acme.drl", RISK_REVIEW_RULE).name("acme").version("7")
                .locale(Locale.SIMPLIFIED_CHINESE).build();

        assertEquals("Advisor[acme 7, " + acme.ruleSet().shortHash() + ", zh-CN]", acme.toString());
        assertTrue(acme.ruleSet().shortHash().matches("sha256:[0-9a-f]{12}"), acme.ruleSet().shortHash());
        assertEquals("ReloadableAdvisor[" + acme + "]", ReloadableAdvisor.of(acme).toString());
    }

    @Test
    void theRuleSetStampIsOnTheAdviceEveryExplanationAndTheTrace() {
        Advice defaults = Advisor.recommend(Companies.bank());
        assertEquals("ml-team-advisor-defaults", defaults.ruleSet().name());
        assertEquals("0.1.0-SNAPSHOT", defaults.ruleSet().version());
        assertTrue(defaults.ruleSet().contentHash().matches("sha256:[0-9a-f]{64}"));

        Advisor acme = acme().addRules("acme.drl", RISK_REVIEW_RULE).name("acme").version("7").build();
        Advice custom = acme.advise(Companies.bank());
        assertEquals("acme", custom.ruleSet().name());
        assertEquals("7", custom.ruleSet().version());
        assertNotEquals(defaults.ruleSet().contentHash(), custom.ruleSet().contentHash());
        assertEquals(custom.ruleSet(), acme().addRules("acme.drl", RISK_REVIEW_RULE).name("acme").version("7")
                .build().ruleSet(), "the same files give the same stamp");
        for (Explained item : custom.items()) {
            assertEquals(custom.ruleSet(), item.explanation().ruleSet());
        }
        custom.trace().forEach(f -> assertEquals(custom.ruleSet(), f.ruleSet()));
    }

    @Test
    void theDefaultRuleSetsNameStaysOnlyUntilAnythingIsAddedDisabledOrReworded() {
        RuleSetStamp defaults = Advisor.defaults().ruleSet();
        assertEquals(defaults, Advisor.builder().locale(Locale.SIMPLIFIED_CHINESE).firingLimit(500).build().ruleSet(),
                "a language and a firing limit change no rule");
        List<Advisor.Builder> customised = List.of(
                Advisor.builder().disableRule("practice: measure inputs, not results"),
                Advisor.builder().disableKnowledge("H0.1"),
                Advisor.builder().addKnowledge(ACME_1),
                Advisor.builder().addMessages(ACME_MESSAGES),
                acme().addRules("acme.drl", RISK_REVIEW_RULE));
        for (Advisor.Builder builder : customised) {
            RuleSetStamp stamp = builder.build().ruleSet();
            assertEquals(List.of("custom", "unversioned"), List.of(stamp.name(), stamp.version()), stamp.toString());
            assertNotEquals(defaults.contentHash(), stamp.contentHash());
        }
    }

    @Test
    void theContentHashChangesWithTheCatalogueAndTheTexts() {
        String base = acme().addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
        KnowledgeItem retitled = new KnowledgeItem(ACME_1.id(), ACME_1.step(), ACME_1.derived(), "Retitled");
        String otherTitle = Advisor.builder().addKnowledge(retitled).addMessages(ACME_MESSAGES)
                .addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
        String otherWords = acme().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.plan", "Plan in one-week bets."}};
            }
        }).addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
        String englishOnly = acme().addMessages("acme.english-only-messages").addRules("acme.drl", RISK_REVIEW_RULE)
                .build().ruleSet().contentHash();

        assertEquals(4, Set.of(base, otherTitle, otherWords, englishOnly).size());
        // Values that are not texts are not advice: two equal bundles holding an array (whose
        // toString differs per instance) give equal hashes.
        assertEquals(withArray(), withArray());
        assertEquals(englishOnly, acme().addMessages("acme.english-only-messages").addRules("acme.drl", RISK_REVIEW_RULE)
                .build().ruleSet().contentHash());
    }

    @Test
    void theOrderFilesAreAddedInChangesNeitherTheContentHashNorTheAdviceItems() {
        String second = RISK_REVIEW_RULE.replace("acme: regulated industries review model risk",
                "acme: the same, from a second file");
        Advisor ab = acme().addRules("a.drl", RISK_REVIEW_RULE).addRules("b.drl", second).build();
        Advisor ba = acme().addRules("b.drl", second).addRules("a.drl", RISK_REVIEW_RULE).build();
        Advice first = ab.advise(Companies.bank());
        Advice other = ba.advise(Companies.bank());

        assertEquals(ab.ruleSet().contentHash(), ba.ruleSet().contentHash());
        assertEquals(first.practices().stream().map(p -> p.explanation().rule() + ": " + p.message().text()).toList(),
                other.practices().stream().map(p -> p.explanation().rule() + ": " + p.message().text()).toList());
        // Only when two rules of equal priority fire can differ: the trace's order, not what it holds.
        assertEquals(Set.copyOf(first.trace().stream().map(f -> f.rule()).toList()),
                Set.copyOf(other.trace().stream().map(f -> f.rule()).toList()));
    }

    @Test
    void theContentHashIsTheSameInEveryRun() {
        // A literal: a hash that depended on hash-map order or identity would differ from run to run.
        String hash = Advisor.builder().withoutDefaultRules().addKnowledge(ACME_1).addMessages(ACME_MESSAGES)
                .addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
        assertEquals("sha256:8fbc1f75e62c14eaa32975ef827f5f601892131b6dcf0609de28fd1708409687", hash);
    }

    @Test
    void aRuleSetBuiltAgainReadsItsBundleFamilyAgain(@TempDir Path dir) throws IOException {
        Path english = Files.createDirectories(dir.resolve("com/acme")).resolve("words.properties");
        Path chinese = english.resolveSibling("words_zh_CN.properties");
        Files.writeString(english, "acme.risk-review = First: {0}.\n");
        Files.writeString(chinese, "acme.risk-review = \u7b2c\u4e00\uff1a{0}\u3002\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            Advisor first = wordsFrom(loader);
            // What a reload does: the same loader, files changed on disk, the rule set built again.
            Files.writeString(english, "acme.risk-review = Second: {0}.\n");
            Files.writeString(chinese, "acme.risk-review = \u7b2c\u4e8c\uff1a{0}\u3002\n");
            Advisor second = wordsFrom(loader);

            assertEquals("First: financial services.", riskReview(first, Locale.ENGLISH));
            assertEquals("Second: financial services.", riskReview(second, Locale.ENGLISH));
            assertEquals("\u7b2c\u4e8c\uff1a\u91d1\u878d\u670d\u52a1\u3002", riskReview(second, Locale.SIMPLIFIED_CHINESE));
            assertNotEquals(first.ruleSet().contentHash(), second.ruleSet().contentHash());
        }
    }

    @Test
    void classpathFilesAreLookedUpThroughTheClassLoaderSetBeforeThem(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("com/acme"));
        Files.writeString(dir.resolve("com/acme/review.drl"), RISK_REVIEW_RULE);
        Files.writeString(dir.resolve("com/acme/words.properties"), "acme.risk-review = Review: {0}.\n");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
            IllegalArgumentException rulesFirst = assertThrows(IllegalArgumentException.class,
                    () -> Advisor.builder().addClasspathRules("com/acme/review.drl").classLoader(loader));
            assertEquals("no such rule file on the classpath: com/acme/review.drl (if another class loader has it,"
                    + " call classLoader(...) first)", rulesFirst.getMessage());
            IllegalArgumentException wordsFirst = assertThrows(IllegalArgumentException.class,
                    () -> Advisor.builder().addMessages("com.acme.words").classLoader(loader));
            assertEquals("no message bundle com.acme.words on the classpath (if another class loader has it,"
                    + " call classLoader(...) first)", wordsFirst.getMessage());

            Advisor loaderFirst = Advisor.builder().addKnowledge(ACME_1).classLoader(loader)
                    .addClasspathRules("com/acme/review.drl").addMessages("com.acme.words").build();
            assertEquals("Review: financial services.", riskReview(loaderFirst, Locale.ENGLISH));
        }
    }

    /**
     * A rule whose text no bundle has, under a key made at run time: it compiles and passes
     * build()'s checks, then fails every call. (A quoted key is checked by build(): MessageCallsTest.)
     */
    static final String UNWRITTEN_TEXT_RULE = HEADER + """
            rule "acme: a text nobody wrote"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $industry : industry )
            then
                advise.practice(PracticeArea.PEOPLE, "acme." + "unwritten", $industry);
            end
            """;

    @Test
    void verifyWithRunsTheBuiltRulesOnTheGivenProfilesAndReportsWhatOnlyARunShows() {
        // Without profiles to run on, build() cannot see it: every call fails instead.
        Advisor unverified = acme().addRules("acme.drl", UNWRITTEN_TEXT_RULE).build();
        assertThrows(RuleExecutionException.class, () -> unverified.advise(Companies.bank()));

        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", UNWRITTEN_TEXT_RULE)
                .verifyWith(Companies.bank(), Companies.saasCompany()).build());
        String lacking = ": rule \"acme: a text nobody wrote\" (acme.drl:7) emitted message key \"acme.unwritten\", which the"
                + " message bundle lacks";
        // Said once, for both profiles it showed on.
        assertEquals(List.of("verifyWith: profile 1 (\"Harbour Bank\"), profile 2 (\"Brightdesk\")" + lacking),
                e.problems().stream().map(Object::toString).toList());

        Advisor verified = acme().addRules("acme.drl", RISK_REVIEW_RULE)
                .verifyWith(Companies.bank(), Companies.saasCompany()).build();
        assertTrue(keys(verified.advise(Companies.bank())).contains("acme.risk-review"));
    }

    @Test
    void aRuleGivingFewerArgumentsThanItsTextUsesOrANull_failsTheCall_andVerificationSaysSo() {
        // The text would otherwise read "In {0}, have ..." to the person advised. A key made at run
        // time, as a quoted one is checked by build() already (MessageCallsTest).
        String fewer = RISK_REVIEW_RULE.replace("\"acme.risk-review\", $industry)", "\"acme.\" + \"risk-review\")");
        String expected = "rule \"acme: regulated industries review model risk\" (acme.drl:7) gave message key \"acme.risk-review\""
                + " 0 arguments, but its text uses 1: \"In {0}, have an ML risk reviewer sign off every model.\"";

        Advisor unverified = acme().addRules("acme.drl", fewer).build();
        RuleExecutionException call = assertThrows(RuleExecutionException.class, () -> unverified.advise(Companies.bank()));
        assertEquals(List.of(expected), call.problems());

        RuleSetException build = assertThrows(RuleSetException.class,
                () -> acme().addRules("acme.drl", fewer).verifyWith(Companies.bank()).build());
        assertEquals(List.of("verifyWith: profile 1 (\"Harbour Bank\"): " + expected),
                build.problems().stream().map(Object::toString).toList());
        String nullArgument = RISK_REVIEW_RULE.replace("\"acme.risk-review\", $industry)", "\"acme.risk-review\", null, $industry)");
        assertEquals(List.of("rule \"acme: regulated industries review model risk\" (acme.drl:7) gave message key \"acme.risk-review\""
                + " null as argument {0}: a text that shows it, in any language, would read \"null\""),
                assertThrows(RuleExecutionException.class,
                        () -> acme().addRules("acme.drl", nullArgument).build().advise(Companies.bank())).problems());
        // As many as the text uses, or more, is fine: a text may leave an argument out.
        assertTrue(keys(acme().addRules("acme.drl", RISK_REVIEW_RULE.replace("$industry)", "$industry, 2026)"))
                .build().advise(Companies.bank())).contains("acme.risk-review"));
    }

    private static final String GAVE = "rule \"acme: regulated industries review model risk\" (acme.drl:7) gave message key ";

    /**
     * Acme's rule giving its practice with {@code call} instead, where "acme.two" uses two
     * arguments; the key is made at run time (a quoted one is checked by build(): MessageCallsTest).
     */
    private static Advisor practiceGiven(String call) {
        return acme().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.two", "In {0}, ask {1}."}, {"acme.again", "In {0}, and {0} again."}};
            }
        }).addRules("acme.drl", RISK_REVIEW_RULE.replace("\"acme.risk-review\", $industry)",
                call.replace("\"acme.", "\"acme\" + \"."))).build();
    }

    @Test
    void oneArgumentTooFewIsSaidInTheSingular_andANullLastArgumentFailsTheCallToo() {
        assertEquals(List.of(GAVE + "\"acme.two\" 1 argument, but its text uses 2: \"In {0}, ask {1}.\""),
                assertThrows(RuleExecutionException.class,
                        () -> practiceGiven("\"acme.two\", $industry)").advise(Companies.bank())).problems());
        assertEquals(List.of(GAVE + "\"acme.two\" null as argument {1}: a text that shows it, in any language, would read \"null\""),
                assertThrows(RuleExecutionException.class,
                        () -> practiceGiven("\"acme.two\", $industry, null)").advise(Companies.bank())).problems());
        // A lone null reaches the varargs as no array at all: still a null argument, not "0 arguments".
        assertEquals(List.of(GAVE + "\"acme.two\" 1 argument, but its text uses 2: \"In {0}, ask {1}.\"",
                GAVE + "\"acme.two\" null as argument {0}: a text that shows it, in any language, would read \"null\""),
                assertThrows(RuleExecutionException.class,
                        () -> practiceGiven("\"acme.two\", null)").advise(Companies.bank())).problems());
    }

    @Test
    void aTextUsingOneArgumentTwiceNeedsItOnce() {
        Practice again = practiceGiven("\"acme.again\", $industry)").advise(Companies.bank()).practices().stream()
                .filter(p -> p.message().key().equals("acme.again")).findFirst().orElseThrow();

        assertEquals("In financial services, and financial services again.", again.message().text());
    }

    @Test
    void aMisspeltKeyIsToldTheNearestKeyTheBundleHas() {
        Advisor misspelt = practiceGiven("\"acme.risk-reveiw\", $industry)");

        assertEquals(List.of("rule \"acme: regulated industries review model risk\" (acme.drl:7) emitted message key"
                + " \"acme.risk-reveiw\", which the message bundle lacks (did you mean \"acme.risk-review\"?)"),
                assertThrows(RuleExecutionException.class, () -> misspelt.advise(Companies.bank())).problems());
    }

    @Test
    void aKeyTheBundleLacksIsOneProblem_whateverItsArguments() {
        Advisor unwritten = practiceGiven("\"acme.unwritten\", $industry, null)");

        assertEquals(List.of("rule \"acme: regulated industries review model risk\" (acme.drl:7) emitted message key"
                + " \"acme.unwritten\", which the message bundle lacks"),
                assertThrows(RuleExecutionException.class, () -> unwritten.advise(Companies.bank())).problems());
    }

    @Test
    void verifyInRunsTheProfilesInEachLanguage_soATextOnlyOneLanguageHasFailsTheBuild(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.unused = -\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), 
                "acme.unused = -\nacme.risk-review = \u5ba1\u6838\uff1a{0}\u3002\n" + ACME_1_TITLE_ZH);
        // The key is made at run time: a quoted one is checked by build() in each language (MessageCallsTest).
        Advisor.Builder builder = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE.replace("\"acme.risk-review\"", "\"acme.\" + \"risk-review\""))
                .locale(Locale.SIMPLIFIED_CHINESE).verifyWith(Companies.bank(), Companies.saasCompany());
        // In the builder's language alone, the missing English text shows only in an English call.
        Advisor chineseOnly = builder.build();
        assertEquals("\u5ba1\u6838\uff1a\u91d1\u878d\u670d\u52a1\u3002", riskReview(chineseOnly, Locale.SIMPLIFIED_CHINESE));
        assertThrows(RuleExecutionException.class, () -> chineseOnly.advise(Companies.bank(), Locale.ENGLISH));

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> builder.verifyIn(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).build());

        assertEquals(List.of("verifyWith: profile 1 (\"Harbour Bank\") in en: rule \"acme: regulated industries"
                + " review model risk\" (acme.drl:7) emitted message key \"acme.risk-review\", which the message bundle lacks"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void verifyInRunsCandidateProfilesInEachLanguageToo(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.unused = -\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.unused = -\nacme.tip = \u76f4\u63a5\u7533\u8bf7\u3002\n"
                + ACME_1_TITLE_ZH);
        Advisor.Builder builder = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", HEADER.replace("import dev.mlteams.advisor.OrgProfile;",
                        "import dev.mlteams.advisor.CandidateProfile;") + """
                        rule "acme: a tip in Chinese only"
                            @source("ACME-1")
                            ruleflow-group "advise"
                        when
                            CandidateProfile( $role : targetRole )
                        then
                            advise.candidateTip(CandidateTopic.WHERE_TO_LOOK, "acme." + "tip");
                        end
                        """).locale(Locale.SIMPLIFIED_CHINESE)
                .verifyWithCandidates(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build());
        builder.build();

        RuleSetException e = assertThrows(RuleSetException.class,
                () -> builder.verifyIn(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH).build());

        assertEquals(List.of("verifyWith: candidate profile 1 in en: rule \"acme: a tip in Chinese only\" (acme.drl:7) emitted"
                + " message key \"acme.tip\", which the message bundle lacks"),
                e.problems().stream().map(Object::toString).toList());
    }

    @Test
    void verifyInNamesTheLanguageOfEveryProblemAndRefusesNoLocale() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", UNWRITTEN_TEXT_RULE)
                .verifyWith(Companies.bank()).verifyIn(Locale.SIMPLIFIED_CHINESE).verifyIn(Locale.ENGLISH).build());
        // The same slip in both languages is one problem naming both.
        assertEquals(List.of("profile 1 (\"Harbour Bank\") in zh-CN, en"),
                e.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(':'))).toList());
        RuleSetException two = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", UNWRITTEN_TEXT_RULE)
                .verifyWith(Companies.bank(), Companies.saasCompany()).verifyIn(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)
                .build());
        assertEquals(List.of("profile 1 (\"Harbour Bank\"), profile 2 (\"Brightdesk\") in zh-CN, en"),
                two.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(':'))).toList());
        assertEquals(4, two.getSuppressed().length, "each failed run's exception, for its stack trace");
        // A rule that fires once per archetype gives the problem five times in each run: still one line.
        RuleSetException repeated = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl",
                UNWRITTEN_TEXT_RULE.replace("OrgProfile( $industry : industry )",
                        "OrgProfile( $industry : industry )\n        ArchetypeScore( $archetype : archetype )"))
                .verifyWith(Companies.bank(), Companies.saasCompany()).verifyIn(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)
                .build());
        assertEquals(List.of("profile 1 (\"Harbour Bank\"), profile 2 (\"Brightdesk\") in zh-CN, en"),
                repeated.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(':'))).toList());
        // One language given is named as well: it need not be the builder's.
        RuleSetException one = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", UNWRITTEN_TEXT_RULE)
                .verifyWith(Companies.bank()).verifyIn(Locale.ENGLISH).build());
        assertEquals(List.of("profile 1 (\"Harbour Bank\") in en"),
                one.problems().stream().map(p -> p.message().substring(0, p.message().indexOf(':'))).toList());

        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().verifyIn());
        assertThrows(NullPointerException.class, () -> Advisor.builder().verifyIn(Locale.ENGLISH, null));
        assertThrows(NullPointerException.class, () -> Advisor.builder().verifyIn((Locale[]) null));
    }

    @Test
    void verifyWithKeepsWhatARuleThrewForItsStackTrace() throws Exception {
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", HEADER + """
                rule "acme: throws"
                    @source("ACME-1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $name : name )
                then
                    Integer.parseInt($name);
                end
                """).verifyWith(List.of(Companies.bank())).build());

        assertTrue(e.problems().get(0).message().startsWith("profile 1 (\"Harbour Bank\"): rule \"acme: throws\""),
                e::getMessage);
        RuleExecutionException run = (RuleExecutionException) e.getSuppressed()[0];
        // What the consequence threw, not Drools' wrapper of it, which holds the match.
        assertTrue(run.getCause() instanceof NumberFormatException, () -> String.valueOf(run.getCause()));
        // So the whole exception serializes, as a host sending it elsewhere needs.
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            RuleSetException read = (RuleSetException) in.readObject();
            assertEquals(e.problems(), read.problems());
            assertTrue(read.getSuppressed()[0].getCause() instanceof NumberFormatException);
        }
    }

    @Test
    void disablingAnIdThatClassificationAlsoCitesIsCaughtByVerifyWithAndTheDisabledRulesAreNamed() {
        // The classification rules cite A1 to A5 together: disabling A1 leaves nothing to classify.
        RuleSetException e = assertThrows(RuleSetException.class,
                () -> Advisor.builder().disableKnowledge("A1").verifyWith(Companies.saasCompany()).build());

        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        assertTrue(messages.contains("profile 1 (\"Brightdesk\"): no rule decided a primary archetype"), messages::toString);
        String blame = messages.get(messages.size() - 1);
        assertTrue(blame.startsWith("profile 1 (\"Brightdesk\"): rules this rule set leaves out might have decided what"
                + " is missing: disableKnowledge(\"A1\"): \"signal: no ML staff\" (dev/mlteams/advisor/rules/signals.drl:"),
                blame);
        assertTrue(blame.contains("\"classify: the highest score is the primary archetype\" (dev/mlteams/advisor/rules/"
                + "archetype.drl:"), blame);
    }

    @Test
    void aRuleDisabledByNameIsNamedWithTheCallThatDisabledIt() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder()
                .disableRule("classify: the highest score is the primary archetype")
                .verifyWith(Companies.saasCompany()).build());

        String blame = e.problems().get(e.problems().size() - 1).message();
        assertTrue(blame.startsWith("profile 1 (\"Brightdesk\"): rules this rule set leaves out might have decided what"
                + " is missing: disableRule(\"classify: the highest score is the primary archetype\"): \"classify: the"
                + " highest score is the primary archetype\" (dev/mlteams/advisor/rules/archetype.drl:"), blame);
    }

    @Test
    void anOverrideThatNoLongerDecidesIsNamedWhenNothingDecided() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().addRules("acme.drl", HEADER + """
                rule "classify: the highest score is the primary archetype"
                    @override
                    @source("A1")
                    ruleflow-group "classify"
                when
                    OrgProfile( $headcount : headcount < 0 )
                then
                end
                """).verifyWith(Companies.saasCompany()).build());

        String blame = e.problems().get(e.problems().size() - 1).message();
        assertTrue(blame.startsWith("profile 1 (\"Brightdesk\"): rules this rule set leaves out might have decided what"
                + " is missing: replaced by the @override at acme.drl:7: \"classify: the highest score is the primary"
                + " archetype\" (dev/mlteams/advisor/rules/archetype.drl:"), blame);
    }

    @Test
    void candidateAdviceThatNothingGaveNamesTheDisabledRules() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().disableKnowledge("J1")
                .disableKnowledge("J2").disableKnowledge("J3")
                .verifyWithCandidates(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build()).build());

        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        assertEquals("candidate profile 1: no rule gave advice for this candidate profile", messages.get(0));
        assertTrue(messages.get(1).startsWith("candidate profile 1: rules this rule set leaves out might have decided"
                + " what is missing: disableKnowledge(\"J1\"): "), messages.toString());
    }

    @Test
    void verifyWithAlsoTakesCandidateProfiles() {
        Advisor.Builder noCandidateRules = Advisor.builder().withoutDefaultRules().addKnowledge(ACME_1)
                .addMessages(ACME_MESSAGES).addRules("acme.drl", RISK_REVIEW_RULE);
        RuleSetException e = assertThrows(RuleSetException.class, () -> noCandidateRules
                .verifyWithCandidates(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build()).build());

        assertEquals(List.of("verifyWith: candidate profile 1: no rule gave advice for this candidate profile"),
                e.problems().stream().map(Object::toString).toList());
        // Or as a collection, as verifyWith takes company profiles; it is copied when given.
        List<CandidateProfile> candidates = new ArrayList<>(List.of(CandidateProfile.builder()
                .targetRole(Role.ML_ENGINEER).build()));
        Advisor.Builder fromCollection = Advisor.builder().withoutDefaultRules().addKnowledge(ACME_1)
                .addMessages(ACME_MESSAGES).addRules("acme.drl", RISK_REVIEW_RULE).verifyWithCandidates(candidates);
        candidates.clear();
        assertEquals(e.problems(), assertThrows(RuleSetException.class, fromCollection::build).problems());
    }

    @Test
    void messageFilesInADirectoryServeEachLanguageAndEveryBuildReadsThemAll(@TempDir Path dir) throws IOException {
        Advisor.Builder builder = reviewWordsIn(dir);
        Advisor first = builder.build();
        // Edited after the first build, before its first Chinese call: that advisor keeps what it read.
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Second review: {0}.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.risk-review = \u518d\u5ba1\uff1a{0}\u3002\n");
        Advisor second = builder.build();

        assertEquals("Review: financial services.", riskReview(first, Locale.ENGLISH));
        assertEquals("\u5ba1\u6838\uff1a\u91d1\u878d\u670d\u52a1\u3002", riskReview(first, Locale.SIMPLIFIED_CHINESE));
        assertEquals("Second review: financial services.", riskReview(second, Locale.ENGLISH));
        assertEquals("\u518d\u5ba1\uff1a\u91d1\u878d\u670d\u52a1\u3002", riskReview(second, Locale.SIMPLIFIED_CHINESE));
        assertNotEquals(first.ruleSet().contentHash(), second.ruleSet().contentHash());
    }

    /** A builder with the risk-review rule and its texts, English and Chinese, as files in {@code dir}. */
    private static Advisor.Builder reviewWordsIn(Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.risk-review = \u5ba1\u6838\uff1a{0}\u3002\n");
        return Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words").addRules("acme.drl", RISK_REVIEW_RULE);
    }

    @Test
    void aTranslationEditedAloneChangesTheContentHash(@TempDir Path dir) throws IOException {
        Advisor.Builder builder = reviewWordsIn(dir);
        String before = builder.build().ruleSet().contentHash();
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.risk-review = \u518d\u5ba1\uff1a{0}\u3002\n");

        assertNotEquals(before, builder.build().ruleSet().contentHash());
    }

    @Test
    void aMessageDirectoryFindsItsOwnFilesOnly(@TempDir Path dir) throws IOException {
        // The test class path has isolated_fr.properties at its root; the directory has no French.
        Files.writeString(dir.resolve("isolated.properties"), "acme.risk-review = From the directory: {0}.\n");
        Advisor advisor = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "isolated")
                .addRules("acme.drl", RISK_REVIEW_RULE).build();

        assertEquals("From the directory: financial services.", riskReview(advisor, Locale.FRENCH));
    }

    @Test
    void aTextThatIsNotAMessagePattern_isNamedWithItsFileAndKey_whereverItComesFrom(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Files.writeString(dir.resolve("words_zh_CN.properties"),
                "acme.risk-review = \u5ba1\u6838\uff1a{0\nacme.plan = {0,nosuchtype}\n");
        IllegalArgumentException directory = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(dir, "words"));
        assertEquals("cannot read messages " + dir.resolve("words_zh_CN.properties") + ": not a message pattern:"
                + " acme.plan: unknown format type: nosuchtype, acme.risk-review: Unmatched braces in the pattern.",
                directory.getMessage());

        // Broken on disk after being added: the build reads the files again.
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.risk-review = \u5ba1\u6838\uff1a{0}\n");
        Advisor.Builder builder = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE);
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0.\n");
        RuleSetException changed = assertThrows(RuleSetException.class, builder::build);
        assertTrue(changed.getMessage().contains(dir.resolve("words.properties") + ": not a message pattern:"
                + " acme.risk-review: Unmatched braces in the pattern."), changed::getMessage);

        Path file = dir.resolve("words.properties");
        IllegalArgumentException single = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(file));
        assertEquals("cannot read messages " + file + ": not a message pattern: acme.risk-review: Unmatched braces in"
                + " the pattern.", single.getMessage());

        ResourceBundle bundle = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.fine", "Fine: {0}."}, {"acme.open", "Open {0"}, {"acme.object", 42},
                    {"acme.a-type", "{0,nosuchtype}"}, {"acme.list", List.of("{")}};
            }
        };
        // Only texts are patterns: an object's toString() is never shown, "[{]" included.
        IllegalArgumentException given = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(bundle));
        assertEquals("not a message pattern: acme.a-type: unknown format type: nosuchtype, acme.open: Unmatched braces"
                + " in the pattern.", given.getMessage());
    }

    @Test
    void aClasspathFamilyIsCheckedWhenAdded_inItsRootAndChineseTexts() {
        IllegalArgumentException root = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages("acme.open-in-root"));
        assertEquals("message bundle acme.open-in-root: not a message pattern: acme.risk-review: Unmatched braces in"
                + " the pattern.", root.getMessage());

        IllegalArgumentException chinese = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages("acme.open-in-chinese"));
        assertEquals("message bundle acme.open-in-chinese: not a message pattern: acme.risk-review: Unmatched braces"
                + " in the pattern. (in its Chinese texts)", chinese.getMessage());

        // Broken in both languages alike: both named, the Chinese one too.
        IllegalArgumentException both = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages("acme.open-in-both"));
        assertEquals("message bundle acme.open-in-both: not a message pattern: acme.risk-review: Unmatched braces in"
                + " the pattern., acme.risk-review: Unmatched braces in the pattern. (in its Chinese texts)",
                both.getMessage());
    }

    @Test
    void aClasspathTranslationBrokenInAnotherLanguage_failsTheCallNamingKeyAndLanguage_notAsTheRulesException() {
        Advisor advisor = acme().addMessages("acme.open-in-french").addRules("acme.drl", RISK_REVIEW_RULE).build();
        assertEquals("In financial services, have an ML risk reviewer sign off every model.",
                riskReview(advisor, Locale.ENGLISH));

        RuleExecutionException call = assertThrows(RuleExecutionException.class,
                () -> advisor.advise(Companies.bank(), Locale.FRENCH));
        assertEquals(List.of("rule \"acme: regulated industries review model risk\" (acme.drl:7) emitted message key"
                + " \"acme.risk-review\", which cannot be shown in fr: the text of message key \"acme.risk-review\":"
                + " Unmatched braces in the pattern."), call.problems());

        // An argument its format cannot take is the rule's slip, in every language: not blamed on one.
        Advisor number = acme().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.risk-review", "{0,number,integer} reviewers"}};
            }
        }).addRules("acme.drl", RISK_REVIEW_RULE).build();
        List<String> slip = assertThrows(RuleExecutionException.class, () -> number.advise(Companies.bank())).problems();
        assertEquals(1, slip.size(), slip::toString);
        assertTrue(slip.get(0).endsWith("threw java.lang.IllegalArgumentException: Cannot format given Object as a"
                + " Number"), slip::toString);

        // Given the language to verify in, the build finds it before any call.
        RuleSetException build = assertThrows(RuleSetException.class, () -> acme().addMessages("acme.open-in-french")
                .addRules("acme.drl", RISK_REVIEW_RULE).verifyWith(Companies.bank()).verifyIn(Locale.FRENCH).build());
        assertTrue(build.getMessage().contains("which cannot be shown in fr: the text of message key"
                + " \"acme.risk-review\": Unmatched braces in the pattern."), build::getMessage);
    }

    @Test
    void anApostropheWrittenOnceInAMessageFileIsRefusedWhenAdded(@TempDir Path dir) throws IOException {
        // MessageFormat would print "Dont forget {0} planning." to the reader.
        Path file = dir.resolve("words.properties");
        Files.writeString(file, "acme.risk-review = Don't forget {0} planning.\n"
                + "enum.ReportingLine.CTO = the company's CTO\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Advisor.builder().addMessages(file));

        assertEquals("cannot read messages " + file + ": not a message pattern: acme.risk-review: the single quote in"
                + " \"Don't\" starts a quoted section, which MessageFormat prints without the quote and with any {0} in"
                + " it as written: write '' for an apostrophe", e.getMessage());
    }

    @Test
    void aBundleThatIsNotAllMessagePatterns_isNotAdded() {
        ResourceBundle open = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.risk-review", "Reviewed in {0"}};
            }
        };
        Advisor.Builder builder = acme().addRules("acme.drl", RISK_REVIEW_RULE);
        assertThrows(IllegalArgumentException.class, () -> builder.addMessages(open));

        // Added, its broken text would have replaced this one and failed the call.
        assertEquals("In financial services, have an ML risk reviewer sign off every model.",
                riskReview(builder.build(), Locale.ENGLISH));
    }

    @Test
    void messageFilesChangedOnDiskBeforeTheBuildAreARuleSetProblem(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Advisor.Builder builder = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE);
        Files.delete(dir.resolve("words.properties"));

        RuleSetException e = assertThrows(RuleSetException.class, builder::build);
        assertEquals(1, e.problems().size(), e::getMessage);
        assertTrue(e.problems().get(0).toString().startsWith("addMessages: the messages words in " + dir
                + " cannot be read any more: "), e::getMessage);
    }

    @Test
    void aMessageDirectoryWithoutItsRootFileOrWithAMalformedFileIsRefusedWhenAdded(@TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("words_zh_CN.properties"), "acme.risk-review = \\u12\n");
        IllegalArgumentException noRoot = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(dir, "words"));
        assertEquals("no words.properties in " + dir + " (the texts every language falls back to)", noRoot.getMessage());

        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        IllegalArgumentException malformed = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(dir, "words"));
        assertTrue(malformed.getMessage().startsWith("cannot read messages " + dir.resolve("words_zh_CN.properties")),
                malformed.getMessage());

        Files.writeString(dir.resolve("com.acme.words.properties"), "acme.risk-review = Review: {0}.\n");
        IllegalArgumentException dotted = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(dir, "com.acme.words"));
        assertEquals("a message file's base name is a file name without dots or directories, like 'messages'; was"
                + " 'com.acme.words'", dotted.getMessage());
    }

    @Test
    void everyTranslationThatIsNotUtf8OrNamedLikeNoLocaleIsNamedAtOnce(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Files.write(dir.resolve("words_de.properties"), "acme.risk-review = Pr\u00fcfung: {0}.\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.write(dir.resolve("words_fr.properties"), "acme.risk-review = R\u00e9vision: {0}.\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Files.writeString(dir.resolve("words_zh-CN.properties"), "acme.risk-review = \u5ba1\u6838\uff1a{0}\u3002\n");
        Files.writeString(dir.resolve("words_zh_tw.properties"), "acme.risk-review = \u5be9\u6838\uff1a{0}\u3002\n");
        Files.writeString(dir.resolve("other.properties"), "not = ours\n");

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Advisor.builder().addMessages(dir, "words"));
        assertEquals("cannot read messages " + dir.resolve("words_de.properties") + ": not UTF-8 text; "
                + dir.resolve("words_fr.properties") + ": not UTF-8 text; "
                + dir.resolve("words_zh-CN.properties") + ": the language lookup would never find it; a translation is"
                + " named words_LANGUAGE[_COUNTRY].properties, with underscores, for example words_zh_CN.properties; "
                + dir.resolve("words_zh_tw.properties") + ": the language lookup would never find it; the lookup asks"
                + " for words_zh_TW.properties", e.getMessage());
    }

    @Test
    void aTranslationWithAScriptIsReadByTheBuildLikeAnyOther(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Files.writeString(dir.resolve("words_zh_Hant.properties"), "acme.risk-review = \u5be9\u6838\uff1a{0}\u3002\n");
        Advisor.Builder builder = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE);
        Advisor first = builder.build();
        Files.writeString(dir.resolve("words_zh_Hant.properties"), "acme.risk-review = \u518d\u5be9\uff1a{0}\u3002\n");
        Advisor second = builder.build();

        Locale taiwan = Locale.forLanguageTag("zh-Hant-TW");
        assertTrue(riskReview(first, taiwan).startsWith("\u5be9\u6838\uff1a"), riskReview(first, taiwan));
        assertTrue(riskReview(second, taiwan).startsWith("\u518d\u5be9\uff1a"), riskReview(second, taiwan));
        assertNotEquals(first.ruleSet().contentHash(), second.ruleSet().contentHash());
    }

    @Test
    void twoLocalesThatStartAtTheSameFileKeepTheirOwnFallbacks(@TempDir Path dir) throws IOException {
        // zh-HK and zh-TW both look in words_zh_Hant first, then only zh-TW in words_zh_TW.
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        Files.writeString(dir.resolve("words_zh_Hant.properties"), "acme.plan = \u8a08\u5283\n");
        Files.writeString(dir.resolve("words_zh_TW.properties"), "acme.risk-review = \u53f0\u7063\uff1a{0}\n");
        Advisor advisor = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE).build();

        assertTrue(riskReview(advisor, Locale.forLanguageTag("zh-HK")).startsWith("Review: "));
        assertTrue(riskReview(advisor, Locale.forLanguageTag("zh-TW")).startsWith("\u53f0\u7063\uff1a"));
    }

    @Test
    void translationNamesTheLookupAsksForAreAccepted(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("words.properties"), "acme.risk-review = Review: {0}.\n");
        for (String name : List.of("zh_Hans_CN", "sr_Latn_RS_revised", "iw", "iw_IL_hebrew", "in_ID_idiom", "en_US_POSIX",
                "ja_JP_JP", "th_TH_TH", "no_NO_NY")) {
            Files.writeString(dir.resolve("words_" + name + ".properties"), "acme.risk-review = " + name + ": {0}\n");
        }
        Advisor advisor = Advisor.builder().addKnowledge(ACME_1).addMessages(dir, "words")
                .addRules("acme.drl", RISK_REVIEW_RULE).build();

        assertTrue(riskReview(advisor, Locale.forLanguageTag("he")).startsWith("iw: "));
        assertTrue(riskReview(advisor, Locale.forLanguageTag("sr-Latn-RS-revised")).startsWith("sr_Latn_RS_revised: "));
        assertTrue(riskReview(advisor, Locale.forLanguageTag("zh-CN")).startsWith("zh_Hans_CN: "));
    }

    @Test
    void textsThatOnlyMoveAnEqualsSignHashDifferently() {
        assertNotEquals(hashWith("acme.plan=x", "y"), hashWith("acme.plan", "x=y"));
    }

    private static String hashWith(String key, String text) {
        return acme().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{key, text}};
            }
        }).addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
    }

    /** A rule whose text shows a number: the bank's 45,000 staff. */
    static final String HEADS_RULE = HEADER + """
            rule "acme: count heads"
                @source("ACME-1")
                ruleflow-group "advise"
            when
                OrgProfile( $headcount : headcount )
            then
                advise.practice(PracticeArea.PEOPLE, "acme.heads", $headcount);
            end
            """;

    private static String heads(Advisor advisor, Locale locale) {
        return advisor.advise(Companies.bank(), locale).practices().stream()
                .filter(p -> p.message().key().equals("acme.heads")).findFirst().orElseThrow().message().text();
    }

    @Test
    void numbersAreWrittenForTheLanguageOfTheTopLayerThatHasOne(@TempDir Path dir) throws IOException {
        Path german = Files.createDirectories(dir.resolve("german"));
        Files.writeString(german.resolve("words.properties"), "acme.heads = Heads: {0}\n");
        Files.writeString(german.resolve("words_de.properties"), "acme.heads = K\u00f6pfe: {0}\n");
        Path swiss = Files.createDirectories(dir.resolve("swiss"));
        Files.writeString(swiss.resolve("other.properties"), "acme.other = Other\n");
        Files.writeString(swiss.resolve("other_de_CH.properties"), "acme.other = Anderes\n");
        // Later layers are on top: the German texts' layer decides, though the Swiss one is more specific.
        Advisor advisor = Advisor.builder().addKnowledge(ACME_1).addMessages(swiss, "other").addMessages(german, "words")
                .addRules("acme.drl", HEADS_RULE).build();

        assertEquals("K\u00f6pfe: 45.000", heads(advisor, Locale.forLanguageTag("de-CH")));
        assertEquals("Heads: 45,000", heads(advisor, Locale.ENGLISH));
    }

    @Test
    void aFixedBundleDoesNotDecideHowNumbersAreWritten() {
        ResourceBundle fixedGerman = new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.heads", "Heads: {0}"}};
            }

            @Override
            public Locale getLocale() {
                return Locale.GERMAN;
            }
        };
        Advisor advisor = Advisor.builder().addKnowledge(ACME_1).addMessages(fixedGerman)
                .addRules("acme.drl", HEADS_RULE).build();

        assertEquals("Heads: 45,000", heads(advisor, Locale.ENGLISH));
    }

    @Test
    void aConsequenceErrorWhoseQuoteIsOnSeveralLinesOrInAnotherRuleStaysWhereItIsSure() {
        String twice = HEADER + horizonRule("acme: quoted twice", "int bets = 6;", MISSPELT_CALL, MISSPELT_CALL);
        RuleSetException ambiguous = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", twice).build());
        assertEquals(7, ambiguous.problems().get(0).line(), ambiguous::getMessage);

        // A comment is not code: the one call is the line.
        String commented = HEADER + horizonRule("acme: quoted in a comment", MISSPELT_QUOTE, MISSPELT_CALL);
        RuleSetException call = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", commented).build());
        assertEquals(14, call.problems().get(0).line(), call::getMessage);

        String later = HEADER + horizonRule("acme: misspelt", MISSPELT_CALL)
                + horizonRule("acme: quotes it in a comment", MISSPELT_QUOTE);
        RuleSetException sure = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", later).build());
        assertEquals(List.of(13), sure.problems().stream().map(RuleSetException.Problem::line).toList(), sure::getMessage);
    }

    @Test
    void aMessageDirectoryGoneBeforeTheBuildNamesTheReason(@TempDir Path dir) throws IOException {
        Path words = Files.createDirectories(dir.resolve("words"));
        Advisor.Builder builder = reviewWordsIn(words);
        for (Path file : List.of(words.resolve("words.properties"), words.resolve("words_zh_CN.properties"), words)) {
            Files.delete(file);
        }
        Files.writeString(words, "a file where the directory was\n");

        RuleSetException e = assertThrows(RuleSetException.class, builder::build);
        assertTrue(e.problems().get(0).message().endsWith("(java.nio.file.NotDirectoryException: " + words + ")"),
                e::getMessage);
    }

    @Test
    void aTranslationBrokenAfterItWasAddedIsARuleSetProblem(@TempDir Path dir) throws IOException {
        Advisor.Builder builder = reviewWordsIn(dir);
        Files.write(dir.resolve("words_zh_CN.properties"), "acme.risk-review = R\u00e9vision\n"
                .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));

        RuleSetException e = assertThrows(RuleSetException.class, builder::build);
        assertEquals(List.of("addMessages: the messages words in " + dir + " cannot be read any more: cannot read"
                + " messages " + dir.resolve("words_zh_CN.properties") + ": not UTF-8 text"),
                e.problems().stream().map(Object::toString).toList());
    }

    private static Advisor wordsFrom(ClassLoader loader) {
        return Advisor.builder().addKnowledge(ACME_1).classLoader(loader).addMessages("com.acme.words")
                .addRules("acme.drl", RISK_REVIEW_RULE).build();
    }

    private static String riskReview(Advisor advisor, Locale locale) {
        return advisor.advise(Companies.bank(), locale).practices().stream()
                .filter(p -> p.message().key().equals("acme.risk-review")).findFirst().orElseThrow().message().text();
    }

    private static String withArray() {
        return acme().addMessages(new ListResourceBundle() {
            @Override
            protected Object[][] getContents() {
                return new Object[][] {{"acme.list", new String[] {"not", "a", "text"}}};
            }
        }).addRules("acme.drl", RISK_REVIEW_RULE).build().ruleSet().contentHash();
    }

    @Test
    void theFiringLimitIsConfigurableAndALowOneIsNotTakenForALoop() {
        // A call of the default rules takes some 70 firings here, "classify: total the votes ..." 5 of them.
        RuleExecutionException five = assertThrows(RuleExecutionException.class,
                () -> Advisor.builder().firingLimit(5).build().advise(Companies.bank()));
        assertEquals(List.of("the rules needed more than the firing limit of 5 (6 firings), no rule firing more than"
                + " once: the limit looks too low for these rules; raise it with Advisor.Builder.firingLimit (10000 by"
                + " default)."), five.problems());

        RuleExecutionException twenty = assertThrows(RuleExecutionException.class,
                () -> Advisor.builder().firingLimit(20).build().advise(Companies.bank()));
        assertTrue(twenty.problems().get(0).startsWith("the rules needed more than the firing limit of 20 (21 firings),"
                + " no rule taking half of the firings (the busiest was \"classify: total the votes for each"
                + " archetype\" (dev/mlteams/advisor/rules/archetype.drl:241, 5 times)"), twenty.getMessage());
        assertTrue(twenty.problems().get(0).endsWith(": the limit looks too low for these rules; raise it with"
                + " Advisor.Builder.firingLimit (10000 by default)."), twenty.getMessage());

        // Of some 60 firings, classify's 5 are less than a tenth, but it is the busiest; the rules that fired
        // twice are not named.
        RuleExecutionException sixty = assertThrows(RuleExecutionException.class,
                () -> Advisor.builder().firingLimit(60).build().advise(Companies.bank()));
        assertTrue(sixty.problems().get(0).matches("the rules needed more than the firing limit of 60"
                + " \\(\\d+ firings\\), no rule taking half of the firings \\(the busiest was \"classify: total the"
                + " votes for each archetype\" \\(dev/mlteams/advisor/rules/archetype.drl:241, 5 times\\)\\):"
                + " the limit .*"),
                sixty.getMessage());

        assertEquals(Companies.bank(), Advisor.builder().firingLimit(100).build().advise(Companies.bank()).profile());
        assertEquals("the firing limit must be at least 1, was 0",
                assertThrows(IllegalArgumentException.class, () -> Advisor.builder().firingLimit(0)).getMessage());
        // 1 is the smallest limit, and it is taken: the first firing past it stops the run.
        RuleExecutionException one = assertThrows(RuleExecutionException.class,
                () -> Advisor.builder().firingLimit(1).build().advise(Companies.bank()));
        assertTrue(one.problems().get(0).startsWith("the rules needed more than the firing limit of 1 (2 firings)"),
                one.getMessage());
    }

    @Test
    void aBuilderWithNoRulesAtAllIsRefused() {
        assertThrows(IllegalStateException.class, () -> Advisor.builder().withoutDefaultRules().build());
    }

    @Test
    void aRuleFileWithoutRulesIsCaughtByVerifyWithNotByACrash() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().withoutDefaultRules()
                .addRules("empty.drl", "package com.acme.advisor;").verifyWith(Companies.bank()).build());

        assertTrue(e.getMessage().contains("profile 1 (\"Harbour Bank\"): no rule decided a primary archetype"),
                e.getMessage());
    }

    @Test
    void theRuleSetsNameAndVersionAreOneLineOfText() {
        assertEquals("the rule set's name must be one line of text, without control characters, line separators,"
                + " direction overrides or unpaired surrogates",
                assertThrows(IllegalArgumentException.class, () -> Advisor.builder().name("acme\n# injected"))
                        .getMessage());
        // Editors and Java's \R break lines at these too.
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().version("1\u2028# injected"));
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().name("acme\u2029"));
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().version("1.0\u202e"));
        assertThrows(IllegalArgumentException.class, () -> Advisor.builder().version(" "));
        assertThrows(NullPointerException.class, () -> Advisor.builder().version(null));
    }

    private static List<String> located(RuleSetException e) {
        return e.problems().stream().map(p -> p.line() + " " + p.message()).toList();
    }

    @Test
    void anErrorBesideNamedConsequencesStaysAtTheRulesFirstLineNotOnAnInnocentLine() {
        String file = JAVA_HEADER + """
                rule "acme: named"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    $o : OrgProfile( $h : headcount )
                    if ( $h > 10 ) do[big]
                then
                    int a = 1;
                    int b = 1;
                    undefinedDefault.call();
                then[big]
                    undefinedBig.call();
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        // undefinedDefault is on line 16, undefinedBig on line 18; Drools says 7 for both, and its
        // offsets are those of the last consequence it generated: mapped with them, undefinedBig
        // landed on line 14 ("int a = 1;"). With named consequences, the rule's line it is.
        assertEquals(List.of("7 undefinedDefault cannot be resolved", "7 undefinedBig cannot be resolved"),
                located(e), e::getMessage);
    }

    @Test
    void thenInTheRuleNameOnTheThenLineDoesNotShiftJavaErrorsUpALine() {
        String file = JAVA_HEADER + """
                rule "acme: when and then" @source("P5") ruleflow-group "advise" when OrgProfile( ) then
                    int a = 1;
                    undefinedY.call();
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        // undefinedY is on line 9; Drools says 7 (a first attempt, looking for "then", said 8).
        assertEquals(List.of("9 undefinedY cannot be resolved"), located(e), e::getMessage);
    }

    @Test
    void aFunctionWhoseBodyStartsBelowItsFirstLineHasItsErrorAtTheRightLine() {
        for (String opening : List.of("function int twice(int x)\n{\n", "function int twice(int x) {\n\n",
                "function int twice(int x) {\n    // doubles\n")) {
            String file = JAVA_HEADER + opening + "    int z = 2;\n    return 2 * y;\n}\n";
            RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
            // "return 2 * y;" is on line 10; Drools says 7 (counting from the function's line: 9).
            assertEquals(List.of("10 function twice: y cannot be resolved to a variable"), located(e), e::getMessage);
        }
    }

    @Test
    void aFailedFunctionDoesNotHideAnUndefinedMethodOfAdviseWithTheSameName() {
        String file = JAVA_HEADER + BROKEN_FUNCTION + """
                rule "acme: calls advise.twice"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount )
                then
                    advise.twice($h);
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        // Advise has no method twice whether or not the function compiles: a real error, dropped.
        assertTrue(e.problems().stream().anyMatch(p -> p.message().contains("is undefined for the type Advise")),
                e::getMessage);
    }

    @Test
    void aFailedFunctionInOnePackageDoesNotHideACallToAnUnknownFunctionInAnother() {
        String broken = HEADER + BROKEN_FUNCTION;
        String other = OTHER_PACKAGE_HEADER + """
                rule "acme: other package calls twice"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount )
                then
                    int d = twice($h);
                end
                """;
        for (String drl : List.of(other, javaDialect(other))) {
            RuleSetException e = assertThrows(RuleSetException.class,
                    () -> acme().addRules("acme.drl", broken).addRules("other.drl", drl).build());
            // com.acme.other has no function twice: fixing acme.drl would not fix other.drl.
            assertTrue(e.problems().stream().anyMatch(p -> p.file().equals("other.drl")), e::getMessage);
        }
    }

    @Test
    void anMvelQuoteIsNotMatchedInACommentWhenDroolsRespacedTheExpression() {
        String file = HEADER + """
                rule "acme: big firms"
                    @source("P5")
                    ruleflow-group "advise"
                    // fires when headcount > limit
                when
                    OrgProfile( headcount>limit )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        // MVEL quotes "headcount > limit"; only the comment on line 10 has that text. Drools says 12.
        assertEquals(List.of(12), e.problems().stream().map(RuleSetException.Problem::line).toList(), e::getMessage);
    }

    @Test
    void hintsDoNotSendTheAuthorToAnImportOrAConstantForAMisspeltMember() {
        String file = HEADER + """
                rule "acme: capitalised field"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( Headcount > 1 )
                then
                end
                rule "acme: misspelt constant of a known class"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( headcount > Math.Pi )
                then
                end
                rule "acme: misspelt method of an enum value"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( horizon.nme() == "BALANCED" )
                then
                end
                rule "acme: constant of another enum"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    OrgProfile( mlHome == NOBODY )
                then
                end
                """;
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        List<String> messages = e.problems().stream().map(RuleSetException.Problem::message).toList();
        // Headcount and Pi are misspelt members, not classes; nme() is a method, not a constant;
        // mlHome is an MlHome, so ModelMaintainer.NOBODY does not fit it either.
        assertTrue(messages.stream().noneMatch(m -> m.contains("a class needs an import")), e::getMessage);
        assertTrue(messages.stream().noneMatch(m -> m.contains("has no constant nme")), e::getMessage);
        assertTrue(messages.stream().noneMatch(m -> m.contains("ModelMaintainer.NOBODY")), e::getMessage);
        // What they are told instead.
        assertTrue(messages.stream().anyMatch(m -> m.contains("(did you mean headcount?)")), e::getMessage);
        assertTrue(messages.stream().anyMatch(m -> m.contains("(MlHome has no constant NOBODY; it has NOWHERE, AD_HOC,")),
                e::getMessage);
    }

    /** An enum that cannot be initialised, say because its configuration is missing. */
    public enum UnreadyTier {
        LOW, HIGH;

        static final int LIMIT = Integer.parseInt(System.getProperty("acme.tier.limit", "not a number"));
    }

    /** A fact with an enum-typed property. */
    public static final class TieredAccount {
        public UnreadyTier getTier() {
            return null;
        }

        public int getSize() {
            return 1;
        }
    }

    @Test
    void aHintNeverInitialisesAnEnumOrThrowsAnythingButRuleSetException() {
        String file = HEADER.replace("dialect", "import " + TieredAccount.class.getCanonicalName() + ";\ndialect") + """
                rule "acme: misspelt size"
                    @source("P5")
                    ruleflow-group "advise"
                when
                    TieredAccount( sise > 1 )
                then
                end
                """;
        // Asking UnreadyTier for its constants would initialise it: ExceptionInInitializerError.
        RuleSetException e = assertThrows(RuleSetException.class, () -> acme().addRules("acme.drl", file).build());
        assertTrue(e.problems().get(0).message().contains("sise"), e::getMessage);
    }
}
