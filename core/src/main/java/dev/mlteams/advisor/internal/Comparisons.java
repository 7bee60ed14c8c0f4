package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.Change.Aspect;
import dev.mlteams.advisor.analysis.FieldChange;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Compares the advice for two profiles part by part; knows the advice's shape, not its content.
 * Which parts are compared, and why the others are not, {@link AdviceComparison} says.
 */
public final class Comparisons {

    private Comparisons() {
    }

    /** The profile field that names the company. */
    private static final String COMPANY_NAME = "name";

    public static AdviceComparison compare(Advice before, Advice after) {
        List<FieldChange> fields = changedFields(before.profile(), after.profile());
        // A field no rule read, such as the company's name, is behind no change: without this, a
        // change whose evidence reaches no profile field (it follows the archetype, whose scores
        // have no basis) would list it among all the changed fields.
        Set<String> read = new TreeSet<>();
        Stream.of(before, after).flatMap(advice -> advice.items().stream())
                .forEach(item -> profileFields(item.explanation().evidence(), read));
        Set<String> changedNames = fields.stream().map(FieldChange::field).filter(read::contains)
                .collect(Collectors.toCollection(TreeSet::new));
        if (changedNames.isEmpty()) {
            // No rule bound a changed field, but a rule may test one without binding it
            // (headcount > 100): any could be behind a change, but the name, which says who the
            // company is, not what it is like.
            fields.stream().map(FieldChange::field).filter(field -> !field.equals(COMPANY_NAME)).forEach(changedNames::add);
        }
        List<ArchetypeVote> differingVotes = new ArrayList<>(votesOnlyIn(before, after));
        differingVotes.addAll(votesOnlyIn(after, before));

        List<Change> changes = new ArrayList<>();
        for (AdvicePart<?> part : AdvicePart.ALL) {
            compare(part, before, after, differingVotes, changedNames, changes);
        }
        scores(before, after, differingVotes, changedNames, changes);
        // Stable: within an aspect, the items keep the order the advice lists them in.
        changes.sort(Comparator.comparing(Change::aspect));

        Set<String> firedBefore = before.trace().stream().map(FiredRule::rule).collect(Collectors.toCollection(TreeSet::new));
        Set<String> firedAfter = after.trace().stream().map(FiredRule::rule).collect(Collectors.toCollection(TreeSet::new));
        return new AdviceComparison(before, after, fields, changes,
                firedBefore.stream().filter(r -> !firedAfter.contains(r)).toList(),
                firedAfter.stream().filter(r -> !firedBefore.contains(r)).toList());
    }

