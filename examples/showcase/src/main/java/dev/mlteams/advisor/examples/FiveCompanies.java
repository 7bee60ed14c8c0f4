package dev.mlteams.advisor.examples;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.advice.ArchetypeVote;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.Explanation;
import dev.mlteams.advisor.advice.InterviewLoop;
import dev.mlteams.advisor.advice.Position;
import dev.mlteams.advisor.advice.RoleTarget;
import dev.mlteams.advisor.advice.TeamDesign;
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
import java.io.PrintStream;
import java.util.List;
import java.util.stream.Collectors;

/** Builds one sample company per archetype and prints its advice, every item with its explanation. */
public final class FiveCompanies {

    private FiveCompanies() {
    }

    public static void main(String[] args) {
        run(System.out);
    }

    /** The five sample companies, in archetype order. */
    public static List<OrgProfile> companies() {
        return List.of(
                OrgProfile.builder().name("Riverside Schools Group").industry(Industry.EDUCATION).headcount(900)
                        .mlHome(MlHome.AD_HOC).mlReportsTo(ReportingLine.NO_ONE).mlStaff(Role.DATA_SCIENTIST, 1)
                        .horizon(BusinessHorizon.QUICK_WINS).plannedHires(2).build(),
                OrgProfile.builder().name("Petra Energy").industry(Industry.OIL_AND_GAS).headcount(20_000)
                        .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.RESEARCH_HEAD)
                        .mlStaff(Role.ML_RESEARCHER, 9).mlStaff(Role.ML_ENGINEER, 1).publishesResearch(true)
                        .dataAccess(DataAccess.POOR).horizon(BusinessHorizon.LONG_TERM_BETS).plannedHires(4).build(),
                OrgProfile.builder().name("Ledgerly").industry(Industry.FINANCIAL_SERVICES).headcount(400)
                        .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                        .mlStaff(Role.ML_ENGINEER, 4).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                        .dataEngineeringFunction(true).leadershipUnderstanding(LeadershipUnderstanding.MEDIUM)
                        .plannedHires(3).build(),
                OrgProfile.builder().name("Atlas Insurance").industry(Industry.FINANCIAL_SERVICES).headcount(12_000)
                        .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO)
                        .mlStaff(Role.ML_PRODUCT_MANAGER, 2).mlStaff(Role.ML_ENGINEER, 15).mlStaff(Role.ML_RESEARCHER, 5)
                        .mlStaff(Role.DATA_ENGINEER, 6).modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                        .dataAccess(DataAccess.SELF_SERVE).dataEngineeringFunction(true)
                        .computeAccess(ComputeAccess.DEDICATED).plannedHires(8).build(),
                OrgProfile.builder().name("Vectorworks").industry(Industry.SOFTWARE_AND_INTERNET).headcount(3000)
                        .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CEO)
                        .mlStaff(Role.ML_ENGINEER, 60).mlStaff(Role.ML_RESEARCHER, 20).mlStaff(Role.DATA_ENGINEER, 15)
                        .mlStaff(Role.ML_PLATFORM_ENGINEER, 10).modelsInProduction(true)
                        .modelMaintainer(ModelMaintainer.MODEL_USERS).dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                        .dataEngineeringFunction(true).computeAccess(ComputeAccess.DEDICATED)
                        .leadershipUnderstanding(LeadershipUnderstanding.HIGH).ceoInvestsInMl(true)
                        .publishesResearch(true).plannedHires(15).build());
    }

    /** Prints the advice for every sample company to {@code out}. */
    public static void run(PrintStream out) {
        for (OrgProfile company : companies()) {
            print(Advisor.recommend(company), out);
        }
    }

    static void print(Advice advice, PrintStream out) {
        out.println("=".repeat(100));
        out.println(advice.profile().name() + " (" + advice.profile().industry() + ", "
                + advice.profile().headcount() + " people)");
        out.println("=".repeat(100));

        var assessment = advice.archetype();
        item(out, "Archetype", assessment.primary());
        out.println("    confidence " + assessment.primary().confidencePercent() + "%");
        votes(out, assessment.evidenceFor(assessment.primary().archetype()), "");
        assessment.alternative().ifPresent(alt -> {
            item(out, "Alternative", alt);
            votes(out, assessment.evidenceFor(alt.archetype()), "");
        });
        for (Archetype other : Archetype.values()) {
            if (other != assessment.primary().archetype()
                    && assessment.alternative().map(alt -> alt.archetype() != other).orElse(true)) {
                votes(out, assessment.evidenceFor(other), " for " + other);
            }
        }

        out.println();
        out.println("TEAM DESIGN");
        TeamDesign design = advice.teamDesign();
        item(out, "Engineering vs research", design.engineeringVsResearch());
        item(out, "Data ownership", design.dataOwnership());
        item(out, "Model ownership", design.modelOwnership());
        item(out, "Reporting line", design.reportingLine());
        for (RoleTarget target : design.roleMix()) {
            item(out, "Role " + target.role() + " [" + target.emphasis() + "]", target);
        }
        design.collaboration().forEach(p -> item(out, "Collaboration", p));

        out.println();
        out.println("HIRING PLAN");
        for (Position position : advice.hiringPlan().positions()) {
            item(out, "#" + position.priority() + " " + position.count() + " x " + position.seniority() + " "
                    + position.role(), position);
            position.mustHave().forEach(s -> item(out, "  must have", s));
            position.niceToHave().forEach(s -> item(out, "  nice to have", s));
        }
        advice.hiringPlan().sourcing().forEach(s -> item(out, "Source " + s.role(), s));
        advice.hiringPlan().attraction().forEach(a -> item(out, "Attract", a));
        for (InterviewLoop loop : advice.hiringPlan().interviewLoops()) {
            out.println("  Interview loop for " + loop.role() + ": "
                    + loop.assessments().stream().map(a -> a.type().name()).collect(Collectors.joining(", ")));
            loop.strengths().forEach(c -> item(out, "  validate", c));
            loop.minimumBar().forEach(c -> item(out, "  minimum bar", c));
            loop.assessments().forEach(a -> item(out, "  assessment " + a.type(), a));
        }
        advice.hiringPlan().market().forEach(m -> item(out, "Market", m));

        out.println();
        out.println("PRACTICES");
        advice.practices().forEach(p -> item(out, p.area().name(), p));
        out.println();
        out.println("RISKS");
        advice.risks().forEach(r -> {
            item(out, "Risk", r);
            out.println("      mitigation: " + r.mitigation().text());
        });
        if (!advice.warnings().isEmpty()) {
            out.println();
            out.println("WARNINGS");
            advice.warnings().forEach(w -> item(out, "Warning", w));
        }
        out.println();
        out.println("ROADMAP");
        advice.roadmap().steps().forEach(s -> item(out, "Towards " + s.target(), s));
        advice.roadmap().notes().forEach(n -> item(out, "Note", n));
        out.println();
        out.println(advice.trace().size() + " rules fired.");
        out.println();
    }

    private static void votes(PrintStream out, List<ArchetypeVote> votes, String suffix) {
        votes.forEach(vote -> item(out, "  + " + vote.weight() + suffix, vote));
    }

    private static void item(PrintStream out, String label, Explained item) {
        out.println("  " + label + ": " + item.message().text());
        Explanation why = item.explanation();
        out.println("      why: rule \"" + why.rule() + "\"; knowledge " + String.join(", ", why.sourceIds())
                + (why.derived() ? " (derived, not stated in the article)" : "") + "; evidence "
                + why.evidence().stream().map(Object::toString).collect(Collectors.joining(", ")));
    }
}
