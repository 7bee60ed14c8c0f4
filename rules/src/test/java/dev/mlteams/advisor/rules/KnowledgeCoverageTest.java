package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A small corpus of profiles reaches every knowledge ID in the catalogue. */
class KnowledgeCoverageTest {

    private static final List<OrgProfile> COMPANIES = List.of(Companies.freightCompany(), Companies.telecomLab(),
            Companies.saasCompany(), Companies.bank(), Companies.mlStartup());

    private static final List<CandidateProfile> CANDIDATES = List.of(
            CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build(),
            CandidateProfile.builder().targetRole(Role.ML_RESEARCHER).softwareEngineeringYears(3)
                    .takenMlCourses(true).finishedMlProjects(2).build());

    @Test
    void every_catalogue_id_is_cited_by_advice_for_some_profile() {
        Set<String> cited = Stream.concat(
                        COMPANIES.stream().flatMap(p -> Advisor.recommend(p).items().stream()),
                        CANDIDATES.stream().flatMap(c -> Advisor.recommendForCandidate(c).tips().stream()))
                .map(Explained::explanation)
                .flatMap(e -> e.sourceIds().stream())
                .collect(Collectors.toSet());

        Set<String> missing = Advisor.defaults().catalogue().items().stream().map(KnowledgeItem::id)
                .filter(id -> !cited.contains(id))
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), missing, "knowledge IDs no profile in the corpus reaches");
    }
}
