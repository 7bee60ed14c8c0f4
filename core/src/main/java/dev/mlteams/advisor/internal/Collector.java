package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.AttractionLever;
import dev.mlteams.advisor.advice.CandidateTip;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Evidential;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.InterviewCheck;
import dev.mlteams.advisor.advice.MarketFact;
import dev.mlteams.advisor.advice.Message;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.ReportingAdvice;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.RoadmapNote;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.advice.Warning;
import dev.mlteams.advisor.authoring.Advise;
import dev.mlteams.advisor.authoring.Phase;
import dev.mlteams.advisor.authoring.Signal;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.AssessmentType;
import dev.mlteams.advisor.vocabulary.CandidateTopic;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.InterviewFocus;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.PracticeArea;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import dev.mlteams.advisor.vocabulary.SourcingChannel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.drools.core.reteoo.RuleTerminalNodeLeftTuple;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;
import org.kie.api.runtime.rule.Match;

/**
 * The {@code advise} global of one run. It knows which rule is firing (it listens to the agenda),
 * so every item it creates carries that rule's explanation. It also watches working memory, so a
 * rule that deletes the input fact or inserts an advice item itself (bypassing {@code advise},
 * so without a checked source) is named. Problems are collected, not thrown, so that a run
 * reports all of them at once. One instance per session; not thread-safe.
 */
final class Collector extends DefaultAgendaEventListener implements Advise, RuleRuntimeEventListener {

    private final KieSession session;
    private final CompiledRules rules;
    private final MessageBundle messages;
    private final List<Object> produced = new ArrayList<>();
    /** How each produced item is made again with another explanation, at the same index. */
    private final List<Function<Explanation, Object>> remakers = new ArrayList<>();
    private final List<FiredRule> trace = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<FactHandle> scores = new ArrayList<>();
    private Firing current;
    /** The item {@link #add} is inserting right now; any other advice item inserted is a rule's own. */
    private Object inserting;

    /** The rule being fired; its evidence is read from the match only if the rule emits something. */
    private static final class Firing {
        final CompiledRules.RuleInfo info;
        final int number;
        final Match match;
        List<Evidence> evidence;

        Firing(CompiledRules.RuleInfo info, int number, Match match) {
            this.info = info;
            this.number = number;
            this.match = match;
        }

        List<Evidence> evidence(CompiledRules rules) {
            if (evidence == null) {
                // Drools 10 fires rules with this match type; it is the tuple the values are read from.
                RuleTerminalNodeLeftTuple tuple = (RuleTerminalNodeLeftTuple) match;
                evidence = evidenceOf(tuple, rules.evidenceLayout(tuple.getTerminalNode()));
            }
            return evidence;
        }
    }

    Collector(KieSession session, CompiledRules rules, MessageBundle messages) {
        this.session = session;
        this.rules = rules;
        this.messages = messages;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        Match match = event.getMatch();
        CompiledRules.RuleInfo info = rules.rule(match.getRule());
        int number = trace.size() + 1;
        trace.add(new FiredRule(number, info.name(), info.phase(), info.sourceIds(), rules.stamp()));
        current = new Firing(info, number, match);
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        current = null;
    }

    /**
     * The evidence of a match: the values it bound (profile fields first, sorted by name), then
     * the derived facts and advice items it matched, in pattern order.
     */
    private static List<Evidence> evidenceOf(RuleTerminalNodeLeftTuple match, EvidenceLayout layout) {
        List<Evidence> evidence = new ArrayList<>();
        List<Evidence> bound = new ArrayList<>();
        for (int i = 0; i < layout.names().length; i++) {
            Object value = layout.value(i, match);
            if (value instanceof OrgProfile || value instanceof CandidateProfile || value instanceof Evidential) {
                continue;
            }
            if (layout.profileField()[i]) {
                evidence.add(Evidence.profileField(layout.names()[i], Values.text(value)));
            } else {
                bound.add(Evidence.boundValue(layout.names()[i], Values.text(value)));
            }
        }
        evidence.addAll(bound);
        for (Object fact : match.getObjects()) {
            if (fact instanceof Evidential e) {
                Evidence item = e.asEvidence();
                if (!evidence.contains(item)) {
                    evidence.add(item);
                }
            }
        }
        return List.copyOf(evidence);
    }

    /** The archetype scores still in working memory. */
    List<ArchetypeScore> scores() {
        List<ArchetypeScore> live = new ArrayList<>();
        for (FactHandle handle : scores) {
            if (session.getObject(handle) instanceof ArchetypeScore score) {
                live.add(score);
            }
        }
        return live;
    }

    List<Object> produced() {
        return produced;
    }

    List<Function<Explanation, Object>> remakers() {
        return remakers;
    }

    List<FiredRule> trace() {
        return trace;
    }

    List<String> problems() {
        return problems;
    }

    /** How often each rule fired, counted from the trace: only a runaway run needs it. */
    Map<String, Integer> firingsPerRule() {
        Map<String, Integer> firingsPerRule = new LinkedHashMap<>();
        trace.forEach(fired -> firingsPerRule.merge(fired.rule(), 1, Integer::sum));
        return firingsPerRule;
    }

