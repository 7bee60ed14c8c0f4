package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One small example per knowledge ID, through the real default rules.
 *
 * <p>Each row names a catalogue ID, a profile where a rule citing that ID obviously applies, and the
 * message key of the item that rule produces; the example passes only if the advice contains an item
 * with that key whose explanation cites the ID. Where the rule has a clear condition, the row also
 * gives a counter-example: a small variation of the profile for which the item is absent. A last test
 * proves the table names every catalogue ID exactly once, so a new ID without an example fails.
 */
class KnowledgeExamplesTest {

    private static final List<Example> EXAMPLES = List.of(
            // ---- why ML teams are hard --------------------------------------------------------------------
            example("W1", "any company still needs the basics of running a technical team",
                    org(Companies.saasCompany()), "practice.management-basics"),
            example("W2", "production models nobody maintains pile up technical debt",
                    org(saas(b -> b.modelMaintainer(ModelMaintainer.NOBODY))), "risk.tech-debt")
                    .absentFor("the ML team maintains its models", org(Companies.saasCompany())),

            // ---- roles ------------------------------------------------------------------------------------
            example("R1", "a division hiring an ML product manager asks for communication",
                    org(Companies.bank()), "skill.communication"),
            example("R2", "production models with no platform engineer call for one",
                    org(Companies.saasCompany()), "roles.situational.platform-engineer")
                    .absentFor("a software team maintains the models",
                            org(saas(b -> b.modelMaintainer(ModelMaintainer.SOFTWARE_TEAM)))),
            example("R3", "an ML-first company hiring a data engineer asks for pipelines",
                    org(Companies.mlStartup()), "skill.data-pipelines"),
            example("R4", "ML engineers are asked for working ML knowledge",
                    org(Companies.freightCompany()), "skill.ml-fundamentals"),
            example("R5", "an R&D lab makes researchers its core role",
                    org(Companies.telecomLab()), "roles.rnd.researcher"),
            example("R6", "data scientists on staff are told what the title means here",
                    org(Companies.saasCompany()), "roles.situational.data-scientist")
                    .absentFor("no data scientists on staff", org(saas(b -> b.mlStaff(Role.DATA_SCIENTIST, 0)))),

            // ---- archetypes -------------------------------------------------------------------------------
            example("A1", "a company with no ML staff votes nascent",
                    org(Companies.freightCompany()), "vote.no-ml-staff")
                    .absentFor("a company with ML staff", org(Companies.saasCompany())),
            example("A2", "ML in a research lab votes R&D",
                    org(Companies.telecomLab()), "vote.research-lab")
                    .absentFor("ML in product teams", org(Companies.saasCompany())),
            example("A3", "ML people in product teams vote product-embedded",
                    org(Companies.saasCompany()), "vote.product-teams"),
            example("A4", "a separate ML division votes independent division",
                    org(Companies.bank()), "vote.ml-division"),
            example("A5", "a CEO who invests in ML votes ML-first",
                    org(Companies.mlStartup()), "vote.ceo-invests")
                    .absentFor("the CEO does not invest in ML", org(Companies.bank())),

            // ---- team design ------------------------------------------------------------------------------
            example("D-SE", "an embedded team puts engineering ahead of research",
                    org(Companies.saasCompany()), "design.se.embedded"),
            example("D-DATA", "an ML-first team owns the company's data infrastructure",
                    org(Companies.mlStartup()), "design.data.mlfirst.owned"),
            example("D-MODEL", "a division maintains the models its users run",
                    org(Companies.bank()), "design.model.division"),
            example("D1", "a nascent team is made of generalists who ship end to end",
                    org(Companies.freightCompany()), "design.se.nascent"),
            example("D2", "an R&D lab has no control over data",
                    org(Companies.telecomLab()), "design.data.rnd"),
            example("D3", "embedded engineers own the models they deploy",
                    org(Companies.saasCompany()), "design.model.embedded"),
            example("D4", "a division is strong in both engineering and research",
                    org(Companies.bank()), "design.se.division"),
            example("D5", "an ML-first company hands models to their users",
                    org(Companies.mlStartup()), "design.model.mlfirst"),

            // ---- managing projects ------------------------------------------------------------------------
            example("P1", "with nothing in production, check feasibility cheaply first",
                    org(Companies.freightCompany()), "practice.cheap-baseline")
                    .absentFor("models already in production", org(Companies.saasCompany())),
            example("P2", "expect stalls and hard-to-estimate timelines",
                    org(Companies.saasCompany()), "practice.expect-stalls"),
            example("P3", "researchers and engineers on staff need their cultures bridged",
                    org(Companies.telecomLab()), "collab.bridge-cultures")
                    .absentFor("no researchers on staff", org(Companies.saasCompany())),
            example("P4", "leaders with a low grasp of ML expect it to run like other projects",
                    org(Companies.freightCompany()), "risk.leadership-expectations")
                    .absentFor("leaders with a medium grasp of ML", org(Companies.telecomLab())),
            example("P5", "plan ML projects probabilistically",
                    org(Companies.telecomLab()), "practice.plan-probabilistically"),
            example("P6", "a company after quick wins still tries several cheap approaches",
                    org(Companies.freightCompany()), "practice.portfolio.quick-wins")
                    .absentFor("long-term bets, which run a portfolio of approaches", org(Companies.telecomLab())),
            example("P7", "measure inputs, not results",
                    org(Companies.bank()), "practice.measure-inputs"),
            example("P8", "researchers and engineers work side by side",
                    org(Companies.telecomLab()), "collab.side-by-side")
                    .absentFor("a nascent company with nobody in ML", org(Companies.freightCompany())),
            example("P9", "a company after quick wins gets an end-to-end pipeline running early",
                    org(Companies.freightCompany()), "practice.end-to-end-first")
                    .absentFor("a balanced horizon with models in production", org(Companies.bank())),
            example("P10", "leaders who do not fully understand ML are taught how uncertain it is",
                    org(Companies.freightCompany()), "practice.educate-leaders")
                    .absentFor("leaders who understand ML", org(Companies.mlStartup())),

            // ---- hiring: the talent market ----------------------------------------------------------------
            example("H0.1", "a company that is hiring learns how many publish at AI conferences",
                    org(Companies.saasCompany()), "market.publishing")
                    .absentFor("a company with no planned hires", org(saas(b -> b.plannedHires(0)))),
            example("H0.2", "a company that is hiring learns how few do high-impact research",
                    org(Companies.saasCompany()), "market.high-impact"),
            example("H0.3", "a company that is hiring learns how many call themselves AI experts",
                    org(Companies.saasCompany()), "market.self-described"),
            example("H0.4", "a company that is hiring compares that with millions of developers",
                    org(Companies.saasCompany()), "market.software-developers"),

            // ---- hiring: ML engineers ---------------------------------------------------------------------
            example("H1.1", "ML engineers can be retrained from internal software engineers",
                    org(Companies.saasCompany()), "sourcing.internal-engineers"),
            example("H1.2", "a nascent company hires juniors after its first senior engineer",
                    org(Companies.freightCompany()), "position.juniors")
                    .absentFor("a single planned hire", org(freight(b -> b.plannedHires(1)))),
            example("H1.3", "DevOps is only a plus for ML engineers whose models' users operate them",
                    org(Companies.mlStartup()), "skill.devops.optional.users")
                    .absentFor("embedded engineers, who own what they deploy",
                            org(saas(b -> b.modelMaintainer(ModelMaintainer.SOFTWARE_TEAM)))),

            // ---- hiring: ML researchers -------------------------------------------------------------------
            example("H2.1", "researchers are judged by publication quality",
                    org(Companies.telecomLab()), "skill.publication-quality"),
            example("H2.2", "researchers need judgement about which problems matter",
                    org(Companies.telecomLab()), "skill.problem-judgement"),
            example("H2.3", "industry experience is a plus for researchers",
                    org(Companies.telecomLab()), "skill.industry-experience"),
            example("H2.4", "researchers can come from adjacent fields",
                    org(Companies.telecomLab()), "sourcing.adjacent-fields"),
            example("H2.5", "researchers can come without PhDs",
                    org(Companies.telecomLab()), "sourcing.non-phd")
                    .absentFor("a company hiring no researchers", org(Companies.freightCompany())),

            // ---- hiring: sourcing -------------------------------------------------------------------------
            example("H3.1", "every role is sourced through networks and recruiters",
                    org(Companies.freightCompany()), "sourcing.networks"),
            example("H3.2", "ML engineers are found at applied conferences",
                    org(Companies.freightCompany()), "sourcing.applied-conferences"),
            example("H3.3", "researchers are found among preprint authors",
                    org(Companies.telecomLab()), "sourcing.preprint-authors"),

            // ---- hiring: attraction -----------------------------------------------------------------------
            example("H4.1", "a company with scarce compute invests in tooling before recruiting on it",
                    org(Companies.freightCompany()), "attraction.invest-tooling")
                    .absentFor("dedicated compute", org(freight(b -> b.computeAccess(ComputeAccess.DEDICATED)))),
            example("H4.2", "a learning culture attracts ML people",
                    org(Companies.saasCompany()), "attraction.learning-culture"),
            example("H4.3", "a company that publishes attracts great colleagues",
                    org(Companies.telecomLab()), "attraction.publish")
                    .absentFor("no publishing and no researchers hired", org(Companies.saasCompany())),
            example("H4.4", "self-serve data is unique data to show off",
                    org(Companies.bank()), "attraction.unique-data")
                    .absentFor("data only on request", org(Companies.freightCompany())),
            example("H4.5", "important work attracts ML people",
                    org(Companies.freightCompany()), "attraction.mission"),

            // ---- hiring: interviewing ---------------------------------------------------------------------
            example("H5.1", "ML engineer interviews validate the strengths hired for",
                    org(Companies.saasCompany()), "interview.engineer.strength"),
            example("H5.2", "ML engineer interviews check a minimum bar",
                    org(Companies.saasCompany()), "interview.engineer.bar"),
            example("H5.3", "junior ML engineers get a take-home project",
                    org(Companies.freightCompany()), "assessment.take-home"),

            // ---- candidates -------------------------------------------------------------------------------
            example("J1", "a new graduate also looks at campus recruiting",
                    candidate(graduate(Role.ML_ENGINEER)), "candidate.where.campus")
                    .absentFor("three years of software engineering",
                            candidate(engineer(b -> b.softwareEngineeringYears(3)))),
            example("J2", "a candidate without software experience is told to build it",
                    candidate(graduate(Role.ML_ENGINEER)), "candidate.standout.software")
                    .absentFor("three years of software engineering",
                            candidate(engineer(b -> b.softwareEngineeringYears(3)))),
            example("J3", "a candidate with finished ML projects prepares to discuss them",
                    candidate(engineer(b -> b.finishedMlProjects(2))), "candidate.prepare.past-projects")
                    .absentFor("a new graduate with no past work", candidate(graduate(Role.ML_ENGINEER))),

            // ---- conclusions ------------------------------------------------------------------------------
            example("C1", "a division with five roles has room for many contributors",
                    org(Companies.bank()), "collab.many-contributors")
                    .absentFor("a nascent team of two roles now and a data engineer for later",
                            org(Companies.freightCompany())),
            example("C2", "an embedded team plans its next step toward independence",
                    org(Companies.saasCompany()), "practice.toward-independence")
                    .absentFor("an independent division", org(Companies.bank())),
            example("C3", "planning probabilistically is how to manage ML work",
                    org(Companies.saasCompany()), "practice.plan-probabilistically"),
            example("C4", "a candidate who has finished no ML project is told to show one",
                    candidate(graduate(Role.ML_ENGINEER)), "candidate.standout.finish-projects")
                    .absentFor("two finished ML projects", candidate(engineer(b -> b.finishedMlProjects(2)))));

