package dev.mlteams.advisor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.advice.ArchetypeAssessment;
import dev.mlteams.advisor.advice.ArchetypeCall;
import dev.mlteams.advisor.advice.DesignChoice;
import dev.mlteams.advisor.advice.Evidence;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.HiringPlan;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.Message;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.ReportingAdvice;
import dev.mlteams.advisor.advice.Roadmap;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import dev.mlteams.advisor.scenarios.Scenario;
import dev.mlteams.advisor.scenarios.ScenarioException;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A null list given to a public record or factory is refused with a NullPointerException that
 * names the parameter, not the JDK's "Cannot invoke Collection.toArray() because coll is null".
 */
class NullListArgumentTest {

    private static final RuleSetStamp STAMP = new RuleSetStamp("rules", "1", "sha256:aa");
    private static final KnowledgeItem A1 = new KnowledgeItem("A1", ArticleStep.ARCHETYPES_AND_DESIGN, false, "One");
    private static final Message MESSAGE = new Message("key", List.of(), "text");
    private static final Explanation WHY =
            new Explanation("rule", 1, List.of(A1), List.of(Evidence.profileField("headcount", "600")), STAMP);
    private static final OrgProfile PROFILE = OrgProfile.builder().name("Acme").industry(Industry.RETAIL)
            .headcount(600).mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD).build();
    private static final ArchetypeAssessment ASSESSMENT = new ArchetypeAssessment(
            new ArchetypeCall(ArchetypeCall.Rank.PRIMARY, Archetype.NASCENT, 100, MESSAGE, WHY), Optional.empty(),
            List.of(), List.of());
    private static final TeamDesign DESIGN = new TeamDesign(
            new DesignChoice<>(EngineeringResearchBalance.GENERALIST_ENGINEERING, MESSAGE, WHY),
            new DesignChoice<>(DataOwnership.NO_CONTROL, MESSAGE, WHY),
            new DesignChoice<>(ModelOwnership.BUILDERS_OWN_END_TO_END, MESSAGE, WHY),
            new ReportingAdvice(ReportingLine.CTO, MESSAGE, WHY), List.of(), List.of());
    private static final HiringPlan PLAN = new HiringPlan(List.of(), List.of(), List.of(), List.of(), List.of());
    private static final Roadmap ROADMAP = new Roadmap(List.of(), List.of());
    private static final Advice ADVICE = new Advice(PROFILE, ASSESSMENT, DESIGN, PLAN, List.of(), List.of(),
            List.of(), ROADMAP, List.of(), STAMP, Locale.ENGLISH);
    private static final Position POSITION =
            new Position(1, Role.ML_ENGINEER, 1, Seniority.MID, MESSAGE, List.of(), List.of(), WHY);

    /** A valid value of every public record that copies a collection. */
    private static final List<Record> RECORDS = List.of(ADVICE,
            new CandidateAdvice(CandidateProfile.builder().targetRole(Role.ML_ENGINEER).build(), List.of(), List.of(),
                    STAMP, Locale.ENGLISH),
            ASSESSMENT, new Evidence(Evidence.Kind.DERIVED_FACT, "fact", "true", List.of()), WHY,
            new FiredRule(1, "rule", "advise", List.of("A1"), STAMP), PLAN,
            new InterviewLoop(Role.ML_ENGINEER, List.of(), List.of(), List.of()), MESSAGE, POSITION, ROADMAP, DESIGN,
            new AdviceComparison(ADVICE, ADVICE, List.of(), List.of(), List.of(), List.of()),
            new Change(Change.Aspect.SCORE, "NASCENT", "1", "2", List.of(), List.of()),
            new WhyNot("key", List.of(), List.of(), List.of(), List.of()), new WhyNot.RuleDiagnosis("rule", false, List.of()),
            new Scenario("name", "s.yaml", Optional.of(PROFILE), Optional.empty(), Optional.empty(), List.of(),
                    List.of(), List.of(), List.of()));

    /** Every collection component of every record above, as record, component name and the record. */
    static Stream<Arguments> collectionComponents() {
        return RECORDS.stream().flatMap(record -> Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> isCollection(c.getType()))
                .map(c -> Arguments.of(record.getClass().getSimpleName(), c.getName(), record)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("collectionComponents")
    void aNullCollectionComponentIsNamed(String type, String component, Record valid) throws ReflectiveOperationException {
        RecordComponent[] components = valid.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals(component) ? null : components[i].getAccessor().invoke(valid);
        }
        Constructor<?> canonical = valid.getClass()
                .getDeclaredConstructor(Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));

        InvocationTargetException thrown = assertThrows(InvocationTargetException.class,
                () -> canonical.newInstance(values));

        assertTrue(thrown.getCause() instanceof NullPointerException, String.valueOf(thrown.getCause()));
        assertEquals(component, thrown.getCause().getMessage());
    }

    /** The factories and other public constructors that copy a list, and the parameter each must name. */
    static Stream<Arguments> factories() {
        return Stream.of(
                Arguments.of("Evidence.derived", "basis", (Executable) () -> Evidence.derived("fact", "true", null)),
                Arguments.of("Position.withSkills mustHave", "mustHave",
                        (Executable) () -> POSITION.withSkills(null, List.of())),
                Arguments.of("Position.withSkills niceToHave", "niceToHave",
                        (Executable) () -> POSITION.withSkills(List.of(), null)),
                Arguments.of("KnowledgeCatalogue.of", "items", (Executable) () -> KnowledgeCatalogue.of(null)),
                Arguments.of("KnowledgeCatalogue.plus", "more",
                        (Executable) () -> KnowledgeCatalogue.of(List.of(A1)).plus(null)),
                Arguments.of("Advisor.Builder.verifyWith", "profiles",
                        (Executable) () -> Advisor.builder().verifyWith((Collection<OrgProfile>) null)),
                Arguments.of("Advisor.Builder.verifyWithCandidates", "profiles",
                        (Executable) () -> Advisor.builder().verifyWithCandidates((Collection<CandidateProfile>) null)),
                Arguments.of("RuleSetException", "problems", (Executable) () -> new RuleSetException(null)),
                Arguments.of("RuleExecutionException", "problems", (Executable) () -> new RuleExecutionException(null)),
                Arguments.of("ProfileValidationException", "problems",
                        (Executable) () -> new ProfileValidationException("OrgProfile", null)),
                Arguments.of("ScenarioException", "problems", (Executable) () -> new ScenarioException("s.yaml", null)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("factories")
    void aNullListArgumentIsNamed(String call, String parameter, Executable withNull) {
        assertEquals(parameter, assertThrows(NullPointerException.class, withNull).getMessage());
    }

    /** A record added later with a collection component is covered here, or this test says which. */
    @Test
    void everyPublicRecordThatHoldsACollectionIsCovered() throws Exception {
        Path classes = Path.of(Advice.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Set<String> covered = RECORDS.stream().map(r -> r.getClass().getName()).collect(Collectors.toSet());
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".")
                        .replaceFirst("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                // OrgProfile reports a null mlStaff with its other problems, as a ProfileValidationException.
                if (type.isRecord() && Modifier.isPublic(type.getModifiers()) && !name.contains(".internal.")
                        && type != OrgProfile.class
                        && Arrays.stream(type.getRecordComponents()).anyMatch(c -> isCollection(c.getType()))
                        && !covered.contains(name)) {
                    missing.add(name);
                }
            }
        }
        assertEquals(new TreeSet<>(), new TreeSet<>(missing));
    }

    private static boolean isCollection(Class<?> type) {
        return Collection.class.isAssignableFrom(type) || Map.class.isAssignableFrom(type);
    }
}
