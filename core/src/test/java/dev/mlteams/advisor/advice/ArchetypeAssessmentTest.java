package dev.mlteams.advisor.advice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchetypeAssessmentTest {

    private static final Explanation WHY = new Explanation("rule", 1,
            List.of(new KnowledgeItem("A2", ArticleStep.ARCHETYPES_AND_DESIGN, false, "Two")),
            List.of(Evidence.profileField("mlHome", "RESEARCH_LAB")), new RuleSetStamp("rules", "1", "sha256:aa"));
    private static final Message TEXT = new Message("vote", List.of(), "a vote");
    private static final ArchetypeVote LAB = new ArchetypeVote(Archetype.RESEARCH_AND_DEVELOPMENT, 2, TEXT, WHY);
    private static final ArchetypeVote TEAMS = new ArchetypeVote(Archetype.PRODUCT_EMBEDDED, 1, TEXT, WHY);
    private static final ArchetypeAssessment ASSESSMENT = new ArchetypeAssessment(
            new ArchetypeCall(ArchetypeCall.Rank.PRIMARY, Archetype.RESEARCH_AND_DEVELOPMENT, 67, TEXT, WHY), Optional.empty(),
            List.of(), List.of(LAB, TEAMS));

    @Test
    void theEvidenceForAnArchetypeIsTheVotesCastForIt() {
        assertEquals(List.of(LAB), ASSESSMENT.evidenceFor(Archetype.RESEARCH_AND_DEVELOPMENT));
        assertEquals(List.of(), ASSESSMENT.evidenceFor(Archetype.ML_FIRST));
    }

    @Test
    void noArchetypeIsANullPointer_asEverywhereElseInTheApi() {
        assertEquals("archetype", assertThrows(NullPointerException.class, () -> ASSESSMENT.evidenceFor(null))
                .getMessage());
    }
}