    void problem(String text) {
        problems.add(text);
    }

    private Optional<Explanation> explain(String what) {
        if (current == null) {
            problems.add(what + " was produced outside a rule's consequence");
            return Optional.empty();
        }
        List<Evidence> evidence = current.evidence(rules);
        if (evidence.isEmpty()) {
            problems.add(named(current.info) + " produced " + what
                    + " without evidence: bind the profile fields it tests, e.g. OrgProfile( $industry : industry == ... )");
            return Optional.empty();
        }
        return Optional.of(new Explanation(current.info.name(), current.number, current.info.sources(), evidence,
                rules.stamp()));
    }

    private Optional<Message> text(String key, Object[] varargs) {
        // A lone null argument reaches a varargs method as a null array: it is one null argument.
        Object[] args = varargs == null ? new Object[] {null} : varargs;
        String rule = ruleName(null);
        Optional<Message> message;
        try {
            message = messages.message(key, args);
        } catch (MessageBundle.UnreadableText e) {
            // A translation on the classpath is first read here: its file is the author's slip, not the rule's.
            problems.add(rule + " emitted message key \"" + key + "\", which cannot be shown in "
                    + messages.language() + ": " + e.getMessage());
            return Optional.empty();
        }
        if (message.isEmpty()) {
            problems.add(rule + " emitted message key \"" + key + "\", which the message bundle lacks"
                    + messages.nearestKey(key).map(near -> " (did you mean \"" + near + "\"?)").orElse(""));
            return message;
        }
        // Otherwise the text would show "{1}" or "null" to the reader. The item is still built, so
        // that its own problems are reported with these; the call fails either way.
        int given = args.length;
        int used = messages.arguments(key);
        if (given < used) {
            problems.add(rule + " gave message key \"" + key + "\" " + given
                    + (given == 1 ? " argument" : " arguments") + ", but its text uses " + used + ": \""
                    + messages.text(key).orElse("") + "\"");
        }
        for (int i = 0; i < given; i++) {
            if (args[i] == null) {
                problems.add(rule + " gave message key \"" + key + "\" null as argument {" + i
                        + "}: a text that shows it, in any language, would read \"null\"");
            }
        }
        return message;
    }

    private void emit(String what, String key, Object[] args, BiFunction<Message, Explanation, Object> make) {
        Optional<Explanation> explanation = explain(what);
        Optional<Message> message = text(key, args);
        if (explanation.isPresent() && message.isPresent()) {
            Message text = message.get();
            add(what, explanation.get(), x -> make.apply(text, x));
        }
    }

