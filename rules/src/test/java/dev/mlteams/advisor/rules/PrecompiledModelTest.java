package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.ContentHash;
import dev.mlteams.advisor.internal.Engine;
import dev.mlteams.advisor.internal.PrecompiledRules;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import dev.mlteams.advisor.internal.RuleSource;
import dev.mlteams.advisor.internal.DefaultRules;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** When the executable model of the default rules is used, and what happens when it cannot be. */
class PrecompiledModelTest {

    private final RuleSetDefinition defaults = PrecompiledModel.defaults();

    @Test
    void theBuildShipsAModelOfTheDefaultRulesAndTheDefaultsUseIt() {
        PrecompiledRules model = defaults.precompiled().orElseThrow(
                () -> new AssertionError(dev.mlteams.advisor.internal.DefaultRules.MODEL_INDEX + " missing or stale"));
        assertEquals(defaults.sources(), model.sources());
        CompiledRules rules = CompiledRules.build(defaults);
        assertTrue(rules.usesPrecompiledModel());
        assertEquals(CompiledRules.build(PrecompiledModel.withModel(defaults, Optional.empty())).size(), rules.size());
    }

    @Test
    void theContentHashTheBuildComputed_isTheDefaultRuleSetsOwn_andIsTakenOnlyForItsContent() {
        PrecompiledRules model = defaults.precompiled().orElseThrow();
        String computedNow = ContentHash.of(ContentHash.content(defaults));

        assertEquals(Optional.of(computedNow), model.builtHash().map(PrecompiledRules.BuiltHash::hash));
        assertEquals(computedNow, Advisor.defaults().ruleSet().contentHash());
        // A rule set with anything else in it has a content of its own, so a hash of its own.
        RuleSetDefinition disabling = new RuleSetDefinition(defaults.name(), defaults.version(), defaults.sources(),
                defaults.catalogue(), defaults.messages(), defaults.classLoader(),
                new java.util.TreeSet<>(List.of("practice: plan probabilistically")), defaults.disabledKnowledge(),
                defaults.unreadKnowledge(), defaults.precompiled());
        String disablingHash = CompiledRules.build(disabling).stamp().contentHash();
        assertEquals(ContentHash.of(ContentHash.content(disabling)), disablingHash);
        assertFalse(disablingHash.equals(computedNow));

        // Taken as it is, not computed again: a stand-in with the right checksum shows through.
        PrecompiledRules standIn = new PrecompiledRules(model.modelClasses(), model.sources(), Optional.of(
                new PrecompiledRules.BuiltHash("sha256:stand-in", ContentHash.checksum(ContentHash.content(defaults)))));
        assertEquals("sha256:stand-in",
                CompiledRules.build(PrecompiledModel.withModel(defaults, Optional.of(standIn))).stamp().contentHash());
    }

    @Test
    void aModelOfOtherFilesIsIgnoredAndTheDrlIsCompiled() {
        PrecompiledRules shipped = defaults.precompiled().orElseThrow();
        List<RuleSource> edited = new ArrayList<>(defaults.sources());
        RuleSource first = edited.get(0);
        edited.set(0, new RuleSource(first.name(), first.drl() + "\n// edited after the build\n"));
        RuleSetDefinition stale = new RuleSetDefinition(defaults.name(), defaults.version(), edited,
                defaults.catalogue(), defaults.messages(), defaults.classLoader(), defaults.disabledRules(),
                defaults.disabledKnowledge(), defaults.unreadKnowledge(), Optional.of(shipped));

        CompiledRules rules = CompiledRules.build(stale);

        assertFalse(rules.usesPrecompiledModel());
        assertEquals(CompiledRules.build(defaults).size(), rules.size());
    }