    @TestFactory
    Stream<DynamicTest> every_knowledge_id_has_an_example() {
        return EXAMPLES.stream().flatMap(Example::tests);
    }

    @Test
    void the_examples_name_every_catalogue_id_exactly_once() {
        List<String> named = EXAMPLES.stream().map(Example::id).toList();
        Set<String> catalogue = Advisor.defaults().catalogue().items().stream().map(KnowledgeItem::id)
                .collect(Collectors.toCollection(TreeSet::new));

        assertEquals(Set.of(), without(catalogue, named), "catalogue IDs with no example");
        assertEquals(Set.of(), without(named, catalogue), "examples for IDs the catalogue does not have");
        assertEquals(Set.of(), named.stream().filter(id -> named.indexOf(id) != named.lastIndexOf(id))
                .collect(Collectors.toCollection(TreeSet::new)), "IDs with more than one example");
    }

    // ---- the table ----------------------------------------------------------------------------------------

    /** The advice items an advisor gives for one profile, computed when the test runs. */
    private record Subject(Function<Advisor, List<Explained>> items) {

        List<Explained> fromDefaultRules() {
            return items.apply(Advisor.defaults());
        }
    }

    private record Counter(String situation, Subject subject) {
    }

    private record Example(String id, String demonstrates, Subject subject, String key, List<Counter> counters) {

