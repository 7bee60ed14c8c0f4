package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.util.List;
import java.util.ListResourceBundle;

/** Tiny rule sets for testing the engine without the default knowledge. */
final class TestRuleSets {

    private TestRuleSets() {
    }

    static final KnowledgeCatalogue CATALOGUE = KnowledgeCatalogue.of(List.of(
            new KnowledgeItem("T1", ArticleStep.ROLES, false, "a test item"),
            new KnowledgeItem("T2", ArticleStep.CONCLUSIONS, true, "a derived test item")));

    static final MessageSource MESSAGES = MessageSource.empty().over(new ListResourceBundle() {
        @Override
        protected Object[][] getContents() {
            return new Object[][] {{"m.any", "Some advice about {0}."}, {"m.risk", "A risk."}, {"m.fix", "A fix."}};
        }
    });

    static final String HEADER = """
            package test.rules;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.advice.*;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            """;

    /** A complete, minimal knowledge base: one classification, three design choices, one reporting line. */
    static final String COMPLETE = HEADER + """
            rule "primary"
                @source("T1")
                ruleflow-group "classify"
            when
                OrgProfile( $industry : industry )
            then
                advise.primaryArchetype(Archetype.NASCENT, 100, "m.any", $industry);
            end
            rule "design"
                @source("T1, T2")
                ruleflow-group "advise"
            when
                ArchetypeCall( $archetype : archetype )
            then
                advise.design(EngineeringResearchBalance.GENERALIST_ENGINEERING, "m.any", $archetype);
                advise.design(DataOwnership.BORROWS_FROM_OWNERS, "m.any", $archetype);
                advise.design(ModelOwnership.BUILDERS_OWN_END_TO_END, "m.any", $archetype);
                advise.reportingLine(ReportingLine.CTO, "m.any", $archetype);
            end
            """;

    static CompiledRules compile(String... drl) {
        List<RuleSource> sources = new java.util.ArrayList<>();
        for (int i = 0; i < drl.length; i++) {
            sources.add(new RuleSource("file" + (i + 1) + ".drl", drl[i]));
        }
        return CompiledRules.build(RuleSetDefinition.of("test", "1", sources, CATALOGUE, MESSAGES,
                TestRuleSets.class.getClassLoader(), java.util.Optional.empty()));
    }
}
