package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.advice.ArchetypeAssessment;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.AttractionLever;
import dev.mlteams.advisor.advice.CandidateTip;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.HiringPlan;
import dev.mlteams.advisor.advice.InterviewCheck;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.MarketFact;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.ReportingAdvice;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.RoadmapNote;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.advice.Roadmap;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.advice.Warning;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.PracticeArea;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Turns what the rules produced into an {@link Advice}, checking that it is complete: one primary
 * archetype, one choice per design dimension, one reporting line. Every list gets an explicit
 * order, so results never depend on agenda ties.
 */
final class AdviceAssembler {

    private final RuleRun run;
    private final KnowledgeCatalogue catalogue;
    private final RuleSetStamp stamp;
    private final List<String> problems = new ArrayList<>();
    private final CompiledRules rules;
    private boolean undecided;
    /** The produced items by class (advice items are final records), in production order. */
    private final Map<Class<?>, List<Object>> byType = new HashMap<>();

    private AdviceAssembler(RuleRun run, CompiledRules rules) {
        this.run = run;
        for (Object item : run.produced()) {
            byType.computeIfAbsent(item.getClass(), k -> new ArrayList<>()).add(item);
        }
        this.catalogue = rules.catalogue();
        this.stamp = rules.stamp();
        this.rules = rules;
    }

    static Advice advice(OrgProfile profile, RuleRun run, CompiledRules rules) {
        return new AdviceAssembler(run, rules).assemble(profile);
    }

    static CandidateAdvice candidateAdvice(CandidateProfile profile, RuleRun run, CompiledRules rules) {
        AdviceAssembler assembler = new AdviceAssembler(run, rules);
        List<CandidateTip> tips = assembler.byCatalogue(CandidateTip.class).stream()
                .sorted(Comparator.comparing(CandidateTip::topic))
                .toList();
        if (tips.isEmpty()) {
            assembler.problems.add("no rule gave advice for this candidate profile");
            assembler.blameLeftOutRules();
            throw new RuleExecutionException(assembler.problems);
        }
        return new CandidateAdvice(profile, tips, run.trace(), assembler.stamp, run.locale());
    }

    private Advice assemble(OrgProfile profile) {
        ArchetypeAssessment assessment = assessment();
        // Collaboration practices belong to the team design, the others to the advice.
        List<Practice> allPractices = byCatalogue(Practice.class);
        TeamDesign design = teamDesign(allPractices.stream().filter(p -> p.area() == PracticeArea.COLLABORATION).toList());
        HiringPlan hiring = hiringPlan();
        List<Practice> practices = allPractices.stream().filter(p -> p.area() != PracticeArea.COLLABORATION).toList();
        List<Risk> risks = byCatalogue(Risk.class);
        List<Warning> warnings = byCatalogue(Warning.class);
        Roadmap roadmap = new Roadmap(of(RoadmapStep.class, s -> true).stream()
                .sorted(Comparator.comparing(RoadmapStep::target).thenComparing(RoadmapStep::field)
                        .thenComparing(s -> s.message().key()))
                .toList(), byCatalogue(RoadmapNote.class));
        if (undecided) {
            blameLeftOutRules();
        }
        if (!problems.isEmpty()) {
            throw new RuleExecutionException(problems);
        }
        return new Advice(profile, assessment, design, hiring, practices, risks, warnings, roadmap, run.trace(),
                stamp, run.locale());
    }

    private ArchetypeAssessment assessment() {
        List<ArchetypeCall> primaries = of(ArchetypeCall.class, c -> c.rank() == ArchetypeCall.Rank.PRIMARY);
        List<ArchetypeCall> alternatives = of(ArchetypeCall.class, c -> c.rank() == ArchetypeCall.Rank.ALTERNATIVE);
        ArchetypeCall primary = exactlyOne(primaries, "a primary archetype");
        if (alternatives.size() > 1) {
            problems.add(tooMany("named an alternative archetype", alternatives));
        }
        List<ArchetypeScore> scores = run.scores().stream()
                .sorted(Comparator.comparingInt(ArchetypeScore::points).reversed()
                        .thenComparing(ArchetypeScore::archetype))
                .toList();
        List<ArchetypeVote> votes = of(ArchetypeVote.class, v -> true).stream()
                .sorted(Comparator.comparing(ArchetypeVote::archetype)
                        .thenComparing(Comparator.comparingInt(ArchetypeVote::weight).reversed())
                        .thenComparing(v -> v.message().key()))
                .toList();
        return primary == null ? null
                : new ArchetypeAssessment(primary, alternatives.stream().findFirst(), scores, votes);
    }