    private static List<FieldChange> changedFields(OrgProfile before, OrgProfile after) {
        List<FieldChange> changes = new ArrayList<>();
        for (RecordComponent component : OrgProfile.class.getRecordComponents()) {
            try {
                Object a = component.getAccessor().invoke(before);
                Object b = component.getAccessor().invoke(after);
                if (!Objects.equals(a, b)) {
                    changes.add(new FieldChange(component.getName(), Values.text(a), Values.text(b)));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read OrgProfile." + component.getName(), e);
            }
        }
        return changes;
    }

    /** Items matched by subject: added, removed, or with a different value or detail. */
    private static <T extends Explained> void compare(AdvicePart<T> part, Advice before, Advice after,
            List<ArchetypeVote> differingVotes, Set<String> changedNames, List<Change> changes) {
        Map<String, List<T>> a = bySubject(part, before);
        Map<String, List<T>> b = bySubject(part, after);
        Set<String> subjects = new LinkedHashSet<>(a.keySet());
        subjects.addAll(b.keySet());
        for (String subject : subjects) {
            List<T> x = a.getOrDefault(subject, List.of());
            List<T> y = b.getOrDefault(subject, List.of());
            String valueBefore = describe(x, part);
            String valueAfter = describe(y, part);
            if (valueBefore.equals(valueAfter)) {
                String detailBefore = details(x, part);
                String detailAfter = details(y, part);
                if (detailBefore.equals(detailAfter)) {
                    continue;
                }
                // Equal values alone would read as no change.
                valueBefore += " (" + detailBefore + ")";
                valueAfter += " (" + detailAfter + ")";
            }
            List<Explained> items = new ArrayList<>(x);
            items.addAll(y);
            if (part.decidedByVotes()) {
                items.addAll(differingVotes);
            }
            changes.add(change(part.aspect(), subject, valueBefore, valueAfter, items, changedNames));
        }
    }

    private static <T extends Explained> Map<String, List<T>> bySubject(AdvicePart<T> part, Advice advice) {
        Map<String, List<T>> map = new LinkedHashMap<>();
        for (T item : part.items().apply(advice)) {
            map.computeIfAbsent(part.subject().apply(item), subject -> new ArrayList<>()).add(item);
        }
        return map;
    }

    /** The value of the items with one subject; a rule set may give several, which all count. */
    private static <T extends Explained> String describe(List<T> items, AdvicePart<T> part) {
        return items.isEmpty() ? Change.ABSENT : items.stream().map(part.value()).collect(Collectors.joining(", "));
    }

    private static <T extends Explained> String details(List<T> items, AdvicePart<T> part) {
        return items.stream().map(part.detail()).collect(Collectors.joining(", "));
    }

    /** Scores are not explained items: the rules and fields of a score's change are those of its differing votes. */
    private static void scores(Advice before, Advice after, List<ArchetypeVote> differingVotes,
            Set<String> changedNames, List<Change> changes) {
        Map<Archetype, String> a = points(before);
        Map<Archetype, String> b = points(after);
        Set<Archetype> archetypes = new LinkedHashSet<>(a.keySet());
        archetypes.addAll(b.keySet());
        for (Archetype archetype : archetypes) {
            String pointsBefore = a.getOrDefault(archetype, Change.ABSENT);
            String pointsAfter = b.getOrDefault(archetype, Change.ABSENT);
            if (!pointsBefore.equals(pointsAfter)) {
                changes.add(change(Aspect.SCORE, archetype.name(), pointsBefore, pointsAfter,
                        differingVotes.stream().filter(v -> v.archetype() == archetype).toList(), changedNames));
            }
        }
    }

    /** The points per archetype, as text; a rule set may total one twice, and both count, as in {@link #describe}. */
    private static Map<Archetype, String> points(Advice advice) {
        return advice.archetype().scores().stream().collect(Collectors.groupingBy(ArchetypeScore::archetype,
                LinkedHashMap::new,
                Collectors.mapping(score -> Integer.toString(score.points()), Collectors.joining(", "))));
    }

    /** The votes of one run that the other has not cast: the same rule for the same archetype and weight. */
    private static List<ArchetypeVote> votesOnlyIn(Advice advice, Advice other) {
        Set<String> others = other.archetype().votes().stream().map(Comparisons::vote).collect(Collectors.toSet());
        return advice.archetype().votes().stream().filter(v -> !others.contains(vote(v))).toList();
    }

    private static String vote(ArchetypeVote vote) {
        return vote.explanation().rule() + '\n' + vote.archetype() + '\n' + vote.message().key() + '\n' + vote.weight();
    }

    private static Change change(Aspect aspect, String subject, String before, String after,
            Collection<? extends Explained> items, Set<String> changedNames) {
        List<String> rules = items.stream().map(i -> i.explanation().rule()).distinct().toList();
        Set<String> inEvidence = new TreeSet<>();
        items.forEach(i -> profileFields(i.explanation().evidence(), inEvidence));
        inEvidence.retainAll(changedNames);
        return new Change(aspect, subject, before, after, rules,
                List.copyOf(inEvidence.isEmpty() ? changedNames : inEvidence));
    }

    private static void profileFields(List<Evidence> evidence, Set<String> out) {
        for (Evidence e : evidence) {
            if (e.kind() == Evidence.Kind.PROFILE_FIELD) {
                out.add(e.name());
            }
            profileFields(e.basis(), out);
        }
    }
}