        /** Adds a counter-example: in {@code situation} the item is absent. */
        Example absentFor(String situation, Subject other) {
            List<Counter> more = new ArrayList<>(counters);
            more.add(new Counter(situation, other));
            return new Example(id, demonstrates, subject, key, List.copyOf(more));
        }

        Stream<DynamicTest> tests() {
            DynamicTest example = DynamicTest.dynamicTest(id + ": " + demonstrates + " [" + key + "]",
                    () -> assertCites(subject.fromDefaultRules(), key, id));
            return Stream.concat(Stream.of(example), counters.stream().map(c -> DynamicTest.dynamicTest(
                    id + " counter-example: " + c.situation() + " gives no [" + key + "]",
                    () -> assertAbsent(c.subject().fromDefaultRules(), key, id))));
        }
    }

    private static Example example(String id, String demonstrates, Subject subject, String key) {
        return new Example(id, demonstrates, subject, key, List.of());
    }

    private static Subject org(OrgProfile profile) {
        return new Subject(advisor -> advisor.advise(profile).items());
    }

    private static Subject candidate(CandidateProfile profile) {
        return new Subject(advisor -> List.copyOf(advisor.advise(profile).tips()));
    }

    // ---- profiles -----------------------------------------------------------------------------------------

    private static OrgProfile saas(Function<OrgProfile.Builder, OrgProfile.Builder> change) {
        return change.apply(Companies.saasCompany().toBuilder()).build();
    }

