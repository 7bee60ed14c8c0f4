package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.AssessmentChoice;
import dev.mlteams.advisor.advice.AttractionLever;
import dev.mlteams.advisor.advice.CandidateTip;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explanation;
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
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.advice.SkillRequirement;
import dev.mlteams.advisor.advice.SourcingAdvice;
import dev.mlteams.advisor.advice.Warning;
import dev.mlteams.advisor.authoring.Advise;
import dev.mlteams.advisor.authoring.Signal;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
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
import dev.mlteams.advisor.internal.DefaultRules;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.drools.base.base.ClassObjectType;
import org.drools.base.base.ObjectType;
import org.drools.core.reteoo.ObjectTypeNode;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The naive baseline: what a user writes on the same DRL without this library. A KieContainer read
 * from the classpath (kmodule.xml), a new stateful session per call, an agenda listener for the
 * trace, and an {@code advise} global that inserts the facts the rules chain on but captures no
 * evidence, renders no text and assembles no advice. It does less than the library.
 *
 * <p>{@link #droolsAlone()} runs the same rules the way the library does, minus everything the
 * library adds: the executable model it ships, sessions from a pool, and only the facts that some
 * rule pattern can match inserted. That is what Drools itself costs on the library's path.
 */
final class NaiveDrools {

    /** What a naive run returns: the keys the rules emitted and the rules that fired. */
    record Result(List<String> keys, List<String> trace) {
    }

    private static final Explanation NONE = new Explanation("naive", 1,
            List.of(new KnowledgeItem("N", ArticleStep.ROLES, false, "naive")),
            List.of(Evidence.boundValue("naive", "naive")), new RuleSetStamp("naive", "0", "none"));

    private final Supplier<KieSession> sessions;
    private final Predicate<Class<?>> inserted;

    /** On the DRL, compiled at run time from the kjar on the classpath: a new session per call. */
    NaiveDrools() {
        KieBase kieBase = KieServices.Factory.get().getKieClasspathContainer().getKieBase("naive");
        this.sessions = kieBase::newKieSession;
        this.inserted = type -> true;
    }

    private NaiveDrools(KieBase kieBase) {
        KieSessionsPool pool = kieBase.newKieSessionsPool(1);
        this.sessions = pool::newKieSession;
        List<ObjectType> patternTypes = ((InternalKnowledgeBase) kieBase).getRete().getObjectTypeNodes().stream()
                .map(ObjectTypeNode::getObjectType)
                .filter(type -> !type.equals(ClassObjectType.InitialFact_ObjectType))
                .toList();
        Map<Class<?>, Boolean> matchable = new ConcurrentHashMap<>();
        this.inserted = type -> matchable.computeIfAbsent(type,
                t -> patternTypes.stream().anyMatch(p -> p.isAssignableFrom(t)));
    }

    /** On the executable model that advisor-rules ships, loaded directly, run as lean as the library runs it. */
    static NaiveDrools droolsAlone() {
        Properties index = new Properties();
        try (InputStream in = NaiveDrools.class.getClassLoader().getResourceAsStream(DefaultRules.MODEL_INDEX)) {
            index.load(in);
            List<Model> models = new ArrayList<>();
            for (String name : index.getProperty("model").split(",")) {
                models.add((Model) Class.forName(name.strip()).getDeclaredConstructor().newInstance());
            }
            return new NaiveDrools(KieBaseBuilder.createKieBaseFromModel(models));
        } catch (IOException | ReflectiveOperationException e) {
            throw new IllegalStateException("cannot load the executable model of the default rules", e);
        }
    }

    Result run(OrgProfile profile) {
        KieSession session = sessions.get();
        try {
            Recorder recorder = new Recorder(session, inserted);
            session.setGlobal("advise", recorder);
            List<String> trace = new ArrayList<>();
            session.addEventListener(new DefaultAgendaEventListener() {
                @Override
                public void afterMatchFired(AfterMatchFiredEvent event) {
                    trace.add(event.getMatch().getRule().getName());
                }
            });
            session.insert(profile);
            for (String group : List.of("advise", "classify", "score", "derive")) {
                session.getAgenda().getAgendaGroup(group).setFocus();
            }
            session.fireAllRules();
            return new Result(recorder.keys, trace);
        } finally {
            session.dispose();
        }
    }

    /** Records keys and inserts stand-in facts so that later rules see what earlier ones produced. */
    private static final class Recorder implements Advise {
        final List<String> keys = new ArrayList<>();
        final KieSession session;
        final Predicate<Class<?>> inserted;

        Recorder(KieSession session, Predicate<Class<?>> inserted) {
            this.session = session;
            this.inserted = inserted;
        }

        private void insert(Object fact) {
            if (inserted.test(fact.getClass())) {
                session.insert(fact);
            }
        }

        private Message message(String key) {
            keys.add(key);
            return new Message(key, List.of(), key);
        }

        @Override
        public void signal(String name, Object value) {
            insert(new Signal(name, String.valueOf(value), NONE));
        }

        @Override
        public void vote(Archetype archetype, int weight, String key, Object... args) {
            insert(new ArchetypeVote(archetype, weight, message(key), NONE));
        }

        @Override
        public void primaryArchetype(Archetype archetype, int confidence, String key, Object... args) {
            insert(new ArchetypeCall(ArchetypeCall.Rank.PRIMARY, archetype, confidence, message(key), NONE));
        }

        @Override
        public void alternativeArchetype(Archetype archetype, int confidence, String key, Object... args) {
            insert(new ArchetypeCall(ArchetypeCall.Rank.ALTERNATIVE, archetype, confidence, message(key), NONE));
        }

        @Override
        public void design(EngineeringResearchBalance stance, String key, Object... args) {
            insert(new DesignChoice<>(stance, message(key), NONE));
        }

        @Override
        public void design(DataOwnership stance, String key, Object... args) {
            insert(new DesignChoice<>(stance, message(key), NONE));
        }

        @Override
        public void design(ModelOwnership stance, String key, Object... args) {
            insert(new DesignChoice<>(stance, message(key), NONE));
        }

        @Override
        public void reportingLine(ReportingLine line, String key, Object... args) {
            insert(new ReportingAdvice(line, message(key), NONE));
        }

        @Override
        public void roleMix(Role role, Emphasis emphasis, String key, Object... args) {
            insert(new RoleTarget(role, emphasis, message(key), NONE));
        }

        @Override
        public void position(int priority, Role role, int count, Seniority seniority, String key, Object... args) {
            insert(new Position(priority, role, count, seniority, message(key), List.of(), List.of(), NONE));
        }

        @Override
        public void mustHave(Role role, String key, Object... args) {
            insert(new SkillRequirement(role, true, message(key), NONE));
        }

        @Override
        public void niceToHave(Role role, String key, Object... args) {
            insert(new SkillRequirement(role, false, message(key), NONE));
        }

        @Override
        public void mustHave(Role role, Seniority seniority, String key, Object... args) {
            insert(new SkillRequirement(role, Optional.of(seniority), true, message(key), NONE));
        }

        @Override
        public void niceToHave(Role role, Seniority seniority, String key, Object... args) {
            insert(new SkillRequirement(role, Optional.of(seniority), false, message(key), NONE));
        }

        @Override
        public void sourcing(Role role, SourcingChannel channel, String key, Object... args) {
            insert(new SourcingAdvice(role, channel, message(key), NONE));
        }

        @Override
        public void attraction(String key, Object... args) {
            insert(new AttractionLever(message(key), NONE));
        }

        @Override
        public void interview(Role role, InterviewFocus focus, String key, Object... args) {
            insert(new InterviewCheck(role, focus, message(key), NONE));
        }

        @Override
        public void assessment(Role role, AssessmentType type, String key, Object... args) {
            insert(new AssessmentChoice(role, type, message(key), NONE));
        }

        @Override
        public void market(String key, Object... args) {
            insert(new MarketFact(message(key), NONE));
        }

        @Override
        public void practice(PracticeArea area, String key, Object... args) {
            insert(new Practice(area, message(key), NONE));
        }

        @Override
        public void risk(String key, String mitigationKey, Object... args) {
            insert(new Risk(message(key), message(mitigationKey), NONE));
        }

        @Override
        public void roadmapStep(Archetype target, String field, Object needed, String key, Object... args) {
            insert(new RoadmapStep(target, field, String.valueOf(needed), message(key), NONE));
        }

        @Override
        public void roadmapNote(String key, Object... args) {
            insert(new RoadmapNote(message(key), NONE));
        }

        @Override
        public void warning(String key, Object... args) {
            insert(new Warning(message(key), NONE));
        }

        @Override
        public void candidateTip(CandidateTopic topic, String key, Object... args) {
            insert(new CandidateTip(topic, message(key), NONE));
        }
    }
}
