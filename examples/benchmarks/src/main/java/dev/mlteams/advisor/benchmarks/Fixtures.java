package dev.mlteams.advisor.benchmarks;

import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.vocabulary.BusinessHorizon;
import dev.mlteams.advisor.vocabulary.ComputeAccess;
import dev.mlteams.advisor.vocabulary.DataAccess;
import dev.mlteams.advisor.vocabulary.Industry;
import dev.mlteams.advisor.vocabulary.LeadershipUnderstanding;
import dev.mlteams.advisor.vocabulary.MlHome;
import dev.mlteams.advisor.vocabulary.ModelMaintainer;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import java.util.LinkedHashMap;
import java.util.Map;

/** The profiles every benchmark uses: one per archetype and one mixed organisation. */
final class Fixtures {

    private Fixtures() {
    }

    static final Map<String, OrgProfile> PROFILES = new LinkedHashMap<>();

    static {
        PROFILES.put("nascent", OrgProfile.builder().name("Northwind Freight").industry(Industry.LOGISTICS)
                .headcount(1200).mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.NO_ONE)
                .computeAccess(ComputeAccess.SCARCE).horizon(BusinessHorizon.QUICK_WINS).plannedHires(2).build());
        PROFILES.put("rnd", OrgProfile.builder().name("Meridian Telecom").industry(Industry.TELECOM).headcount(30_000)
                .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.RESEARCH_HEAD).mlStaff(Role.ML_RESEARCHER, 12)
                .mlStaff(Role.ML_ENGINEER, 2).publishesResearch(true).dataAccess(DataAccess.POOR)
                .horizon(BusinessHorizon.LONG_TERM_BETS).plannedHires(5).build());
        PROFILES.put("embedded", OrgProfile.builder().name("Brightdesk").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(600).mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 6).mlStaff(Role.DATA_SCIENTIST, 2).modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.ML_TEAM).dataEngineeringFunction(true).plannedHires(4).build());
        PROFILES.put("division", OrgProfile.builder().name("Harbour Bank").industry(Industry.FINANCIAL_SERVICES)
                .headcount(45_000).mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 3).mlStaff(Role.ML_ENGINEER, 25).mlStaff(Role.ML_RESEARCHER, 8)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).dataAccess(DataAccess.SELF_SERVE)
                .dataEngineeringFunction(true).publishesResearch(true).plannedHires(10).build());
        PROFILES.put("mlfirst", OrgProfile.builder().name("Cortex Labs").industry(Industry.SOFTWARE_AND_INTERNET)
                .headcount(250).mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CEO)
                .mlStaff(Role.ML_ENGINEER, 30).mlStaff(Role.ML_RESEARCHER, 10).modelsInProduction(true)
                .modelMaintainer(ModelMaintainer.MODEL_USERS).dataAccess(DataAccess.OWNS_DATA_PLATFORM)
                .leadershipUnderstanding(LeadershipUnderstanding.HIGH).ceoInvestsInMl(true).plannedHires(12).build());
        PROFILES.put("mixed", OrgProfile.builder().name("Brightdesk under the CTO")
                .industry(Industry.SOFTWARE_AND_INTERNET).headcount(600).mlHome(MlHome.PRODUCT_TEAMS)
                .mlReportsTo(ReportingLine.CTO).mlStaff(Role.ML_ENGINEER, 6).mlStaff(Role.ML_PRODUCT_MANAGER, 1)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM).plannedHires(4).build());
    }
}
