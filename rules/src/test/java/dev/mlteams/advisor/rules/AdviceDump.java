package dev.mlteams.advisor.rules;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;

/**
 * Prints the full advice for a fixed corpus, one line per profile; run in fresh JVMs by
 * {@link FreshJvmDeterminismTest} to show the output never depends on the JVM run.
 */
public final class AdviceDump {

    private AdviceDump() {
    }

    /** The five test companies plus 60 generated profiles, the same every time (fixed seed). */
    static List<OrgProfile> corpus() {
        List<OrgProfile> corpus = new ArrayList<>(List.of(Companies.freightCompany(), Companies.telecomLab(),
                Companies.saasCompany(), Companies.bank(), Companies.mlStartup()));
        Random random = new Random(20261127L);
        for (int i = 0; i < 60; i++) {
            int headcount = 1 + random.nextInt(50_000);
            OrgProfile.Builder b = OrgProfile.builder().name("Generated " + i).headcount(headcount)
                    .industry(pick(random, Industry.values())).mlHome(pick(random, MlHome.values()))
                    .mlReportsTo(pick(random, ReportingLine.values()))
                    .modelsInProduction(random.nextBoolean()).modelMaintainer(pick(random, ModelMaintainer.values()))
                    .dataAccess(pick(random, DataAccess.values())).dataEngineeringFunction(random.nextBoolean())
                    .computeAccess(pick(random, ComputeAccess.values()))
                    .leadershipUnderstanding(pick(random, LeadershipUnderstanding.values()))
                    .ceoInvestsInMl(random.nextBoolean()).publishesResearch(random.nextBoolean())
                    .horizon(pick(random, BusinessHorizon.values())).plannedHires(random.nextInt(30));
            for (Role role : Role.values()) {
                b.mlStaff(role, Math.min(random.nextInt(10), headcount / Role.values().length));
            }
            if (random.nextBoolean()) {
                b.declaredArchetype(pick(random, Archetype.values()));
            }
            corpus.add(b.build());
        }
        return corpus;
    }

    private static <T> T pick(Random random, T[] values) {
        return values[random.nextInt(values.length)];
    }

    static void dump(PrintStream out) {
        for (OrgProfile profile : corpus()) {
            Advice a = Advisor.recommend(profile);
            // Every component in full: Advice's own toString is a one-line summary.
            out.println(List.of(a.profile(), a.archetype(), a.teamDesign(), a.hiringPlan(), a.practices(), a.risks(),
                    a.warnings(), a.roadmap(), a.trace(), a.ruleSet(), a.locale()));
        }
        out.flush();
    }

    public static void main(String[] args) {
        dump(new PrintStream(System.out, false, StandardCharsets.UTF_8));
    }
}
