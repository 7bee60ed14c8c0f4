package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.ReportingAdvice;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.statistics.Statistics;

/**
 * One advice never says two things that cannot both hold: the hiring plan's DevOps skill follows
 * the model ownership the design gives (for openings above junior), a role the design calls core
 * is hired when the team has nobody in it (and a data engineer the design says to hire), the
 * reporting line names today's line only when it
 * asks for another, nascent ML is never offered as a direction to choose, and no text shows a
 * placeholder, "null" or a value's constant name instead of its words.
 */
class ConsistentAdviceProperties {

    /** Constants whose names a text might show instead of their words (CEO and CTO are words too). */
    private static final Set<String> CONSTANTS = Set.copyOf(Stream.of(MlHome.values(), ModelMaintainer.values(),
            Archetype.values(), ModelOwnership.values(), Role.values()).flatMap(Stream::of).map(Enum::name).toList());
    private static final Pattern CAPITALS = Pattern.compile("\\b[A-Z][A-Z_]{2,}\\b");

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 500)
    void every_ml_engineer_opening_has_one_devops_item_a_must_where_the_design_has_them_run_models_unless_junior(
            @ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        ModelOwnership design = advice.teamDesign().modelOwnership().stance();
        boolean theyRunModels = design == ModelOwnership.BUILDERS_OWN_END_TO_END
                || design == ModelOwnership.ENGINEERS_OWN_DEPLOYED;

        for (Position opening : advice.hiringPlan().positions()) {
            if (opening.role() == Role.ML_ENGINEER) {
                List<SkillRequirement> devOps = Stream.concat(opening.mustHave().stream(), opening.niceToHave().stream())
                        .filter(s -> s.message().key().startsWith("skill.devops")).toList();
                assertEquals(1, devOps.size(), devOps::toString);
                // Juniors learn to run models from those who do (H1.2, H1.3): never a must for them.
                boolean must = theyRunModels && opening.seniority() != Seniority.JUNIOR;
                assertEquals(must, devOps.get(0).required(), () -> design + ", " + opening.seniority() + ": " + devOps);
            }
        }
    }

    @Property(tries = 500)
    void a_mixed_organisation_gets_one_practice_for_it_and_nascent_ml_is_never_a_direction_to_choose(
            @ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        List<String> mixed = advice.practices().stream().map(p -> p.message().key())
                .filter(key -> key.startsWith("practice.mixed-organisation")).toList();

        assertEquals(advice.archetype().alternative().isPresent() ? 1 : 0, mixed.size(), mixed::toString);
        boolean nascentInIt = advice.archetype().primary().archetype() == Archetype.NASCENT
                || advice.archetype().alternative().map(ArchetypeCall::archetype).orElse(null) == Archetype.NASCENT;
        if (nascentInIt && !mixed.isEmpty()) {
            assertNotEquals("practice.mixed-organisation", mixed.get(0), "the generic choice between two archetypes");
        }
        // Nor is a division or embedded ML, which an ML-first company holds (A5).
        boolean heldByMlFirst = advice.archetype().primary().archetype() == Archetype.ML_FIRST
                && advice.archetype().alternative().map(ArchetypeCall::archetype)
                        .filter(a -> a == Archetype.INDEPENDENT_DIVISION || a == Archetype.PRODUCT_EMBEDDED).isPresent();
        // Both checks above are guarded: measured over 500 tries, nascent is in a mix in 10% and an
        // ML-first primary has a division or embedded alternative in 3.8% (19), of which 0.4% (2) where ML
        // is not in both the division and the business units (MixedOrganisationTest covers that one).
        Statistics.label("nascent in a mix").collect(nascentInIt && !mixed.isEmpty());
        Statistics.label("nascent in a mix").coverage(coverage -> coverage.check(true).percentage(p -> p >= 3));
        Statistics.label("ML-first over a division or embedded").collect(heldByMlFirst);
        Statistics.label("ML-first over a division or embedded")
                .coverage(coverage -> coverage.check(true).percentage(p -> p >= 1));
        if (heldByMlFirst) {
            // Sharing the work between the parts where ML sits in both; building them where it does not.
            assertEquals(List.of(profile.mlHome() == MlHome.DIVISION_AND_BUSINESS_UNITS
                    ? "practice.mixed-organisation.mlfirst" : "practice.mixed-organisation.mlfirst.build"), mixed);
        }
    }

    @Property(tries = 500)
    void a_core_role_the_team_has_nobody_in_gets_an_opening_once_there_are_hires_enough(
            @ForAll("profiles") OrgProfile profile) {
        Advice advice = Advisor.recommend(profile);
        List<Role> core = advice.teamDesign().roleMix().stream()
                .filter(target -> target.emphasis() == Emphasis.CORE).map(RoleTarget::role).toList();
        Set<Role> opened = advice.hiringPlan().positions().stream().map(Position::role).collect(Collectors.toSet());

        if (profile.plannedHires() >= core.size()) {
            List<Role> unstaffedAndNotHired = core.stream()
                    .filter(role -> profile.mlStaff().get(role) == 0 && !opened.contains(role)).toList();
            assertEquals(List.of(), unstaffedAndNotHired, () -> advice.hiringPlan().positions().stream()
                    .map(p -> p.role() + " x" + p.count()).toList().toString());
        }
    }

    @Property(tries = 300)
    void a_design_that_says_to_hire_a_data_engineer_comes_with_an_opening_for_one(@ForAll("profiles") OrgProfile generated,
            @ForAll @IntRange(min = 2, max = 6) int smallPlan) {
        // An embedded company with no data engineers, on a small plan, where a share of the hires
        // rounds down to no one; the generator alone makes one in two hundred such profiles.
        OrgProfile profile = generated.toBuilder().mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.DATA_ENGINEER, 0).dataEngineeringFunction(false).plannedHires(smallPlan).build();
        Advice advice = Advisor.recommend(profile);
        Assume.that(advice.teamDesign().dataOwnership().message().key().equals("design.data.embedded.no-data-engineers"));

        assertEquals(true, advice.hiringPlan().positions().stream().anyMatch(p -> p.role() == Role.DATA_ENGINEER),
                () -> advice.hiringPlan().positions().stream().map(p -> p.role() + " x" + p.count()).toList().toString());
    }

    @Property(tries = 500)
    void the_reporting_line_says_today_only_where_it_asks_for_a_change(@ForAll("profiles") OrgProfile profile,
            @ForAll boolean chinese) {
        ReportingAdvice reporting = Advisor.recommend(profile, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH)
                .teamDesign().reportingLine();
        String text = reporting.message().text();

        boolean change = reporting.recommended() != profile.mlReportsTo();
        assertEquals(change, text.contains(chinese ? "（当前：" : "(today: "), text);
    }

    @Property(tries = 300)
    void no_text_shows_a_placeholder_null_or_a_constant_name(@ForAll("profiles") OrgProfile profile,
            @ForAll boolean chinese) {
        Advice advice = Advisor.recommend(profile, chinese ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH);

        for (Explained item : advice.items()) {
            String text = item.message().text();
            assertEquals(-1, text.indexOf('{'), text);
            assertEquals(List.of(), CAPITALS.matcher(text).results().map(m -> m.group()).filter(CONSTANTS::contains)
                    .toList(), text);
            assertEquals(false, text.toLowerCase(Locale.ROOT).matches("(?s).*\\bnull\\b.*"), text);
        }
    }
}
