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
        double one = 0;
        double two = 0;
        for (JsonNode result : results) {
            String benchmark = result.get("benchmark").asText();
            String method = benchmark.substring(benchmark.lastIndexOf('.') + 1);
            JsonNode metric = result.get("primaryMetric");
            if (benchmark.contains("RecommendBenchmark")) {
                String profile = result.get("params").get("profile").asText();
                p50.computeIfAbsent(profile, k -> new LinkedHashMap<>())
                        .put(method, metric.get("scorePercentiles").get("50.0").asDouble());
            } else if (method.equals("oneThread")) {
                one = metric.get("score").asDouble();
            } else if (method.equals("twoThreads")) {
                two = metric.get("score").asDouble();
            }
        }
        System.out.println("| profile | recommend p50 (µs) | floor p50 (µs) | naive Drools p50 (µs) | recommend / floor | naive / recommend |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        p50.forEach((profile, m) -> System.out.printf("| %s | %.0f | %.0f | %.0f | %.1f× | %.2f× |%n", profile,
                m.get("recommend"), m.get("floor"), m.get("naiveDrools"), m.get("recommend") / m.get("floor"),
                m.get("naiveDrools") / m.get("recommend")));
        if (one > 0) {
            System.out.printf("%nThroughput, one shared advisor: 1 thread %.0f calls/s, 2 threads %.0f calls/s: %.2f×%n",
                    one, two, two / one);
        }
    }
}
