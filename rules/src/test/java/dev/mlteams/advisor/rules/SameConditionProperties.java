package dev.mlteams.advisor.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.internal.RuleSource;
import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A rule file of the user's whose conditions are the same as those of default rules: the default
 * rules load as Drools' executable model and the user's DRL is compiled onto them, and rules of
 * both kinds testing one field for one value must each still fire. The commonest customisation,
 * an {@code @override} that keeps the default's condition and changes its weight, is one of them.
 */
class SameConditionProperties {

    private static final String HEADER = """
            package com.acme.rules;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            """;

    /** The condition of the default rule "vote ML-first: the CEO invests in ML", as archetype.drl writes it. */
    private static final String CEO_CONDITION =
            "OrgProfile( $ceoInvestsInMl : ceoInvestsInMl == true,"
                    + " $mlHome : mlHome not in (MlHome.NOWHERE, MlHome.AD_HOC, MlHome.RESEARCH_LAB) )";

    /** {@link #CEO_CONDITION} in a rule giving ML-first weight 1. */
    private static String ceoVote(String name, String annotations) {
        return HEADER + """
                rule "%s"
                    %s
                    @source("A5")
                    ruleflow-group "score"
                when
                    %s
                then
                    advise.vote(Archetype.ML_FIRST, 1, "vote.ceo-invests");
                end
                """.formatted(name, annotations, CEO_CONDITION);
    }

    private static List<String> mlFirstVotes(Advice advice) {
        return advice.archetype().votes().stream().filter(vote -> vote.archetype() == Archetype.ML_FIRST)
                .map(vote -> vote.weight() + " " + vote.explanation().rule()).sorted().toList();
    }

    @Example
    void theCeoConditionIsTheDefaultRulesOwn() {
        String archetypeDrl = PrecompiledModel.defaults().sources().stream()
                .filter(source -> source.name().endsWith("/archetype.drl")).findFirst().orElseThrow().drl();
        assertTrue(archetypeDrl.replaceAll("\\s+", " ").contains(CEO_CONDITION.replaceAll("\\s+", " ")),
                "archetype.drl no longer writes " + CEO_CONDITION);
    }

    @Example
    void anOverrideKeepingTheDefaultsConditionCountsWithItsOwnWeight() {
        Advisor advisor = Advisor.builder()
                .addRules("acme.drl", ceoVote("vote ML-first: the CEO invests in ML", "@override")).build();

        assertEquals(List.of("1 vote ML-first: leaders understand ML", "1 vote ML-first: the CEO invests in ML",
                "3 vote ML-first: experts across the business plus a division", "1 vote ML-first: ML runs the data platform")
                .stream().sorted().toList(), mlFirstVotes(advisor.advise(Companies.mlStartup())));
    }

    @Example
    void aRuleOfYourOwnWithADefaultRulesConditionFiresBesideIt() {
        Advisor advisor = Advisor.builder().addRules("acme.drl", ceoVote("acme: the CEO counts once more", "")).build();

        assertEquals(List.of("1 acme: the CEO counts once more", "1 vote ML-first: leaders understand ML",
                "1 vote ML-first: ML runs the data platform", "3 vote ML-first: experts across the business plus a division",
                "3 vote ML-first: the CEO invests in ML").stream().sorted().toList(),
                mlFirstVotes(advisor.advise(Companies.mlStartup())));
    }

    @Example
    void aRuleOfYourOwnWithTheConditionOfADisabledDefaultRuleFires() {
        Advisor advisor = Advisor.builder().disableRule("vote ML-first: the CEO invests in ML")
                .addRules("acme.drl", ceoVote("acme: the CEO counts less", "")).build();

        assertEquals(List.of("1 acme: the CEO counts less", "1 vote ML-first: leaders understand ML",
                "1 vote ML-first: ML runs the data platform", "3 vote ML-first: experts across the business plus a division")
                .stream().sorted().toList(), mlFirstVotes(advisor.advise(Companies.mlStartup())));
    }

    /**
     * Every default rule's attributes and condition, under the name "copy of" its own, with an
     * empty consequence: a user file that should change nothing but the trace.
     */
    private static String copiesOfEveryDefaultCondition() {
        Pattern rule = Pattern.compile("(?ms)^rule \"([^\"]+)\"(.*?)^then\\b");
        Set<String> imports = new TreeSet<>();
        StringBuilder rules = new StringBuilder();
        for (RuleSource source : PrecompiledModel.defaults().sources()) {
            source.drl().lines().filter(line -> line.startsWith("import ")).forEach(imports::add);
            Matcher matcher = rule.matcher(source.drl());
            while (matcher.find()) {
                rules.append("rule \"copy of ").append(matcher.group(1)).append('"').append(matcher.group(2))
                        .append("then\nend\n\n");
            }
        }
        return "package com.acme.copies;\n" + String.join("\n", imports)
                + "\nglobal dev.mlteams.advisor.authoring.Advise advise;\ndialect \"mvel\"\n\n" + rules;
    }

    private static final Advisor DEFAULTS = Advisor.defaults();
    private static final Advisor WITH_COPIES = Advisor.builder()
            .addRules("copies.drl", copiesOfEveryDefaultCondition()).build();

    @Provide
    Arbitrary<OrgProfile> profiles() {
        return Profiles.valid();
    }

    @Property(tries = 300)
    void copyingTheConditionsOfEveryDefaultRuleChangesNothingButTheTrace(@ForAll("profiles") OrgProfile profile) {
        Advice defaults = DEFAULTS.advise(profile);
        Advice withCopies = WITH_COPIES.advise(profile);

        // The default rules that fire first: a short message where the whole advice would be pages.
        assertEquals(firedDefaults(defaults), firedDefaults(withCopies), profile.toString());
        assertEquals(comparable(defaults), comparable(withCopies), profile.toString());
        // And each copy fires where its original does: neither silences the other.
        Set<String> copiesFired = withCopies.trace().stream().map(FiredRule::rule)
                .filter(rule -> rule.startsWith("copy of ")).map(rule -> rule.substring("copy of ".length()))
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(firedDefaults(withCopies), copiesFired, profile.toString());
    }

    private static Set<String> firedDefaults(Advice advice) {
        return advice.trace().stream().map(FiredRule::rule).filter(rule -> !rule.startsWith("copy of "))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The advice without the copies' firings, the firing order and the rule set's name and hash. */
    private static JsonNode comparable(Advice advice) {
        JsonNode tree = PrecompiledModel.withoutFiringOrder(advice);
        ArrayNode trace = (ArrayNode) tree.get("trace");
        List<JsonNode> defaults = new ArrayList<>();
        trace.forEach(fired -> {
            if (!fired.get("rule").asText().startsWith("copy of ")) {
                defaults.add(fired);
            }
        });
        trace.removeAll();
        trace.addAll(defaults);
        withoutRuleSet(tree);
        return tree;
    }

    private static void withoutRuleSet(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("ruleSet");
        }
        node.forEach(SameConditionProperties::withoutRuleSet);
    }
}
