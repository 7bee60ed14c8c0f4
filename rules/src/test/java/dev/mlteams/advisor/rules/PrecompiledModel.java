package dev.mlteams.advisor.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.PrecompiledRules;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import dev.mlteams.advisor.report.AdviceJson;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Helpers for comparing the precompiled executable model of the default rules with their DRL compiled at run time. */
final class PrecompiledModel {

    private PrecompiledModel() {
    }

    static RuleSetDefinition defaults() {
        return DefaultRules.load(PrecompiledModel.class.getClassLoader());
    }

    /** The default rule set with {@code precompiled} in place of the model the build generated. */
    static RuleSetDefinition withModel(RuleSetDefinition definition, Optional<PrecompiledRules> precompiled) {
        return new RuleSetDefinition(definition.name(), definition.version(), definition.sources(),
                definition.catalogue(), definition.messages(), definition.classLoader(), definition.disabledRules(),
                definition.disabledKnowledge(), definition.unreadKnowledge(), precompiled);
    }

    /**
     * The advice as JSON without what legitimately differs between the two: the order in which
     * rules of one phase fire (Drools breaks ties by load order, which differs), so the firing
     * numbers and the order of the trace.
     */
    static JsonNode withoutFiringOrder(Advice advice) {
        try {
            JsonNode tree = new ObjectMapper().readTree(AdviceJson.write(advice));
            strip(tree);
            ArrayNode trace = (ArrayNode) tree.get("trace");
            List<JsonNode> fired = new ArrayList<>();
            trace.forEach(fired::add);
            fired.sort(Comparator.comparing(JsonNode::toString));
            trace.removeAll();
            fired.forEach(trace::add);
            return tree;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void strip(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.remove("firing");
        }
        node.forEach(PrecompiledModel::strip);
    }
}
