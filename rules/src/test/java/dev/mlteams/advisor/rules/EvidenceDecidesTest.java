package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.ProfileValidationException;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Example;
import net.jqwik.api.RandomGenerator;

/**
 * A profile field in an item's evidence is a reason for the item: over many profiles, some other
 * value of the field removes the item, lets another rule give it, or changes its text. A field that
 * never does any of that is named as a reason it is not (as a rule that binds both sides of an
 * {@code ||} does, whichever side held). For companies over generated profiles; for candidates over
 * every role with each count at the edges the candidate rules draw.
 */
class EvidenceDecidesTest {

    private static final int PROFILES = 300;

    /**
     * Rules that give their item to every profile: they bind one field only because every item
     * needs evidence. A rule is added here only for that reason.
     */
    private static final Set<String> UNCONDITIONAL = Set.of(
            "practice: plan probabilistically / horizon",
            "practice: expect stalls and hard-to-estimate timelines / horizon",
            "practice: measure inputs, not results / horizon",
            "practice: the basics of running any technical team still apply / headcount");

    // A jqwik example, not a JUnit test: the profile generator runs only on a jqwik thread.
    @Example
    void everyProfileFieldNamedAsEvidenceDecidesItsItem() {
        Advisor advisor = Advisor.defaults();
        RandomGenerator<OrgProfile> generator = Profiles.valid().generator(1000);
        Random random = new Random(20261128L);
        Map<String, Integer> seen = new TreeMap<>();
        Map<String, Integer> undecided = new TreeMap<>();
        for (int i = 0; i < PROFILES; i++) {
            OrgProfile company = withoutSomeRoles(generator.next(random).value(), random);
            judge(company, profile -> advisor.advise(profile).items(), EvidenceDecidesTest::otherValues, seen, undecided);
        }

        assertEquals(UNCONDITIONAL, undecided.keySet(), () -> "rule / field that did not decide the item, with the "
                + "number of items where it did not: " + undecided);
        // A generator that lost the rules once written with "||", or the variants that read what a
        // team already has, would pass vacuously (194 pairs were seen when this was written).
        assertTrue(seen.size() > 150, () -> "only " + seen.size() + " rule / field pairs seen");
        assertTrue(seen.keySet().containsAll(List.of(
                "embedded design: pipelines built with data engineers / dataEngineeringFunction",
                "embedded hiring: ML engineers, then juniors, with data engineers from the partner team / dataEngineeringFunction",
                "risk nascent: leaders back ML, but little expertise can stall it / ceoInvestsInMl",
                "risk nascent: leaders back ML, but little expertise can stall it / leadershipUnderstanding",
                "nascent design: builders own their models, before any model ships / modelsInProduction",
                "embedded design: engineers own what they deploy, before any model ships / modelsInProduction",
                "risk: scarce compute, before ML reports to the senior leader advised / mlReportsTo",
                "division design: a voice in data governance / dataEngineeringFunction",
                "division design: a voice in data governance, keeping its data-engineering function / dataAccess",
                "ML-first design: hand models to their users, taking maintenance over / modelMaintainer",
                "situational roles: the platform engineers on staff look after production models / modelsInProduction")),
                () -> "seen: " + seen.keySet());
    }

    /**
     * Counts, for each item of {@code profile}'s advice and each profile field in its evidence, the
     * rule / field pair as seen, and as undecided where every other value of the field still gives
     * the item with the same explanation.
     */
    private static <P> void judge(P profile, Function<P, List<? extends Explained>> advise,
            BiFunction<P, String, List<P>> otherValues, Map<String, Integer> seen, Map<String, Integer> undecided) {
        Map<String, Set<String>> itemsCiting = new HashMap<>();
        for (Explained item : advise.apply(profile)) {
            for (String field : profileFields(item)) {
                itemsCiting.computeIfAbsent(field, f -> new HashSet<>()).add(identity(item));
            }
        }
        for (var citing : itemsCiting.entrySet()) {
            // The items that every other value of the field still gives, with the same explanation.
            Set<String> unmoved = new HashSet<>(citing.getValue());
            for (P other : otherValues.apply(profile, citing.getKey())) {
                unmoved.retainAll(advise.apply(other).stream().map(EvidenceDecidesTest::identity).toList());
            }
            for (String item : citing.getValue()) {
                String pair = rule(item) + " / " + citing.getKey();
                seen.merge(pair, 1, Integer::sum);
                if (unmoved.contains(item)) {
                    undecided.merge(pair, 1, Integer::sum);
                }
            }
        }
    }