    @SuppressWarnings("unchecked")
    private TeamDesign teamDesign(List<Practice> collaboration) {
        List<DesignChoice<?>> choices = new ArrayList<>();
        of(DesignChoice.class, c -> true).forEach(choices::add);
        DesignChoice<EngineeringResearchBalance> engineering = (DesignChoice<EngineeringResearchBalance>) exactlyOne(
                choices.stream().filter(c -> c.stance() instanceof EngineeringResearchBalance).toList(),
                "the engineering-versus-research choice");
        DesignChoice<DataOwnership> data = (DesignChoice<DataOwnership>) exactlyOne(
                choices.stream().filter(c -> c.stance() instanceof DataOwnership).toList(), "the data-ownership choice");
        DesignChoice<ModelOwnership> model = (DesignChoice<ModelOwnership>) exactlyOne(
                choices.stream().filter(c -> c.stance() instanceof ModelOwnership).toList(), "the model-ownership choice");
        ReportingAdvice reporting = exactlyOne(of(ReportingAdvice.class, r -> true), "a reporting line");

        List<RoleTarget> roleMix = of(RoleTarget.class, r -> true).stream()
                .sorted(Comparator.comparing(RoleTarget::emphasis).thenComparing(RoleTarget::role)).toList();
        Set<Role> seen = new HashSet<>();
        for (RoleTarget target : roleMix) {
            if (!seen.add(target.role())) {
                problems.add(tooMany("placed " + target.role() + " in the role mix",
                        roleMix.stream().filter(t -> t.role() == target.role()).toList()));
            }
        }
        if (engineering == null || data == null || model == null || reporting == null) {
            return null;
        }
        return new TeamDesign(engineering, data, model, reporting, roleMix, collaboration);
    }

