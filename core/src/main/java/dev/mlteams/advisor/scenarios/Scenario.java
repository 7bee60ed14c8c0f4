package dev.mlteams.advisor.scenarios;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.internal.Nearest;
import dev.mlteams.advisor.report.WhyNotText;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One scenario: a company or candidate profile and what its advice must and must not contain.
 *
 * <p>An entry of {@code present} or {@code absent} names an item by its message key (for example
 * {@code practice.plan-probabilistically}) or by a knowledge ID one of its items cites (for
 * example {@code P5}). An entry of {@code fired} or {@code notFired} names a rule of the advisor
 * the scenario runs against (see {@link Advisor#rules()}), by its name, or by its DRL package, a
 * dot and its name (for example {@code com.acme.advisor.practice: plan probabilistically}). The
 * plain name cannot tell an {@code @override} from the rule it replaces, as both have it; the
 * package can.
 *
 * <p>A rule the advisor leaves out (see {@link Advisor#leftOut()}: disabled, or replaced by an
 * {@code @override} and named with its package) did not fire: under {@code notFired} it holds, and
 * both lines give where it is written and why it is left out (for example {@code notFired: practice:
 * plan probabilistically (practices.drl:14, left out of this rule set: disableRule("practice: plan
 * probabilistically"))}); under {@code fired} it fails as {@code LEFT OUT}, with the same reason. A
 * name that no rule has, run or left out, fails as {@code UNKNOWN RULE}, with the name it most
 * likely meant.
 *
 * <p>{@code design} checks the team design's stances and reporting line; {@code positions}, if
 * given, lists the hiring plan's positions in the plan's order, all of them: by priority, and
 * positions of equal priority by role (in {@link Role}'s order), seniority and rule name.
 *
 * @param name      what the scenario shows
 * @param file      the file it was read from
 * @param profile   the company, or empty for a candidate scenario
 * @param candidate the candidate, or empty for a company scenario
 * @param archetype the expected primary archetype, if the scenario states one; a company scenario only
 * @param design    the expected team design; {@link DesignExpectation#NONE} checks nothing
 * @param positions every position of the hiring plan, in order, if the scenario states them
 * @param present   keys or knowledge IDs that must appear
 * @param absent    keys or knowledge IDs that must not appear
 * @param fired     names of rules that must fire; a rule the advisor leaves out or a name no rule has
 *                  fails the scenario
 * @param notFired  names of rules that must not fire; one the advisor leaves out holds, a name no rule
 *                  has fails the scenario
 */
public record Scenario(String name, String file, Optional<OrgProfile> profile, Optional<CandidateProfile> candidate,
        Optional<Archetype> archetype, DesignExpectation design, Optional<List<PositionExpectation>> positions,
        List<String> present, List<String> absent, List<String> fired, List<String> notFired) {

    /**
     * @param name      what the scenario shows; not null
     * @param file      the file it was read from; not null
     * @param profile   the company, or empty for a candidate scenario; not null
     * @param candidate the candidate, or empty for a company scenario; not null
     * @param archetype the expected primary archetype, or empty to check none; not null
     * @param design    the expected team design; not null, and {@link DesignExpectation#NONE} for a candidate
     * @param positions every position of the hiring plan, in order, or empty to check none; not null, nor
     *                  any element, and empty for a candidate
     * @param present   keys or knowledge IDs that must appear; not null, nor any element; copied
     * @param absent    keys or knowledge IDs that must not appear; not null, nor any element; copied
     * @param fired     names of rules that must fire; not null, nor any element; copied
     * @param notFired  names of rules that must not fire; not null, nor any element; copied
     * @throws NullPointerException     if an argument, or an element of a list, is null
     * @throws IllegalArgumentException unless exactly one of {@code profile} and {@code candidate} is
     *                                  given, or if a candidate scenario expects an archetype, a design or
     *                                  positions, which a candidate's advice does not have
     */
    public Scenario {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(candidate, "candidate");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(design, "design");
        positions = Objects.requireNonNull(positions, "positions").map(List::copyOf);
        present = List.copyOf(Objects.requireNonNull(present, "present"));
        absent = List.copyOf(Objects.requireNonNull(absent, "absent"));
        fired = List.copyOf(Objects.requireNonNull(fired, "fired"));
        notFired = List.copyOf(Objects.requireNonNull(notFired, "notFired"));
        if (profile.isPresent() == candidate.isPresent()) {
            throw new IllegalArgumentException("a scenario has either a profile or a candidate, not both or neither");
        }
        if (candidate.isPresent() && archetype.isPresent()) {
            throw new IllegalArgumentException("a candidate's advice has no archetype");
        }
        if (candidate.isPresent() && (!design.equals(DesignExpectation.NONE) || positions.isPresent())) {
            throw new IllegalArgumentException("a candidate's advice has no team design or hiring plan");
        }
    }

    /**
     * A scenario that checks no design and no positions, as scenarios were before those checks.
     *
     * @param name      what the scenario shows; not null
     * @param file      the file it was read from; not null
     * @param profile   the company, or empty for a candidate scenario; not null
     * @param candidate the candidate, or empty for a company scenario; not null
     * @param archetype the expected primary archetype, or empty to check none; not null
     * @param present   keys or knowledge IDs that must appear; not null, nor any element; copied
     * @param absent    keys or knowledge IDs that must not appear; not null, nor any element; copied
     * @param fired     names of rules that must fire; not null, nor any element; copied
     * @param notFired  names of rules that must not fire; not null, nor any element; copied
     * @throws NullPointerException     if an argument, or an element of a list, is null
     * @throws IllegalArgumentException unless exactly one of {@code profile} and {@code candidate} is given,
     *                                  or if a candidate scenario expects an archetype
     */
    public Scenario(String name, String file, Optional<OrgProfile> profile, Optional<CandidateProfile> candidate,
            Optional<Archetype> archetype, List<String> present, List<String> absent, List<String> fired,
            List<String> notFired) {
        this(name, file, profile, candidate, archetype, DesignExpectation.NONE, Optional.empty(), present, absent,
                fired, notFired);
    }

    /**
     * Runs the scenario against {@code advisor}.
     *
     * @param advisor the advisor whose advice must meet the expectations; not null
     * @return what was expected and what came out; {@link Outcome#passed()} tells whether they agree
     * @throws NullPointerException                 if {@code advisor} is null
     * @throws dev.mlteams.advisor.AdvisorException if the advisor fails on the profile; that is a
     *                                              failure of the scenario too
     */
    public Outcome check(Advisor advisor) {
        Objects.requireNonNull(advisor, "advisor");
        Optional<Archetype> actualArchetype;
        List<? extends Explained> items;
        List<FiredRule> trace;
        String ruleSet;
        TeamDesign actualDesign = null;
        List<Position> actualPositions = List.of();
        if (profile.isPresent()) {
            var advice = advisor.advise(profile.get());
            actualDesign = advice.teamDesign();
            actualPositions = advice.hiringPlan().positions();
            actualArchetype = Optional.of(advice.archetype().primary().archetype());
            items = advice.items();
            trace = advice.trace();
            ruleSet = advice.ruleSet().toString();
        } else {
            var advice = advisor.advise(candidate.get());
            actualArchetype = Optional.empty();
            items = advice.tips();
            trace = advice.trace();
            ruleSet = advice.ruleSet().toString();
        }
        Set<String> seen = new TreeSet<>();
        for (Explained item : items) {
            seen.add(item.message().key());
            // A risk carries its mitigation's text too, as why-not reads it.
            if (item instanceof Risk risk) {
                seen.add(risk.mitigation().key());
            }
            seen.addAll(item.explanation().sourceIds());
        }
        Set<String> firedRules = new TreeSet<>();
        trace.forEach(f -> firedRules.add(f.rule()));
        // No two rules of an advisor share a name, so a name in the trace is one of these rules.
        // Plain names go in first: a qualified one never hides a rule's own name.
        List<Advisor.Rule> advisorRules = advisor.rules();
        Map<String, Advisor.Rule> rules = new HashMap<>();
        advisorRules.forEach(r -> rules.put(r.name(), r));
        advisorRules.forEach(r -> rules.putIfAbsent(r.packageName() + "." + r.name(), r));
        // The rules the advisor leaves out, as whyNotFired names them: by name, the first in file order.
        Map<String, Advisor.LeftOut> leftOut = new HashMap<>();
        advisor.leftOut().forEach(out -> leftOut.putIfAbsent(out.rule().name(), out));
        advisor.leftOut().forEach(out -> leftOut.putIfAbsent(out.rule().packageName() + "." + out.rule().name(), out));
        List<String> ruleNames = new ArrayList<>(rules.keySet());
        ruleNames.addAll(leftOut.keySet());

        List<String> expected = new ArrayList<>();
        List<String> actual = new ArrayList<>();
        archetype.ifPresent(a -> {
            expected.add("archetype: " + a);
            // The value differs anyway; the capitals make the line stand out like the other mismatches.
            // Only a company scenario expects an archetype (the constructor refuses it for a candidate).
            actual.add((actualArchetype.equals(archetype) ? "archetype: " : "ARCHETYPE: ")
                    + actualArchetype.orElseThrow().name());
        });
        // What why-not says about each mismatch it can explain; each answer once.
        Set<String> why = new LinkedHashSet<>();
        // The rules a missing key's answer already diagnoses: a rule expected to fire is not diagnosed again.
        Set<String> diagnosed = new HashSet<>();
        if (actualDesign != null) {
            checkDesign(actualDesign, rules, expected, actual, why);
        }
        List<Position> plan = actualPositions;
        positions.ifPresent(wanted -> checkPositions(wanted, plan, rules, expected, actual, why));
        for (String key : present) {
            expected.add("present: " + key);
            actual.add((!known(advisor, key) ? "UNKNOWN KEY OR ID: " : seen.contains(key) ? "present: " : "MISSING: ")
                    + key);
            if (!seen.contains(key) && advisor.text(key, advisor.locale()).isPresent()) {
                WhyNot answer = profile.isPresent() ? advisor.whyNot(profile.get(), key)
                        : advisor.whyNot(candidate.orElseThrow(), key);
                why.add(WhyNotText.render(answer));
                answer.rules().forEach(rule -> diagnosed.add(rule.rule()));
            }
        }
        for (String key : absent) {
            expected.add("absent: " + key);
            // A typo would otherwise pass as "absent" for ever.
            actual.add((!known(advisor, key) ? "UNKNOWN KEY OR ID: " : seen.contains(key) ? "PRESENT: " : "absent: ")
                    + key);
        }
        for (String rule : fired) {
            expected.add("fired: " + rule);
            actual.add(rules.containsKey(rule) || !leftOut.containsKey(rule)
                    ? ruleLine(rule, rules, ruleNames, firedRules, "fired: ", "DID NOT FIRE: ")
                    : "LEFT OUT: " + rule + leftOutReason(leftOut.get(rule)));
            if (rules.containsKey(rule) && !firedRules.contains(rules.get(rule).name())
                    && !diagnosed.contains(rules.get(rule).name())) {
                String name = rules.get(rule).name();
                why.add(WhyNotText.render(profile.isPresent() ? advisor.whyNotFired(profile.get(), name)
                        : advisor.whyNotFired(candidate.orElseThrow(), name)));
            }
        }
        for (String rule : notFired) {
            if (!rules.containsKey(rule) && leftOut.containsKey(rule)) {
                // Not in the rule set, so it did not fire: it holds, and both lines say why.
                String line = "notFired: " + rule + leftOutReason(leftOut.get(rule));
                expected.add(line);
                actual.add(line);
                continue;
            }
            expected.add("notFired: " + rule);
            actual.add(ruleLine(rule, rules, ruleNames, firedRules, "FIRED: ", "notFired: "));
        }
        StringBuilder traceText = new StringBuilder("trace of rule set " + ruleSet + ":");
        for (FiredRule f : trace) {
            // Where the rule is written: an @override and the rule it replaced share a name.
            Advisor.Rule rule = rules.get(f.rule());
            traceText.append(String.format("%n  %3d  %-9s %s %s  %s:%d", f.firing(), f.phase(), f.rule(), f.sources(),
                    rule.file(), rule.line()));
        }
        return new Outcome(String.join("\n", expected), String.join("\n", actual), String.join("\n", why).strip(),
                traceText.toString());
    }

    private void checkDesign(TeamDesign actualDesign, Map<String, Advisor.Rule> rules, List<String> expected,
            List<String> actual, Set<String> why) {
        design.engineeringVsResearch().ifPresent(stance -> compare("design.engineeringVsResearch", stance,
                actualDesign.engineeringVsResearch().stance(), actualDesign.engineeringVsResearch(), rules, expected,
                actual, why));
        design.dataOwnership().ifPresent(stance -> compare("design.dataOwnership", stance,
                actualDesign.dataOwnership().stance(), actualDesign.dataOwnership(), rules, expected, actual, why));
        design.modelOwnership().ifPresent(stance -> compare("design.modelOwnership", stance,
                actualDesign.modelOwnership().stance(), actualDesign.modelOwnership(), rules, expected, actual, why));
        design.reportingLine().ifPresent(line -> compare("design.reportingLine", line,
                actualDesign.reportingLine().recommended(), actualDesign.reportingLine(), rules, expected, actual, why));
    }

    private static void compare(String what, Object wanted, Object got, Explained item, Map<String, Advisor.Rule> rules,
            List<String> expected, List<String> actual, Set<String> why) {
        expected.add(what + ": " + wanted);
        boolean same = wanted.equals(got);
        actual.add((same ? "" : "DIFFERENT ") + what + ": " + got);
        if (!same) {
            why.add(what + " " + got + " comes from " + where(item, rules) + ".");
        }
    }

    /**
     * One line for the count, then one per expected position, each showing only the fields the
     * scenario gives; a position the scenario does not expect is shown whole on the count's line.
     */
    private static void checkPositions(List<PositionExpectation> wanted, List<Position> plan,
            Map<String, Advisor.Rule> rules, List<String> expected, List<String> actual, Set<String> why) {
        expected.add("positions: " + wanted.size());
        StringBuilder count = new StringBuilder((wanted.size() == plan.size() ? "" : "DIFFERENT ") + "positions: "
                + plan.size());
        // One pass: each expected position against the plan's, each extra one onto the count's
        // line, and each that differs under its rule, so that the rule is said once, in plan order.
        List<String> positionLines = new ArrayList<>();
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        for (int i = 0; i < Math.max(wanted.size(), plan.size()); i++) {
            boolean same = false;
            if (i < wanted.size()) {
                PositionExpectation position = wanted.get(i);
                expected.add("position " + (i + 1) + ": " + position.describe());
                String got = i < plan.size() ? position.shownLike(plan.get(i)).describe() : "none";
                same = got.equals(position.describe());
                positionLines.add((same ? "" : "DIFFERENT ") + "position " + (i + 1) + ": " + got);
            } else {
                count.append(i == wanted.size() ? " (" : "; ").append(i + 1).append(": ")
                        .append(PositionExpectation.of(plan.get(i)).describe());
            }
            if (i < plan.size() && !same) {
                byRule.computeIfAbsent(where(plan.get(i), rules), rule -> new ArrayList<>()).add(i + 1);
            }
        }
        actual.add(count + (plan.size() > wanted.size() ? ")" : ""));
        actual.addAll(positionLines);
        byRule.forEach((rule, numbers) -> why.add((numbers.size() == 1 ? "position " + numbers.get(0) + " comes"
                : "positions " + numbers.stream().map(String::valueOf).collect(Collectors.joining(", ")) + " come")
                + " from " + rule + "."));
    }

    /** The rule that gave an item, and where it is written. */
    private static String where(Explained item, Map<String, Advisor.Rule> rules) {
        String name = item.explanation().rule();
        Advisor.Rule rule = rules.get(name);
        return "rule \"" + name + "\"" + (rule == null ? "" : " (" + rule.file() + ":" + rule.line() + ")");
    }

    /**
     * The actual line for a rule expected to fire or not: a typo would otherwise read as a rule
     * that did not fire, or as one that rightly stayed quiet. It names the rule, run or left out,
     * that the typo most likely meant.
     */
    private static String ruleLine(String rule, Map<String, Advisor.Rule> rules, List<String> ruleNames,
            Set<String> firedRules, String ifFired, String ifNot) {
        if (!rules.containsKey(rule)) {
            return "UNKNOWN RULE: " + rule
                    + Nearest.to(rule, ruleNames).map(near -> " (did you mean \"" + near + "\"?)").orElse("");
        }
        return (firedRules.contains(rules.get(rule).name()) ? ifFired : ifNot) + rule;
    }

    /** Where a rule the advisor leaves out is written, and why it is left out. */
    private static String leftOutReason(Advisor.LeftOut out) {
        return " (" + out.rule().file() + ":" + out.rule().line() + ", left out of this rule set: " + out.reason()
                + ")";
    }

    private static boolean known(Advisor advisor, String keyOrId) {
        return advisor.catalogue().contains(keyOrId) || advisor.text(keyOrId, advisor.locale()).isPresent();
    }

    /**
     * What a scenario expected and what it got, line by line, plus the trace.
     *
     * @param expected one line per expectation
     * @param actual   the same lines as they turned out; a line in capitals marks a mismatch:
     *                 {@code ARCHETYPE}, {@code MISSING}, {@code PRESENT}, {@code DID NOT FIRE},
     *                 {@code FIRED}, {@code UNKNOWN KEY OR ID}, {@code LEFT OUT}, {@code UNKNOWN RULE}, or
     *                 {@code DIFFERENT} before a design stance or a position
     * @param why      why-not's answer for each key that is {@code MISSING} and each rule that
     *                 {@code DID NOT FIRE} (see
     *                 {@link Advisor#whyNot} and {@link Advisor#whyNotFired}), as
     *                 {@link WhyNotText} writes it, each rule diagnosed once: a rule that the answer
     *                 for a missing key diagnoses is not diagnosed again; and the rule (file:line) behind each
     *                 {@code DIFFERENT} stance or position; empty if there is none
     * @param trace    every rule that fired
     */
    public record Outcome(String expected, String actual, String why, String trace) {

        /**
         * Whether every expectation held.
         *
         * @return true if {@link #actual()} equals {@link #expected()}
         */
        public boolean passed() {
            return expected.equals(actual);
        }
    }

    /**
     * What a scenario expects of the team design: each stance it names must be the advice's.
     *
     * @param engineeringVsResearch the software-engineering against research stance, if checked
     * @param dataOwnership         the data-ownership stance, if checked
     * @param modelOwnership        the model-ownership stance, if checked
     * @param reportingLine         the recommended reporting line, if checked
     */
    public record DesignExpectation(Optional<EngineeringResearchBalance> engineeringVsResearch,
            Optional<DataOwnership> dataOwnership, Optional<ModelOwnership> modelOwnership,
            Optional<ReportingLine> reportingLine) {

        /** Checks nothing. */
        public static final DesignExpectation NONE =
                new DesignExpectation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

        /**
         * @param engineeringVsResearch the software-engineering against research stance, or empty; not null
         * @param dataOwnership         the data-ownership stance, or empty; not null
         * @param modelOwnership        the model-ownership stance, or empty; not null
         * @param reportingLine         the recommended reporting line, or empty; not null
         * @throws NullPointerException if an argument is null
         */
        public DesignExpectation {
            Objects.requireNonNull(engineeringVsResearch, "engineeringVsResearch");
            Objects.requireNonNull(dataOwnership, "dataOwnership");
            Objects.requireNonNull(modelOwnership, "modelOwnership");
            Objects.requireNonNull(reportingLine, "reportingLine");
        }
    }

    /**
     * What a scenario expects of one position of the hiring plan: its role, and each of its
     * other fields that the scenario gives.
     *
     * @param role      the role to hire
     * @param seniority the seniority, if checked
     * @param count     how many to hire, if checked
     * @param priority  the priority the rule gave, if checked
     */
    public record PositionExpectation(Role role, Optional<Seniority> seniority, OptionalInt count,
            OptionalInt priority) {

        /**
         * @param role      the role to hire; not null
         * @param seniority the seniority, or empty to check none; not null
         * @param count     how many to hire, or empty to check none; not null, and at least 1 if given
         * @param priority  the priority the rule gave, or empty to check none; not null, and at least 1 if given
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code count} or {@code priority} is below 1, which no
         *                                  position has
         */
        public PositionExpectation {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(seniority, "seniority");
            Objects.requireNonNull(count, "count");
            Objects.requireNonNull(priority, "priority");
            if (count.isPresent() && count.getAsInt() < 1 || priority.isPresent() && priority.getAsInt() < 1) {
                throw new IllegalArgumentException("a position's count and priority are at least 1, were " + count
                        + " and " + priority);
            }
        }

        static PositionExpectation of(Position position) {
            return new PositionExpectation(position.role(), Optional.of(position.seniority()),
                    OptionalInt.of(position.count()), OptionalInt.of(position.priority()));
        }

        /** {@code position}'s fields, only those this expectation checks. */
        PositionExpectation shownLike(Position position) {
            return new PositionExpectation(position.role(), seniority.map(s -> position.seniority()),
                    count.isPresent() ? OptionalInt.of(position.count()) : OptionalInt.empty(),
                    priority.isPresent() ? OptionalInt.of(position.priority()) : OptionalInt.empty());
        }

        /** For example "ML_ENGINEER, SENIOR, count 2, priority 1". */
        String describe() {
            StringBuilder text = new StringBuilder(role.name());
            seniority.ifPresent(s -> text.append(", ").append(s));
            count.ifPresent(c -> text.append(", count ").append(c));
            priority.ifPresent(p -> text.append(", priority ").append(p));
            return text.toString();
        }
    }
}
