package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.Change.Aspect;
import dev.mlteams.advisor.analysis.FieldChange;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compares the advice for two profiles item by item; knows the advice's shape, not its content. */
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
        List<Change> changes = new ArrayList<>();

        if (before.archetype().primary().archetype() != after.archetype().primary().archetype()) {
            List<Explained> differing = new ArrayList<>();
            differing.addAll(onlyIn(before.archetype().votes(), after.archetype().votes()));
            differing.addAll(onlyIn(after.archetype().votes(), before.archetype().votes()));
            changes.add(change(Aspect.ARCHETYPE, "primary", before.archetype().primary().archetype().name(),
                    after.archetype().primary().archetype().name(), differing, changedNames));
        }
        design(changes, "engineeringVsResearch", before.teamDesign().engineeringVsResearch(),
                after.teamDesign().engineeringVsResearch(), changedNames);
        design(changes, "dataOwnership", before.teamDesign().dataOwnership(), after.teamDesign().dataOwnership(),
                changedNames);
        design(changes, "modelOwnership", before.teamDesign().modelOwnership(), after.teamDesign().modelOwnership(),
                changedNames);
        var reportingBefore = before.teamDesign().reportingLine();
        var reportingAfter = after.teamDesign().reportingLine();
        if (reportingBefore.recommended() != reportingAfter.recommended()) {
            changes.add(change(Aspect.REPORTING_LINE, "reportingLine", reportingBefore.recommended().name(),
                    reportingAfter.recommended().name(), List.of(reportingBefore, reportingAfter), changedNames));
        }
        keyed(changes, Aspect.ROLE_MIX, before.teamDesign().roleMix(), after.teamDesign().roleMix(),
                r -> r.role().name(), r -> r.emphasis().name(), changedNames);
        keyed(changes, Aspect.HIRE, before.hiringPlan().positions(), after.hiringPlan().positions(),
                p -> p.seniority() + " " + p.role(), p -> Integer.toString(p.count()), changedNames);
        keyed(changes, Aspect.PRACTICE, Stream.concat(before.practices().stream(),
                        before.teamDesign().collaboration().stream()).toList(),
                Stream.concat(after.practices().stream(), after.teamDesign().collaboration().stream()).toList(),
                p -> p.message().key(), p -> "present", changedNames);
        keyed(changes, Aspect.RISK, before.risks(), after.risks(), r -> r.message().key(), r -> "present", changedNames);
        keyed(changes, Aspect.WARNING, before.warnings(), after.warnings(), w -> w.message().key(), w -> "present",
                changedNames);

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

    private static void design(List<Change> changes, String subject, DesignChoice<?> before, DesignChoice<?> after,
            Set<String> changedNames) {
        if (before.stance() != after.stance()) {
            changes.add(change(Aspect.DESIGN, subject, before.stance().name(), after.stance().name(),
                    List.of(before, after), changedNames));
        }
    }

    /** Items matched by key: added, removed, or with a different value. */
    private static <T extends Explained> void keyed(List<Change> changes, Aspect aspect, List<T> before, List<T> after,
            Function<T, String> key, Function<T, String> value, Set<String> changedNames) {
        Map<String, T> a = index(before, key);
        Map<String, T> b = index(after, key);
        Set<String> keys = new LinkedHashSet<>(a.keySet());
        keys.addAll(b.keySet());
        for (String k : keys) {
            T x = a.get(k);
            T y = b.get(k);
            String valueBefore = x == null ? Change.ABSENT : value.apply(x);
            String valueAfter = y == null ? Change.ABSENT : value.apply(y);
            if (!valueBefore.equals(valueAfter)) {
                changes.add(change(aspect, k, valueBefore, valueAfter,
                        Stream.of(x, y).filter(Objects::nonNull).map(Explained.class::cast).toList(), changedNames));
            }
        }
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> key) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(item -> map.putIfAbsent(key.apply(item), item));
        return map;
    }

    private static List<ArchetypeVote> onlyIn(List<ArchetypeVote> votes, List<ArchetypeVote> others) {
        Set<String> otherRules = others.stream().map(v -> v.explanation().rule()).collect(Collectors.toSet());
        return votes.stream().filter(v -> !otherRules.contains(v.explanation().rule())).toList();
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