    /** The candidate rules that give their tip to every candidate, as {@link #UNCONDITIONAL}. */
    private static final Set<String> UNCONDITIONAL_FOR_CANDIDATES = Set.of(
            "candidate: where to look / targetRole",
            "candidate: prepare for the interview loop / targetRole");

    /** The candidate values tried: every role, and each count at the edges the rules draw. */
    private static final Integer[] YEARS = {0, 1, 2, 3, 40};
    private static final Integer[] COUNTS = {0, 1, 7};

    @Example
    void everyCandidateFieldNamedAsEvidenceDecidesItsTip() {
        Advisor advisor = Advisor.defaults();
        List<CandidateProfile> candidates = new ArrayList<>();
        for (Role role : Role.values()) {
            for (int years : YEARS) {
                for (boolean courses : new boolean[] {true, false}) {
                    for (int projects : COUNTS) {
                        for (int papers : COUNTS) {
                            candidates.add(CandidateProfile.builder().targetRole(role).softwareEngineeringYears(years)
                                    .takenMlCourses(courses).finishedMlProjects(projects).publications(papers).build());
                        }
                    }
                }
            }
        }
        Map<String, Integer> seen = new TreeMap<>();
        Map<String, Integer> undecided = new TreeMap<>();
        for (CandidateProfile candidate : candidates) {
            judge(candidate, profile -> advisor.advise(profile).tips(), EvidenceDecidesTest::otherValues, seen, undecided);
        }

        assertEquals(UNCONDITIONAL_FOR_CANDIDATES, undecided.keySet(), () -> "rule / field that did not decide the tip, "
                + "with the number of tips where it did not: " + undecided);
        assertTrue(seen.size() > 15, () -> "only " + seen.size() + " rule / field pairs seen: " + seen);
    }

    /** The candidate with the field set to each other value tried. */
    private static List<CandidateProfile> otherValues(CandidateProfile candidate, String field) {
        List<UnaryOperator<CandidateProfile.Builder>> changes = switch (field) {
            case "targetRole" -> each(Role.values(), (b, v) -> b.targetRole(v));
            case "softwareEngineeringYears" -> each(YEARS, (b, v) -> b.softwareEngineeringYears(v));
            case "takenMlCourses" -> each(new Boolean[] {true, false}, (b, v) -> b.takenMlCourses(v));
            case "finishedMlProjects" -> each(COUNTS, (b, v) -> b.finishedMlProjects(v));
            case "publications" -> each(COUNTS, (b, v) -> b.publications(v));
            default -> throw new AssertionError("a candidate field this test does not know: " + field);
        };
        return changes.stream().map(change -> change.apply(builderOf(candidate)).build())
                .filter(other -> !other.equals(candidate)).toList();
    }

    private static CandidateProfile.Builder builderOf(CandidateProfile candidate) {
        return CandidateProfile.builder().targetRole(candidate.targetRole())
                .softwareEngineeringYears(candidate.softwareEngineeringYears()).takenMlCourses(candidate.takenMlCourses())
                .finishedMlProjects(candidate.finishedMlProjects()).publications(candidate.publications());
    }