    private HiringPlan hiringPlan() {
        // Skills, checks and assessments are grouped by role once, not filtered again per position.
        Map<Role, List<SkillRequirement>> mustHave = new EnumMap<>(Role.class);
        Map<Role, List<SkillRequirement>> niceToHave = new EnumMap<>(Role.class);
        for (SkillRequirement skill : byCatalogue(SkillRequirement.class)) {
            (skill.required() ? mustHave : niceToHave).computeIfAbsent(skill.role(), r -> new ArrayList<>()).add(skill);
        }
        List<Position> positions = of(Position.class, p -> true).stream()
                .sorted(Comparator.comparingInt(Position::priority).thenComparing(Position::role)
                        .thenComparing(Position::seniority).thenComparing(p -> p.explanation().rule()))
                .map(p -> p.withSkills(skillsFor(p, mustHave), skillsFor(p, niceToHave)))
                .toList();
        // Roles in hiring order; advice for roles with no opening is dropped (it stays in the trace).
        List<Role> roles = new ArrayList<>(positions.stream().map(Position::role)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        Comparator<Role> hiringOrder = Comparator.comparingInt(roles::indexOf);

        List<SourcingAdvice> sourcing = firstOfEach(of(SourcingAdvice.class, s -> roles.contains(s.role())).stream()
                .sorted(Comparator.comparing(SourcingAdvice::role, hiringOrder).thenComparing(SourcingAdvice::channel)
                        .thenComparing(s -> s.explanation().rule()))
                .toList(), s -> List.of(s.role(), s.channel()));
        Map<Role, List<InterviewCheck>> strengths = new EnumMap<>(Role.class);
        Map<Role, List<InterviewCheck>> minimumBars = new EnumMap<>(Role.class);
        for (InterviewCheck check : byCatalogue(InterviewCheck.class)) {
            Map<Role, List<InterviewCheck>> loop = switch (check.focus()) {
                case VALIDATE_STRENGTH -> strengths;
                case MINIMUM_BAR -> minimumBars;
            };
            loop.computeIfAbsent(check.role(), r -> new ArrayList<>()).add(check);
        }
        Map<Role, List<AssessmentChoice>> assessments = new EnumMap<>(Role.class);
        firstOfEach(of(AssessmentChoice.class, a -> true).stream()
                .sorted(Comparator.comparing(AssessmentChoice::type).thenComparing(a -> a.explanation().rule()))
                .toList(), a -> List.of(a.role(), a.type()))
                .forEach(a -> assessments.computeIfAbsent(a.role(), r -> new ArrayList<>()).add(a));
        List<InterviewLoop> loops = roles.stream()
                .map(role -> new InterviewLoop(role, strengths.getOrDefault(role, List.of()),
                        minimumBars.getOrDefault(role, List.of()), assessments.getOrDefault(role, List.of())))
                .toList();
        return new HiringPlan(positions, sourcing, byCatalogue(AttractionLever.class), loops,
                byCatalogue(MarketFact.class));
    }

    /**
     * The skills of {@code byRole} that the opening's role and seniority ask for, each key once: a
     * skill for every opening and one for this seniority may share a key, and the one earlier in
     * catalogue order (the order of {@code byRole}) is kept.
     */
    private static List<SkillRequirement> skillsFor(Position opening, Map<Role, List<SkillRequirement>> byRole) {
        return byRole.getOrDefault(opening.role(), List.of()).stream()
                .filter(skill -> skill.appliesTo(opening.seniority()))
                .filter(firstPer(skill -> skill.message().key())).toList();
    }

    /** Items of one type in production order. */
    private <T> List<T> of(Class<T> type, Predicate<T> filter) {
        return byType.getOrDefault(type, List.of()).stream().map(type::cast).filter(filter).toList();
    }

    /**
     * Items of one type ordered by the catalogue position of their first knowledge ID, then by
     * message key, then by rule name; an item repeating an earlier one's key (and role) is dropped
     * as {@link #firstOfEach} drops it, so which rule's explanation survives never depends on
     * firing order.
     */
    private <T extends Explained> List<T> byCatalogue(Class<T> type) {
        List<Object> items = byType.getOrDefault(type, List.of());
        // Sort keys are computed once per item rather than on every comparison.
        List<Keyed<T>> keyed = new ArrayList<>(items.size());
        for (Object item : items) {
            T explained = type.cast(item);
            keyed.add(new Keyed<>(catalogue.positionOf(explained.explanation().sources().get(0).id()),
                    explained.message().key(), explained.explanation().rule(), explained));
        }
        keyed.sort(null);
        return firstOfEach(keyed.stream().map(Keyed::item).toList(),
                item -> new Seen(item.message().key(), roleOf(item), seniorityOf(item)));
    }

    /**
     * The first item of each identity, in list order. A later item of the same identity is
     * dropped; if the same rule gave it again, differing only in evidence (a skill rule that
     * matched two openings for one role gives that skill once per opening), its evidence joins
     * the first's, so the item names every fact that made its rule give it.
     */
    @SuppressWarnings("unchecked") // an item is made again as its own class
    private <T extends Explained> List<T> firstOfEach(List<T> items, Function<T, Object> identity) {
        Map<Object, Integer> firstAt = new HashMap<>();
        List<T> kept = new ArrayList<>(items.size());
        for (T item : items) {
            Integer at = firstAt.putIfAbsent(identity.apply(item), kept.size());
            if (at == null) {
                kept.add(item);
                continue;
            }
            T first = kept.get(at);
            Explanation why = first.explanation();
            if (why.rule().equals(item.explanation().rule()) && first.message().equals(item.message())
                    && first.equals(run.remade(item, why))) {
                kept.set(at, (T) run.remade(item, new Explanation(why.rule(), why.firing(), why.sources(),
                        union(why.evidence(), item.explanation().evidence()), why.ruleSet())));
            }
        }
        return kept;
    }

    /** {@code first}, then each of {@code more} it lacks, placed after the last evidence of its name. */
    private static List<Evidence> union(List<Evidence> first, List<Evidence> more) {
        List<Evidence> all = new ArrayList<>(first);
        for (Evidence evidence : more) {
            if (all.contains(evidence)) {
                continue;
            }
            int at = all.size();
            for (int i = all.size() - 1; i >= 0; i--) {
                if (all.get(i).name().equals(evidence.name())) {
                    at = i + 1;
                    break;
                }
            }
            all.add(at, evidence);
        }
        return all;
    }

    /**
     * What makes an item a repeat: its message key and, for per-role items, the role (and for a
     * skill of one seniority, that seniority).
     */
    private record Seen(String key, Role role, Seniority seniority) {
        // Written out: the generated methods are linked on first call, a cost of every cold start (#5).
        @Override
        public boolean equals(Object o) {
            return o instanceof Seen other && key.equals(other.key) && role == other.role
                    && seniority == other.seniority;
        }

        @Override
        public int hashCode() {
            return 31 * (31 * key.hashCode() + Objects.hashCode(role)) + Objects.hashCode(seniority);
        }
    }

    /** An item with its catalogue sort key: knowledge position, then message key, then rule name. */
    private record Keyed<T>(int position, String key, String rule, T item) implements Comparable<Keyed<T>> {
        @Override
        public int compareTo(Keyed<T> other) {
            int byPosition = Integer.compare(position, other.position);
            if (byPosition != 0) {
                return byPosition;
            }
            int byKey = key.compareTo(other.key);
            return byKey != 0 ? byKey : rule.compareTo(other.rule);
        }
    }

    /** A filter that keeps the first item of each key, in stream order. */
    private static <T> Predicate<T> firstPer(Function<T, Object> key) {
        Set<Object> seen = new HashSet<>();
        return item -> seen.add(key.apply(item));
    }

    /** The role of a per-role item, or null. */
    private static Role roleOf(Explained item) {
        if (item instanceof SkillRequirement s) {
            return s.role();
        }
        if (item instanceof InterviewCheck c) {
            return c.role();
        }
        return null;
    }

    /** The seniority of a skill given one, or null. */
    private static Seniority seniorityOf(Explained item) {
        return item instanceof SkillRequirement s ? s.seniority().orElse(null) : null;
    }

    /** Names the rules left out, if any, after a problem they may have caused. */
    private void blameLeftOutRules() {
        // Disabling by knowledge ID also removes rules that cite that ID among others, and an
        // override need not decide what the rule it replaces did.
        List<String> leftOut = rules.leftOutByReason();
        if (!leftOut.isEmpty()) {
            problems.add("rules this rule set leaves out might have decided what is missing: "
                    + String.join("; ", leftOut));
        }
    }

    private <T extends Explained> T exactlyOne(List<T> items, String what) {
        if (items.isEmpty()) {
            problems.add("no rule decided " + what);
            undecided = true;
            return null;
        }
        if (items.size() > 1) {
            problems.add(tooMany("decided " + what, items));
            return null;
        }
        return items.get(0);
    }

    /**
     * The problem of {@code items}, more than one, where only one may be: the rules that gave them,
     * with their files and lines, and how to make one give way. One rule that gave them all did so
     * in one firing, or matched more than one combination of facts.
     */
    private String tooMany(String did, List<? extends Explained> items) {
        List<String> names = items.stream().map(i -> i.explanation().rule()).distinct().toList();
        if (names.size() == 1) {
            long firings = items.stream().mapToInt(i -> i.explanation().firing()).distinct().count();
            return "rule " + located(names.get(0)) + " " + did + " " + items.size() + " times"
                    + (firings == 1 ? " in one firing" : ": its conditions matched " + firings + " combinations of facts")
                    + ", and only one may";
        }
        return "more than one rule " + did + ": " + names.stream().map(this::located).collect(Collectors.joining(", "))
                + "; only one may: to replace a rule, give yours its name and mark it @override; to leave one"
                + " out, disableRule(name)";
    }

    /** {@code "name" (file:line)}, with each place a rule of that name is. */
    private String located(String rule) {
        return "\"" + rule + "\" (" + String.join(", ", rules.locationsOf(rule)) + ")";
    }
}
