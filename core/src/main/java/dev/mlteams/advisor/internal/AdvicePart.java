package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.analysis.Change.Aspect;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * One kind of explained item that {@link Comparisons} matches between two runs, as {@link Aspect}
 * documents it: where the advice holds the items, what names each one, its value, and the detail
 * that tells two items of equal value apart. Only the archetype's scores, which are not explained
 * items, are compared apart from these.
 *
 * @param aspect          the kind of change
 * @param items           the items in one run's advice
 * @param subject         which one an item is: items of the same subject are compared
 * @param value           what an item says, shown when it changes
 * @param detail          what else tells it apart, shown only when the values are equal
 * @param decidedByVotes  whether its changes also name the votes that differ, because the votes decide it
 * @param <T>             the item's type
 */
record AdvicePart<T extends Explained>(Aspect aspect, Function<Advice, List<T>> items, Function<T, String> subject,
        Function<T, String> value, Function<T, String> detail, boolean decidedByVotes) {

    /** For items whose subject already holds everything but the value. */
    private static final String NO_DETAIL = "";

    private static final String PRESENT = "present";

    /** Every part compared, in the order of the advice's components. */
    static final List<AdvicePart<?>> ALL = List.of(
            new AdvicePart<>(Aspect.ARCHETYPE, AdvicePart::calls, AdvicePart::rank, call -> call.archetype().name(),
                    AdvicePart::key, true),
            new AdvicePart<>(Aspect.CONFIDENCE, AdvicePart::calls, AdvicePart::rank,
                    call -> call.confidencePercent() + "%", call -> NO_DETAIL, true),
            part(Aspect.VOTE, advice -> advice.archetype().votes(), vote -> vote.archetype() + " " + key(vote),
                    vote -> Integer.toString(vote.weight()), vote -> NO_DETAIL),
            design("engineeringVsResearch", TeamDesign::engineeringVsResearch),
            design("dataOwnership", TeamDesign::dataOwnership),
            design("modelOwnership", TeamDesign::modelOwnership),
            part(Aspect.REPORTING_LINE, advice -> List.of(advice.teamDesign().reportingLine()), line -> "reportingLine",
                    line -> line.recommended().name(), AdvicePart::key),
            part(Aspect.ROLE_MIX, advice -> advice.teamDesign().roleMix(), target -> target.role().name(),
                    target -> target.emphasis().name(), AdvicePart::key),
            part(Aspect.HIRE, advice -> advice.hiringPlan().positions(),
                    position -> position.seniority() + " " + position.role(),
                    position -> position.count() + " at priority " + position.priority(), AdvicePart::key),
            part(Aspect.SKILL, AdvicePart::skills,
                    skill -> skill.seniority().map(s -> s + " ").orElse("") + skill.role() + " " + key(skill),
                    skill -> skill.required() ? "must-have" : "nice-to-have", skill -> NO_DETAIL),
            part(Aspect.SOURCING, advice -> advice.hiringPlan().sourcing(),
                    sourcing -> sourcing.role() + " " + sourcing.channel(), sourcing -> PRESENT, AdvicePart::key),
            keyed(Aspect.ATTRACTION, advice -> advice.hiringPlan().attraction()),
            part(Aspect.INTERVIEW, advice -> loops(advice)
                    .flatMap(loop -> Stream.concat(loop.strengths().stream(), loop.minimumBar().stream())).toList(),
                    check -> check.role() + " " + key(check), check -> check.focus().name(), check -> NO_DETAIL),
            part(Aspect.INTERVIEW, advice -> loops(advice).flatMap(loop -> loop.assessments().stream()).toList(),
                    assessment -> assessment.role() + " " + key(assessment), assessment -> assessment.type().name(),
                    assessment -> NO_DETAIL),
            keyed(Aspect.MARKET, advice -> advice.hiringPlan().market()),
            part(Aspect.PRACTICE, advice -> Stream.concat(advice.practices().stream(),
                    advice.teamDesign().collaboration().stream()).toList(), AdvicePart::key, practice -> PRESENT,
                    practice -> practice.area().name()),
            part(Aspect.RISK, Advice::risks, AdvicePart::key, risk -> PRESENT, risk -> risk.mitigation().key()),
            keyed(Aspect.WARNING, Advice::warnings),
            part(Aspect.ROADMAP_STEP, advice -> advice.roadmap().steps(), step -> step.target() + " " + step.field(),
                    RoadmapStep::needed, AdvicePart::key),
            keyed(Aspect.ROADMAP_NOTE, advice -> advice.roadmap().notes()));

    private static <T extends Explained> AdvicePart<T> part(Aspect aspect, Function<Advice, List<T>> items,
            Function<T, String> subject, Function<T, String> value, Function<T, String> detail) {
        return new AdvicePart<>(aspect, items, subject, value, detail, false);
    }

    /** Items named by their message key alone, such as warnings: there or not. */
    private static <T extends Explained> AdvicePart<T> keyed(Aspect aspect, Function<Advice, List<T>> items) {
        return part(aspect, items, AdvicePart::key, item -> PRESENT, item -> NO_DETAIL);
    }

    private static AdvicePart<DesignChoice<?>> design(String dimension, Function<TeamDesign, DesignChoice<?>> choice) {
        return part(Aspect.DESIGN, advice -> List.of(choice.apply(advice.teamDesign())), c -> dimension,
                c -> c.stance().name(), AdvicePart::key);
    }

    private static List<ArchetypeCall> calls(Advice advice) {
        return Stream.concat(Stream.of(advice.archetype().primary()), advice.archetype().alternative().stream())
                .toList();
    }

    private static String rank(ArchetypeCall call) {
        return call.rank().name().toLowerCase(Locale.ROOT);
    }

    /** Each skill once, though several openings for a role may list it (a skill for one seniority, fewer). */
    private static List<SkillRequirement> skills(Advice advice) {
        return advice.hiringPlan().positions().stream()
                .flatMap(position -> Stream.concat(position.mustHave().stream(), position.niceToHave().stream()))
                .distinct().toList();
    }

    private static Stream<InterviewLoop> loops(Advice advice) {
        return advice.hiringPlan().interviewLoops().stream();
    }

    private static String key(Explained item) {
        return item.message().key();
    }
}