    private static OrgProfile freight(Function<OrgProfile.Builder, OrgProfile.Builder> change) {
        return change.apply(Companies.freightCompany().toBuilder()).build();
    }

    /** A new graduate: no software experience, no ML courses, no finished projects, no publications. */
    private static CandidateProfile graduate(Role role) {
        return CandidateProfile.builder().targetRole(role).build();
    }

    /** An ML engineer candidate, otherwise a new graduate, with one change. */
    private static CandidateProfile engineer(Function<CandidateProfile.Builder, CandidateProfile.Builder> change) {
        return change.apply(CandidateProfile.builder().targetRole(Role.ML_ENGINEER)).build();
    }

    // ---- assertions ---------------------------------------------------------------------------------------

    private static void assertCites(List<Explained> items, String key, String id) {
        List<Explained> withKey = items.stream().filter(i -> i.message().key().equals(key)).toList();
        assertFalse(withKey.isEmpty(), () -> id + ": no item '" + key + "' in the advice; items citing " + id + ": "
                + keys(items.stream().filter(i -> i.explanation().sourceIds().contains(id))));
        assertTrue(withKey.stream().anyMatch(i -> i.explanation().sourceIds().contains(id)), () -> id + ": '" + key
                + "' cites " + withKey.stream().map(i -> i.explanation().sourceIds()).toList() + ", not " + id);
    }

    private static void assertAbsent(List<Explained> items, String key, String id) {
        List<String> rules = items.stream().filter(i -> i.message().key().equals(key))
                .map(i -> i.explanation().rule()).toList();
        assertEquals(List.of(), rules, () -> id + " counter-example: rules that produced '" + key + "'");
    }

    private static List<String> keys(Stream<Explained> items) {
        return items.map(i -> i.message().key()).toList();
    }

    private static Set<String> without(Collection<String> ids, Collection<String> excluded) {
        return ids.stream().filter(id -> !excluded.contains(id)).collect(Collectors.toCollection(TreeSet::new));
    }
}
