package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.advice.CandidateTip;
import dev.mlteams.advisor.vocabulary.CandidateTopic;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Advice for job candidates (J1..J3). */
class CandidateAdviceTest {

    @Test
    void a_new_graduate_is_told_where_to_look_how_to_stand_out_and_how_to_prepare() {
        CandidateAdvice advice = Advisor.recommendForCandidate(CandidateProfile.builder()
                .targetRole(Role.ML_ENGINEER).build());

        assertEquals(List.of(CandidateTopic.WHERE_TO_LOOK, CandidateTopic.STAND_OUT, CandidateTopic.PREPARE),
                advice.tips().stream().map(CandidateTip::topic).distinct().toList());
        assertTrue(keys(advice).containsAll(List.of("candidate.standout.software", "candidate.standout.interest",
                "candidate.standout.finish-projects")));
        // J1: research conferences are a place to look for every candidate, not only researchers.
        assertTrue(keys(advice).contains("candidate.where.conferences"), keys(advice).toString());
    }

    @Test
    void an_experienced_researcher_gets_only_what_applies() {
        CandidateAdvice advice = Advisor.recommendForCandidate(CandidateProfile.builder()
                .targetRole(Role.ML_RESEARCHER).softwareEngineeringYears(4).takenMlCourses(true)
                .finishedMlProjects(3).publications(2).build());

        List<String> keys = keys(advice);
        assertTrue(keys.contains("candidate.where.conferences"));
        assertFalse(keys.contains("candidate.standout.software"));
        assertFalse(keys.contains("candidate.standout.finish-projects"));
        assertFalse(keys.contains("candidate.standout.creative"));
        advice.tips().forEach(tip -> assertFalse(tip.explanation().evidence().isEmpty()));
    }

    @Test
    void aResearcherOrMlEngineerWithoutPapersIsToldToShowCreativeMlThinking_notARoleThatSupportsModels() {
        CandidateProfile researcher = sameRecord(Role.ML_RESEARCHER);

        CandidateAdvice advice = Advisor.recommendForCandidate(researcher);
        CandidateTip creative = advice.tips().stream()
                .filter(tip -> tip.message().key().equals("candidate.standout.creative")).findFirst()
                .orElseThrow(() -> new AssertionError(keys(advice).toString()));

        assertEquals(CandidateTopic.STAND_OUT, creative.topic());
        assertEquals("Show creative ML thinking: competition results or papers of your own.", creative.message().text());
        assertEquals("candidate: researchers and ML engineers show creative ML thinking", creative.explanation().rule());
        assertEquals(List.of("J2"), creative.explanation().sourceIds());
        assertEquals("[publications=0, targetRole=ML_RESEARCHER]", creative.explanation().evidence().toString());
        // J2 is for anyone who builds models; a data engineer with the same record shows what they finish.
        assertTrue(keys(Advisor.recommendForCandidate(sameRecord(Role.ML_ENGINEER))).contains("candidate.standout.creative"));
        List<String> dataEngineerKeys = keys(Advisor.recommendForCandidate(sameRecord(Role.DATA_ENGINEER)));
        assertFalse(dataEngineerKeys.contains("candidate.standout.creative"), dataEngineerKeys.toString());
    }

    @Test
    void aCandidateWithPapersOrFinishedProjectsIsNotToldToShowInterestOrThatTheyCanFinish() {
        CandidateProfile published = CandidateProfile.builder().targetRole(Role.ML_RESEARCHER)
                .finishedMlProjects(0).publications(3).build();
        CandidateProfile builder = CandidateProfile.builder().targetRole(Role.ML_ENGINEER).finishedMlProjects(2).build();

        List<String> publishedKeys = keys(Advisor.recommendForCandidate(published));
        List<String> builderKeys = keys(Advisor.recommendForCandidate(builder));

        // Papers show both interest and the ability to finish; finished projects show interest.
        assertFalse(publishedKeys.contains("candidate.standout.interest"), publishedKeys.toString());
        assertFalse(publishedKeys.contains("candidate.standout.finish-projects"), publishedKeys.toString());
        assertFalse(builderKeys.contains("candidate.standout.interest"), builderKeys.toString());
        assertFalse(builderKeys.contains("candidate.standout.finish-projects"), builderKeys.toString());
    }

    @Test
    void dataAndPlatformCandidatesPrepareForAnInfrastructureLoopNotMlTheory() {
        for (Role role : List.of(Role.DATA_ENGINEER, Role.ML_PLATFORM_ENGINEER)) {
            List<String> keys = keys(Advisor.recommendForCandidate(CandidateProfile.builder().targetRole(role).build()));

            // R2, R3: low ML expertise; their interview checks a basic grasp of how ML uses data and models.
            assertFalse(keys.contains("candidate.prepare.theory"), role + ": " + keys);
            assertFalse(keys.contains("candidate.standout.synthesis"), role + ": " + keys);
            assertTrue(keys.contains("candidate.prepare.ml-basics"), role + ": " + keys);
            assertTrue(keys.contains("candidate.prepare.software-interviews"), role + ": " + keys);
        }
    }

    @Test
    void aProductManagerCandidatePreparesForTheMlProcessNotACodingRound() {
        List<String> keys = keys(Advisor.recommendForCandidate(CandidateProfile.builder()
                .targetRole(Role.ML_PRODUCT_MANAGER).build()));

        assertTrue(keys.contains("candidate.prepare.ml-process"), keys.toString());
        assertFalse(keys.contains("candidate.prepare.theory"), keys.toString());
        assertFalse(keys.contains("candidate.prepare.software-interviews"), keys.toString());
        assertFalse(keys.contains("candidate.standout.software"), keys.toString());
        assertFalse(keys.contains("candidate.standout.finish-projects"), keys.toString());
        // A product manager's years are product work, which the profile does not count: not a new graduate.
        assertTrue(keys.containsAll(List.of("candidate.prepare.past-projects", "candidate.prepare.company-problems")));
        assertFalse(keys.contains("candidate.prepare.best-project"), keys.toString());
        assertFalse(keys.contains("candidate.where.campus"), keys.toString());
    }

