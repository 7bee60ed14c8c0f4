package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/** What must hold for every comparison of two valid profiles, run against the real default rules. */
class ComparisonProperties {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Each takes one field of the second profile into the first: the headcount with the ML staff,
     * who must fit in it. The name is left out: every generated profile has the same one.
     */
    private static final List<BiConsumer<OrgProfile.Builder, OrgProfile>> FIELDS = List.of(
            (profile, other) -> profile.industry(other.industry()),
            (profile, other) -> {
                profile.headcount(other.headcount());
                for (Role role : Role.values()) {
                    profile.mlStaff(role, other.staff(role));
                }
            },
            (profile, other) -> profile.mlHome(other.mlHome()),
            (profile, other) -> profile.mlReportsTo(other.mlReportsTo()),
            (profile, other) -> profile.modelsInProduction(other.modelsInProduction()),
            (profile, other) -> profile.modelMaintainer(other.modelMaintainer()),
            (profile, other) -> profile.dataAccess(other.dataAccess()),
            (profile, other) -> profile.dataEngineeringFunction(other.dataEngineeringFunction()),
            (profile, other) -> profile.computeAccess(other.computeAccess()),
            (profile, other) -> profile.leadershipUnderstanding(other.leadershipUnderstanding()),
            (profile, other) -> profile.ceoInvestsInMl(other.ceoInvestsInMl()),
            (profile, other) -> profile.publishesResearch(other.publishesResearch()),
            (profile, other) -> profile.horizon(other.horizon()),
            (profile, other) -> profile.plannedHires(other.plannedHires()),
            (profile, other) -> profile.declaredArchetype(other.declaredArchetype().orElse(null)));

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    /** One to three fields, as a what-if question changes them. */
    @Provide
    Arbitrary<Set<Integer>> fields() {
        return Arbitraries.integers().between(0, FIELDS.size() - 1).set().ofMinSize(1).ofMaxSize(3);
    }

    @Property(tries = 300)
    void a_profile_compared_with_itself_has_no_changes(@ForAll("profiles") OrgProfile profile) {
        AdviceComparison comparison = Advisor.defaults().compare(profile, profile);

        assertEquals(List.of(), comparison.changedFields());
        assertEquals(List.of(), comparison.changes());
        assertEquals(List.of(), comparison.rulesOnlyBefore());
        assertEquals(List.of(), comparison.rulesOnlyAfter());
    }

    @Property(tries = 300)
    void there_are_changes_exactly_when_the_advice_differs(@ForAll("profiles") OrgProfile profile,
            @ForAll("profiles") OrgProfile other, @ForAll("fields") Set<Integer> taken) {
        OrgProfile.Builder builder = profile.toBuilder();
        taken.forEach(field -> FIELDS.get(field).accept(builder, other));

        AdviceComparison comparison = Advisor.defaults().compare(profile, builder.build());

        JsonNode before = content(comparison.before());
        JsonNode after = content(comparison.after());
        assertEquals(!before.equals(after), !comparison.changes().isEmpty(),
                () -> "changes " + comparison.changes() + "\nbefore " + before + "\nafter  " + after);
        Statistics.label("advice").collect(before.equals(after) ? "same" : "differs");
        Statistics.label("advice").coverage(coverage -> {
            // A field may keep its value or matter to no rule here; most changes change the advice.
            coverage.check("same").percentage(p -> p >= 5);
            coverage.check("differs").percentage(p -> p >= 40);
        });
    }

    /**
     * The advice as {@code AdviceComparison} documents it compares it: without the profile, the
     * trace, the rule set, the language, the explanations and the messages' texts and arguments.
     */
    private static JsonNode content(Advice advice) {
        try {
            ObjectNode tree = (ObjectNode) JSON.readTree(AdviceJson.write(advice));
            tree.remove(List.of("profile", "trace", "ruleSet", "locale"));
            strip(tree);
            return tree;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("explanation");
            if (object.has("key") && object.has("text")) {
                object.remove(List.of("args", "text"));
            }
        }
        node.forEach(ComparisonProperties::strip);
    }
}
