package dev.mlteams.advisor.benchmarks;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A user rule file of ten rules on top of the defaults, as the build-cost benchmarks add it. */
final class UserRules {

    private UserRules() {
    }

    static final String NAME = "acme.drl";

    /** Ten small rules that cite default knowledge IDs and reuse default message keys. */
    static final String TEN_RULES = """
            package com.acme.rules;
            import dev.mlteams.advisor.OrgProfile;
            import dev.mlteams.advisor.vocabulary.*;
            global dev.mlteams.advisor.authoring.Advise advise;
            dialect "mvel"
            """ + IntStream.rangeClosed(1, 10).mapToObj(i -> """

            rule "acme: large companies plan probabilistically %d"
                @source("P1")
                ruleflow-group "advise"
            when
                OrgProfile( $headcount : headcount > %d )
            then
                advise.practice(PracticeArea.PLANNING, "practice.plan-probabilistically");
            end
            """.formatted(i, i * 1000)).collect(Collectors.joining());
}