    @Test
    void mlCandidatesStillReviewTheory() {
        for (Role role : List.of(Role.ML_ENGINEER, Role.ML_RESEARCHER, Role.DATA_SCIENTIST)) {
            List<String> keys = keys(Advisor.recommendForCandidate(CandidateProfile.builder().targetRole(role).build()));

            assertTrue(keys.containsAll(List.of("candidate.prepare.theory", "candidate.prepare.software-interviews",
                    "candidate.standout.synthesis")), role + ": " + keys);
        }
    }

    @Test
    void onlyACandidateWithPastWorkIsToldToDiscussPastProjects() {
        for (Role role : List.of(Role.ML_ENGINEER, Role.ML_RESEARCHER, Role.DATA_SCIENTIST, Role.DATA_ENGINEER,
                Role.ML_PLATFORM_ENGINEER)) {
            CandidateProfile nothingYet = CandidateProfile.builder().targetRole(role).takenMlCourses(true).build();
            List<String> fresh = keys(Advisor.recommendForCandidate(nothingYet));

            assertTrue(fresh.contains("candidate.prepare.best-project"), role + ": " + fresh);
            assertFalse(fresh.contains("candidate.prepare.past-projects"), role + ": " + fresh);
            for (CandidateProfile withWork : List.of(
                    CandidateProfile.builder().targetRole(role).takenMlCourses(true).softwareEngineeringYears(1).build(),
                    CandidateProfile.builder().targetRole(role).takenMlCourses(true).finishedMlProjects(1).build(),
                    CandidateProfile.builder().targetRole(role).takenMlCourses(true).publications(1).build())) {
                CandidateAdvice advice = Advisor.recommendForCandidate(withWork);
                List<String> keys = keys(advice);
                assertTrue(keys.contains("candidate.prepare.past-projects"), withWork + ": " + keys);
                assertFalse(keys.contains("candidate.prepare.best-project"), withWork + ": " + keys);
                // The one fact that decided it is the evidence: the first of years, projects, papers above 0.
                CandidateTip tip = advice.tips().stream().filter(t -> t.message().key().equals("candidate.prepare.past-projects"))
                        .findFirst().orElseThrow();
                assertEquals(1, tip.explanation().evidence().size(), tip.explanation().evidence().toString());
            }
        }
    }

    @Test
    void dataAndPlatformCandidatesShowWorkThatFeedsOrServesAModelNotReproducedPapers() {
        for (Role role : Role.values()) {
            List<String> keys = keys(Advisor.recommendForCandidate(CandidateProfile.builder().targetRole(role)
                    .softwareEngineeringYears(5).build()));
            boolean infrastructure = role == Role.DATA_ENGINEER || role == Role.ML_PLATFORM_ENGINEER;

            assertEquals(infrastructure, keys.contains("candidate.standout.finish-pipeline"), role + ": " + keys);
            assertEquals(!infrastructure && role != Role.ML_PRODUCT_MANAGER,
                    keys.contains("candidate.standout.finish-projects"), role + ": " + keys);
        }
    }

    @Test
    void campusRecruitingIsForCandidatesNewToWork() {
        for (int years : List.of(0, 1, 2, 3, 30)) {
            List<String> keys = keys(Advisor.recommendForCandidate(CandidateProfile.builder().targetRole(Role.ML_ENGINEER)
                    .softwareEngineeringYears(years).build()));

            assertEquals(years <= 2, keys.contains("candidate.where.campus"), years + ": " + keys);
            assertTrue(keys.contains("candidate.where.standard"), keys.toString());
        }
        assertEquals("Use professional networks and recruiters.", Advisor.recommendForCandidate(CandidateProfile
                .builder().targetRole(Role.ML_ENGINEER).softwareEngineeringYears(30).build()).tips().stream()
                .filter(tip -> tip.message().key().equals("candidate.where.standard")).findFirst().orElseThrow()
                .message().text());
    }

    @Test
    void mlEngineersAreToldToLookAtAppliedConferencesWhereCompaniesSourceThem() {
        // J1: research conferences for everyone; H3.2: applied ML conferences for engineers too, as
        // the company advice sources ML engineers there ("sourcing: applied conferences for engineers").
        for (Role role : Role.values()) {
            CandidateAdvice advice = Advisor.recommendForCandidate(CandidateProfile.builder().targetRole(role)
                    .softwareEngineeringYears(5).takenMlCourses(true).build());
            List<String> keys = keys(advice);

            assertEquals(role == Role.ML_ENGINEER, keys.contains("candidate.where.applied-conferences"), role + ": " + keys);
            assertTrue(keys.contains("candidate.where.conferences"), role + ": " + keys);
            advice.tips().stream().filter(t -> t.message().key().equals("candidate.where.applied-conferences"))
                    .forEach(t -> {
                        assertEquals(CandidateTopic.WHERE_TO_LOOK, t.topic());
                        assertTrue(t.explanation().sourceIds().contains("H3.2"), t.explanation().sourceIds().toString());
                    });
        }
    }

    private static List<String> keys(CandidateAdvice advice) {
        return advice.tips().stream().map(t -> t.message().key()).toList();
    }

    /** Four years of software engineering, ML courses and three finished ML projects, no papers. */
    private static CandidateProfile sameRecord(Role role) {
        return CandidateProfile.builder().targetRole(role).softwareEngineeringYears(4).takenMlCourses(true)
                .finishedMlProjects(3).build();
    }
}
