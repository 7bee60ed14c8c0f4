package dev.mlteams.advisor.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a JMH JSON result file into the README's table: every figure beside its baseline from the
 * same run, as a ratio. Usage: {@code Summary target/jmh.json}.
 */
public final class Summary {

    private Summary() {
    }

    public static void main(String[] args) throws IOException {
        JsonNode results = new ObjectMapper().readTree(new File(args[0]));
        Map<String, Map<String, Double>> p50 = new LinkedHashMap<>();
        Map<String, Map<String, Double>> userRulesP50 = new LinkedHashMap<>();
        Map<String, Double> scores = new LinkedHashMap<>();
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode metric = result.get("primaryMetric");
            if (benchmark.contains("RecommendBenchmark")) {
                putP50(p50, result, method);
            } else if (benchmark.contains("UserRulesCallBenchmark")) {
                putP50(userRulesP50, result, method);
            } else {
                scores.put(method, metric.get("score").asDouble());
            }
        }
        System.out.println("| profile | recommend p50 (µs) | floor p50 (µs) | naive Drools p50 (µs) | Drools alone p50 (µs) "
                + "| recommend / floor | naive / recommend | Drools alone / recommend |");
        System.out.println("|---|---:|---:|---:|---:|---:|---:|---:|");
        p50.forEach((profile, m) -> System.out.printf("| %s | %.0f | %.1f | %.0f | %.0f | %.1f× | %.2f× | %.2f× |%n", profile,
                m.get("recommend"), m.get("floor"), m.get("naiveDrools"), m.get("droolsAlone"),
                m.get("recommend") / m.get("floor"), m.get("naiveDrools") / m.get("recommend"),
                m.get("droolsAlone") / m.get("recommend")));
        userRulesP50.forEach((profile, m) -> System.out.printf(
                "%nA call with 10 user rules on the defaults, %s: %.0f µs, the defaults alone %.0f µs: %.2f×%n",
                profile, m.get("withTenUserRules"), m.get("defaultRules"), m.get("withTenUserRules") / m.get("defaultRules")));
        if (scores.containsKey("oneThread")) {
            double one = scores.get("oneThread");
            double two = scores.get("twoThreads");
            System.out.printf("%nThroughput, one shared advisor: 1 thread %.0f calls/s, 2 threads %.0f calls/s: %.2f×%n",
                    one, two, two / one);
        }
        if (scores.containsKey("fullDrlBuild")) {
            double defaults = scores.get("defaults");
            double withUserRules = scores.get("defaultsPlusTenUserRules");
            double full = scores.get("fullDrlBuild");
            System.out.printf("%nBuilding a rule set, warm (ms): defaults %.1f, defaults + 10 user rules %.1f, "
                    + "full DRL build of both %.1f. The 10 user rules add %.1f ms: %.0f%% of the full build.%n",
                    defaults, withUserRules, full, withUserRules - defaults, 100 * (withUserRules - defaults) / full);
        }
    }

    /** The median of a per-profile benchmark, under its profile and then its method. */
    private static void putP50(Map<String, Map<String, Double>> into, JsonNode result, String method) {
        into.computeIfAbsent(result.get("params").get("profile").asText(), k -> new LinkedHashMap<>())
                .put(method, result.get("primaryMetric").get("scorePercentiles").get("50.0").asDouble());
    }
}