    @Test
    void editedRuleFilesInTheJarMakeTheModelStaleWithAWarning() {
        ClassLoader editing = new ClassLoader(getClass().getClassLoader()) {
            @Override
            public InputStream getResourceAsStream(String name) {
                InputStream original = super.getResourceAsStream(name);
                if (!name.endsWith("/signals.drl") || original == null) {
                    return original;
                }
                try (original) {
                    return new ByteArrayInputStream((new String(original.readAllBytes(), StandardCharsets.UTF_8)
                            + "\n// edited after the build\n").getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        RecordingLogProvider.EVENTS.clear();

        RuleSetDefinition edited = DefaultRules.load(editing);

        assertEquals(Optional.empty(), edited.precompiled());
        assertTrue(warned("the executable model of the default rules was generated from other rule files"));
    }

    @Test
    void aModelThatCannotBeLoadedFallsBackToTheDrlWithAWarning() {
        PrecompiledRules missing = new PrecompiledRules(List.of("dev.mlteams.advisor.rules.NoSuchModel"),
                defaults.sources());
        RecordingLogProvider.EVENTS.clear();

        CompiledRules rules = CompiledRules.build(PrecompiledModel.withModel(defaults, Optional.of(missing)));

        assertFalse(rules.usesPrecompiledModel());
        assertTrue(warned("cannot load the executable model of PrecompiledRules[dev.mlteams.advisor.rules.NoSuchModel]"));
        Engine engine = new Engine(rules, Engine.DEFAULT_FIRING_LIMIT);
        assertEquals(PrecompiledModel.withoutFiringOrder(Advisor.recommend(Companies.telecomLab())),
                PrecompiledModel.withoutFiringOrder(engine.advise(Companies.telecomLab(), Locale.ENGLISH)));
    }

    @Test
    void userFilesAreCompiledOnTopOfTheModel() {
        List<RuleSource> all = new ArrayList<>(defaults.sources());
        all.add(new RuleSource("acme.drl", CustomRulesTest.RISK_REVIEW_RULE));
        RuleSetDefinition withAcme = new RuleSetDefinition("acme", "1", all,
                defaults.catalogue().plus(List.of(CustomRulesTest.ACME_1)),
                defaults.messages().over(CustomRulesTest.ACME_MESSAGES), defaults.classLoader(),
                defaults.disabledRules(), defaults.disabledKnowledge(), defaults.unreadKnowledge(), defaults.precompiled());

        CompiledRules rules = CompiledRules.build(withAcme);

        assertTrue(rules.usesPrecompiledModel());
        assertEquals(CompiledRules.build(defaults).size() + 1, rules.size());
    }

    @Test
    void userFilesAreCompiledOnTheirOwnWhetherTheModelLoadsOrNot() {
        // A file in the default rules' package does not borrow their imports and global.
        String borrowing = """
                package dev.mlteams.advisor.rules;
                rule "acme: borrowed imports"
                    @source("P1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount > 0 )
                then
                    advise.practice(PracticeArea.PLANNING, "practice.plan-probabilistically");
                end
                """;
        PrecompiledRules unloadable = new PrecompiledRules(List.of("dev.mlteams.advisor.rules.NoSuchModel"),
                defaults.sources());
        for (Optional<PrecompiledRules> model : List.of(defaults.precompiled(), Optional.of(unloadable))) {
            List<RuleSource> all = new ArrayList<>(defaults.sources());
            all.add(new RuleSource("borrowing.drl", borrowing));
            RuleSetDefinition withFile = new RuleSetDefinition("acme", "1", all, defaults.catalogue(),
                    defaults.messages(), defaults.classLoader(), defaults.disabledRules(), defaults.disabledKnowledge(),
                    defaults.unreadKnowledge(), model);

            RuleSetException e = assertThrows(RuleSetException.class, () -> CompiledRules.build(withFile));

            assertTrue(e.problems().stream().allMatch(p -> p.file().equals("borrowing.drl")), e.getMessage());
            assertTrue(e.getMessage().contains("OrgProfile"), e.getMessage());
        }
    }

    private static boolean warned(String prefix) {
        return RecordingLogProvider.EVENTS.stream()
                .anyMatch(e -> e.level() == org.slf4j.event.Level.WARN && e.message().startsWith(prefix));
    }

    @Test
    void aRuleInTheDefaultPackageWithATakenNameIsRejectedNotSwapped() {
        RuleSetException e = assertThrows(RuleSetException.class, () -> Advisor.builder().addRules("dup.drl", """
                package dev.mlteams.advisor.rules;
                import dev.mlteams.advisor.OrgProfile;

                rule "practice: plan probabilistically"
                    @source("P1")
                    ruleflow-group "advise"
                when
                    OrgProfile( $h : headcount > 0 )
                then
                end
                """).build());

        RuleSetException.Problem problem = e.problems().get(0);
        assertEquals("dup.drl", problem.file());
        assertEquals(4, problem.line());
        assertEquals(Optional.of("practice: plan probabilistically"), problem.rule());
        assertTrue(problem.message().startsWith("Duplicate rule name"), problem.message());
        assertTrue(problem.message().contains("mark it @override"), problem.message());
    }
}