    private void add(String what, Explanation explanation, Function<Explanation, Object> make) {
        Object item;
        try {
            item = make.apply(explanation);
        } catch (IllegalArgumentException | NullPointerException e) {
            problems.add(ruleName(null) + " produced " + what
                    + " that is invalid: " + e.getMessage());
            return;
        }
        produced.add(item);
        remakers.add(make);
        if (!rules.matchable(item.getClass())) {
            return;
        }
        inserting = item;
        try {
            session.insert(item);
        } finally {
            inserting = null;
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        Object fact = event.getObject();
        if (fact instanceof ArchetypeScore) {
            scores.add(event.getFactHandle());
        }
        if (fact != inserting && (fact instanceof Explained || fact instanceof Signal)) {
            problems.add(ruleName(event.getRule()) + " inserted a " + fact.getClass().getSimpleName()
                    + " itself; advice must come through the advise global, which checks its source and evidence");
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        Object fact = event.getOldObject();
        if (fact instanceof OrgProfile || fact instanceof CandidateProfile) {
            problems.add(ruleName(event.getRule()) + " deleted the " + fact.getClass().getSimpleName()
                    + " fact; rules may read the profile but not remove it");
        } else if (fact instanceof Explained || fact instanceof Signal) {
            problems.add(ruleName(event.getRule()) + " deleted a " + fact.getClass().getSimpleName()
                    + "; advice cannot be taken back, so disable or override the rule that gives it instead");
        }
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // Updates are allowed; a rule that updates in a loop is caught by the firing limit.
    }

    /** A rule as problems name it: {@code rule "x" (acme.drl:12)}, as a rule that throws is named. */
    private static String named(CompiledRules.RuleInfo info) {
        return "rule \"" + info.name() + "\" (" + info.location() + ")";
    }

    /** The rule that fired, named as {@link #named} does; with no rule given, the one whose consequence runs. */
    private String ruleName(org.kie.api.definition.rule.Rule rule) {
        if (rule != null) {
            return named(rules.rule(rule));
        }
        return current == null ? "rule \"?\"" : named(current.info);
    }

    @Override
    public void signal(String name, Object value) {
        explain("signal \"" + name + "\"").ifPresent(x -> add("signal", x, y -> new Signal(name, Values.text(value), y)));
    }

    @Override
    public void vote(Archetype archetype, int weight, String key, Object... args) {
        if (current != null && rules.phased() && !RuleMetadataChecks.votesCount(current.info.phase())) {
            // The classify phase has totalled the votes: this one would be listed but never counted.
            problems.add(named(current.info) + " cast a vote in " + RuleMetadataChecks.described(current.info.phase())
                    + ", after the votes were totalled in phase \"" + Phase.CLASSIFY.agendaGroup()
                    + "\", so it would not count: put the rule in ruleflow-group \"" + Phase.SCORE.agendaGroup() + "\"");
            return;
        }
        emit("a vote", key, args, (m, x) -> new ArchetypeVote(archetype, weight, m, x));
    }

    @Override
    public void primaryArchetype(Archetype archetype, int confidencePercent, String key, Object... args) {
        emit("a primary archetype", key, args,
                (m, x) -> new ArchetypeCall(ArchetypeCall.Rank.PRIMARY, archetype, confidencePercent, m, x));
    }

    @Override
    public void alternativeArchetype(Archetype archetype, int confidencePercent, String key, Object... args) {
        emit("an alternative archetype", key, args,
                (m, x) -> new ArchetypeCall(ArchetypeCall.Rank.ALTERNATIVE, archetype, confidencePercent, m, x));
    }

    @Override
    public void design(EngineeringResearchBalance stance, String key, Object... args) {
        emit("a design choice", key, args, (m, x) -> new DesignChoice<>(stance, m, x));
    }

    @Override
    public void design(DataOwnership stance, String key, Object... args) {
        emit("a design choice", key, args, (m, x) -> new DesignChoice<>(stance, m, x));
    }

    @Override
    public void design(ModelOwnership stance, String key, Object... args) {
        emit("a design choice", key, args, (m, x) -> new DesignChoice<>(stance, m, x));
    }

    @Override
    public void reportingLine(ReportingLine line, String key, Object... args) {
        emit("a reporting line", key, args, (m, x) -> new ReportingAdvice(line, m, x));
    }

    @Override
    public void roleMix(Role role, Emphasis emphasis, String key, Object... args) {
        emit("a role target", key, args, (m, x) -> new RoleTarget(role, emphasis, m, x));
    }

    @Override
    public void position(int priority, Role role, int count, Seniority seniority, String key, Object... args) {
        emit("a position", key, args,
                (m, x) -> new Position(priority, role, count, seniority, m, List.of(), List.of(), x));
    }

    @Override
    public void mustHave(Role role, String key, Object... args) {
        emit("a skill", key, args, (m, x) -> new SkillRequirement(role, true, m, x));
    }

    @Override
    public void niceToHave(Role role, String key, Object... args) {
        emit("a skill", key, args, (m, x) -> new SkillRequirement(role, false, m, x));
    }

    @Override
    public void mustHave(Role role, Seniority seniority, String key, Object... args) {
        emit("a skill", key, args, (m, x) -> new SkillRequirement(role, Optional.of(seniority), true, m, x));
    }

    @Override
    public void niceToHave(Role role, Seniority seniority, String key, Object... args) {
        emit("a skill", key, args, (m, x) -> new SkillRequirement(role, Optional.of(seniority), false, m, x));
    }

    @Override
    public void sourcing(Role role, SourcingChannel channel, String key, Object... args) {
        emit("sourcing advice", key, args, (m, x) -> new SourcingAdvice(role, channel, m, x));
    }

    @Override
    public void attraction(String key, Object... args) {
        emit("an attraction lever", key, args, AttractionLever::new);
    }

    @Override
    public void interview(Role role, InterviewFocus focus, String key, Object... args) {
        emit("an interview check", key, args, (m, x) -> new InterviewCheck(role, focus, m, x));
    }

    @Override
    public void assessment(Role role, AssessmentType type, String key, Object... args) {
        emit("an assessment", key, args, (m, x) -> new AssessmentChoice(role, type, m, x));
    }

    @Override
    public void market(String key, Object... args) {
        emit("a market fact", key, args, MarketFact::new);
    }

    @Override
    public void practice(PracticeArea area, String key, Object... args) {
        emit("a practice", key, args, (m, x) -> new Practice(area, m, x));
    }

    @Override
    public void risk(String key, String mitigationKey, Object... args) {
        // Every problem is reported, not only the first: both keys and the explanation are checked.
        Optional<Explanation> explanation = explain("a risk");
        Optional<Message> message = text(key, args);
        Optional<Message> mitigation = text(mitigationKey, args);
        if (explanation.isPresent() && message.isPresent() && mitigation.isPresent()) {
            add("a risk", explanation.get(), x -> new Risk(message.get(), mitigation.get(), x));
        }
    }

    @Override
    public void roadmapStep(Archetype target, String field, Object needed, String key, Object... args) {
        emit("a roadmap step", key, args,
                (m, x) -> new RoadmapStep(target, field, needed == null ? null : Values.text(needed), m, x));
    }

    @Override
    public void roadmapNote(String key, Object... args) {
        emit("a roadmap note", key, args, RoadmapNote::new);
    }

    @Override
    public void warning(String key, Object... args) {
        emit("a warning", key, args, Warning::new);
    }

    @Override
    public void candidateTip(CandidateTopic topic, String key, Object... args) {
        emit("a candidate tip", key, args, (m, x) -> new CandidateTip(topic, m, x));
    }
}