    private static Set<String> profileFields(Explained item) {
        return item.explanation().evidence().stream().filter(e -> e.kind() == Evidence.Kind.PROFILE_FIELD)
                .map(Evidence::name).collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The generator staffs nearly every role of a large company, so a rule that also holds with
     * nobody in a role would rarely show that its other condition decides: a third of the roles
     * are left empty here.
     */
    private static OrgProfile withoutSomeRoles(OrgProfile company, Random random) {
        OrgProfile.Builder builder = company.toBuilder();
        for (Role role : Role.values()) {
            if (random.nextInt(3) == 0) {
                builder.mlStaff(role, 0);
            }
        }
        return builder.build();
    }

    /**
     * The rule, the item's kind, key and text, and the fields its evidence names: a field that
     * changes any of them decides the item. (Not the values of those fields, which any change
     * would change.)
     */
    private static String identity(Explained item) {
        return item.explanation().rule() + "\n" + item.getClass().getSimpleName() + "\n" + item.message().key() + "\n"
                + item.message().text() + "\n" + profileFields(item);
    }

    private static String rule(String identity) {
        return identity.substring(0, identity.indexOf('\n'));
    }

    /** The profile with the field set to each other value the profile's validation accepts. */
    private static List<OrgProfile> otherValues(OrgProfile company, String field) {
        List<UnaryOperator<OrgProfile.Builder>> changes = switch (field) {
            case "industry" -> each(Industry.values(), (b, v) -> b.industry(v));
            case "headcount" -> each(new Integer[] {1, 10, 50, 500, 1000, 5000, 100_000}, (b, v) -> b.headcount(v));
            case "mlHome" -> each(MlHome.values(), (b, v) -> b.mlHome(v));
            case "mlReportsTo" -> each(ReportingLine.values(), (b, v) -> b.mlReportsTo(v));
            case "mlStaff", "mlStaffTotal" -> staffChanges();
            case "modelsInProduction" -> each(new Boolean[] {true, false}, (b, v) -> b.modelsInProduction(v));
            case "modelMaintainer" -> each(ModelMaintainer.values(), (b, v) -> b.modelMaintainer(v));
            case "dataAccess" -> each(DataAccess.values(), (b, v) -> b.dataAccess(v));
            case "dataEngineeringFunction" -> each(new Boolean[] {true, false}, (b, v) -> b.dataEngineeringFunction(v));
            case "computeAccess" -> each(ComputeAccess.values(), (b, v) -> b.computeAccess(v));
            case "leadershipUnderstanding" -> each(LeadershipUnderstanding.values(), (b, v) -> b.leadershipUnderstanding(v));
            case "ceoInvestsInMl" -> each(new Boolean[] {true, false}, (b, v) -> b.ceoInvestsInMl(v));
            case "publishesResearch" -> each(new Boolean[] {true, false}, (b, v) -> b.publishesResearch(v));
            case "horizon" -> each(BusinessHorizon.values(), (b, v) -> b.horizon(v));
            case "plannedHires" -> each(new Integer[] {0, 1, 2, 3, 10, 50}, (b, v) -> b.plannedHires(v));
            case "declaredArchetype" -> Stream.concat(Stream.of((Archetype) null), Stream.of(Archetype.values()))
                    .<UnaryOperator<OrgProfile.Builder>>map(v -> b -> b.declaredArchetype(v)).toList();
            default -> throw new AssertionError("a profile field this test does not know: " + field);
        };
        List<OrgProfile> profiles = new ArrayList<>();
        for (UnaryOperator<OrgProfile.Builder> change : changes) {
            try {
                OrgProfile other = change.apply(company.toBuilder()).build();
                if (!other.equals(company)) {
                    profiles.add(other);
                }
            } catch (ProfileValidationException refused) {
                // e.g. a headcount below the ML staff: not a profile anyone can give.
            }
        }
        return profiles;
    }

    /** One change per value: the builder with the field set to it. */
    private static <B, V> List<UnaryOperator<B>> each(V[] values, BiFunction<B, V, B> set) {
        return Stream.of(values).<UnaryOperator<B>>map(v -> b -> set.apply(b, v)).toList();
    }

    /** Nobody in ML, or one role's count set to a few sizes. */
    private static List<UnaryOperator<OrgProfile.Builder>> staffChanges() {
        List<UnaryOperator<OrgProfile.Builder>> changes = new ArrayList<>();
        changes.add(b -> {
            Stream.of(Role.values()).forEach(r -> b.mlStaff(r, 0));
            return b;
        });
        for (Role role : Role.values()) {
            for (int count : new int[] {0, 1, 3, 10}) {
                changes.add(b -> b.mlStaff(role, count));
            }
        }
        return changes;
    }
}
