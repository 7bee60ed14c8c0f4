package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.advice.ArchetypeAssessment;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeScore;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.AttractionLever;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.HiringPlan;
import dev.mlteams.advisor.advice.InterviewCheck;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.MarketFact;
import dev.mlteams.advisor.advice.Message;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.ReportingAdvice;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.Roadmap;
import dev.mlteams.advisor.advice.RoadmapNote;
import dev.mlteams.advisor.advice.RoadmapStep;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.advice.TeamDesign;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The floor baseline: rebuilds an advice object graph record by record, by hand, through the
 * public constructors (so with their validation and defensive copies, as any producer pays).
 * What every call shares stays shared, as it does in a real run: the input profile, knowledge
 * items, the rule-set stamp, strings and enums. Producing the same output can hardly be cheaper.
 */
final class DeepCopy {

    private DeepCopy() {
    }

    static Advice copy(Advice a) {
        return new Advice(a.profile(), assessment(a.archetype()), design(a.teamDesign()), hiring(a.hiringPlan()),
                list(a.practices(), DeepCopy::practice), list(a.risks(), DeepCopy::risk),
                list(a.warnings(), w -> new dev.mlteams.advisor.advice.Warning(message(w.message()),
                        explanation(w.explanation()))),
                new Roadmap(list(a.roadmap().steps(), DeepCopy::step), list(a.roadmap().notes(),
                        n -> new RoadmapNote(message(n.message()), explanation(n.explanation())))),
                list(a.trace(), f -> new FiredRule(f.firing(), f.rule(), f.phase(), f.sources(), f.ruleSet())),
                a.ruleSet(), a.locale());
    }

    private static ArchetypeAssessment assessment(ArchetypeAssessment a) {
        return new ArchetypeAssessment(call(a.primary()), a.alternative().map(DeepCopy::call),
                list(a.scores(), s -> new ArchetypeScore(s.archetype(), s.points())),
                list(a.votes(), v -> new ArchetypeVote(v.archetype(), v.weight(), message(v.message()),
                        explanation(v.explanation()))));
    }

    private static ArchetypeCall call(ArchetypeCall c) {
        return new ArchetypeCall(c.rank(), c.archetype(), c.confidencePercent(), message(c.message()),
                explanation(c.explanation()));
    }

    private static TeamDesign design(TeamDesign d) {
        ReportingAdvice r = d.reportingLine();
        return new TeamDesign(choice(d.engineeringVsResearch()), choice(d.dataOwnership()), choice(d.modelOwnership()),
                new ReportingAdvice(r.recommended(), message(r.message()), explanation(r.explanation())),
                list(d.roleMix(), t -> new RoleTarget(t.role(), t.emphasis(), message(t.message()),
                        explanation(t.explanation()))),
                list(d.collaboration(), DeepCopy::practice));
    }

    private static <S extends Enum<S>> DesignChoice<S> choice(DesignChoice<S> c) {
        return new DesignChoice<>(c.stance(), message(c.message()), explanation(c.explanation()));
    }

    private static HiringPlan hiring(HiringPlan h) {
        return new HiringPlan(list(h.positions(), DeepCopy::position),
                list(h.sourcing(), s -> new SourcingAdvice(s.role(), s.channel(), message(s.message()),
                        explanation(s.explanation()))),
                list(h.attraction(), l -> new AttractionLever(message(l.message()), explanation(l.explanation()))),
                list(h.interviewLoops(), l -> new InterviewLoop(l.role(), list(l.strengths(), DeepCopy::check),
                        list(l.minimumBar(), DeepCopy::check),
                        list(l.assessments(), c -> new AssessmentChoice(c.role(), c.type(), message(c.message()),
                                explanation(c.explanation()))))),
                list(h.market(), m -> new MarketFact(message(m.message()), explanation(m.explanation()))));
    }

    private static Position position(Position p) {
        return new Position(p.priority(), p.role(), p.count(), p.seniority(), message(p.message()),
                list(p.mustHave(), DeepCopy::skill), list(p.niceToHave(), DeepCopy::skill), explanation(p.explanation()));
    }

    private static SkillRequirement skill(SkillRequirement s) {
        return new SkillRequirement(s.role(), s.seniority(), s.required(), message(s.message()),
                explanation(s.explanation()));
    }

    private static InterviewCheck check(InterviewCheck c) {
        return new InterviewCheck(c.role(), c.focus(), message(c.message()), explanation(c.explanation()));
    }

    private static Practice practice(Practice p) {
        return new Practice(p.area(), message(p.message()), explanation(p.explanation()));
    }

    private static Risk risk(Risk r) {
        return new Risk(message(r.message()), message(r.mitigation()), explanation(r.explanation()));
    }

    private static RoadmapStep step(RoadmapStep s) {
        return new RoadmapStep(s.target(), s.field(), s.needed(), message(s.message()), explanation(s.explanation()));
    }

    private static Message message(Message m) {
        return new Message(m.key(), m.args(), m.text());
    }

    private static Explanation explanation(Explanation x) {
        return new Explanation(x.rule(), x.firing(), x.sources(), list(x.evidence(), DeepCopy::evidence), x.ruleSet());
    }

    private static Evidence evidence(Evidence e) {
        return new Evidence(e.kind(), e.name(), e.value(), list(e.basis(), DeepCopy::evidence));
    }

    private static <T> List<T> list(List<T> items, UnaryOperator<T> copy) {
        List<T> out = new ArrayList<>(items.size());
        for (T item : items) {
            out.add(copy.apply(item));
        }
        return out;
    }
}
