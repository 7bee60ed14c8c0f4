package dev.mlteams.advisor.rules;

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

/** Realistic test companies, one per archetype. */
final class Companies {

    private Companies() {
    }

    /** A regional freight company with no ML people yet. */
    static OrgProfile freightCompany() {
        return OrgProfile.builder()
                .name("Northwind Freight").industry(Industry.LOGISTICS).headcount(1200)
                .mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.NO_ONE)
                .dataAccess(DataAccess.ON_REQUEST).computeAccess(ComputeAccess.SCARCE)
                .leadershipUnderstanding(LeadershipUnderstanding.LOW)
                .horizon(BusinessHorizon.QUICK_WINS).plannedHires(2)
                .build();
    }

    /** A telecom operator with a research lab that publishes. */
    static OrgProfile telecomLab() {
        return OrgProfile.builder()
                .name("Meridian Telecom").industry(Industry.TELECOM).headcount(30_000)
                .mlHome(MlHome.RESEARCH_LAB).mlReportsTo(ReportingLine.RESEARCH_HEAD)
                .mlStaff(Role.ML_RESEARCHER, 12).mlStaff(Role.ML_ENGINEER, 2)
                .publishesResearch(true).dataAccess(DataAccess.POOR)
                .leadershipUnderstanding(LeadershipUnderstanding.MEDIUM)
                .horizon(BusinessHorizon.LONG_TERM_BETS).plannedHires(5)
                .build();
    }

    /** A software company whose product teams have ML engineers. */
    static OrgProfile saasCompany() {
        return OrgProfile.builder()
                .name("Brightdesk").industry(Industry.SOFTWARE_AND_INTERNET).headcount(600)
                .mlHome(MlHome.PRODUCT_TEAMS).mlReportsTo(ReportingLine.TEAM_ENGINEERING_LEAD)
                .mlStaff(Role.ML_ENGINEER, 6).mlStaff(Role.DATA_SCIENTIST, 2)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.ON_REQUEST).dataEngineeringFunction(true)
                .leadershipUnderstanding(LeadershipUnderstanding.MEDIUM)
                .horizon(BusinessHorizon.QUICK_WINS).plannedHires(4)
                .build();
    }

    /** A bank with a central ML division under the CTO. */
    static OrgProfile bank() {
        return OrgProfile.builder()
                .name("Harbour Bank").industry(Industry.FINANCIAL_SERVICES).headcount(45_000)
                .mlHome(MlHome.ML_DIVISION).mlReportsTo(ReportingLine.CTO)
                .mlStaff(Role.ML_PRODUCT_MANAGER, 3).mlStaff(Role.ML_ENGINEER, 25).mlStaff(Role.ML_RESEARCHER, 8)
                .mlStaff(Role.DATA_ENGINEER, 10).mlStaff(Role.ML_PLATFORM_ENGINEER, 4)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.ML_TEAM)
                .dataAccess(DataAccess.SELF_SERVE).dataEngineeringFunction(true).computeAccess(ComputeAccess.DEDICATED)
                .leadershipUnderstanding(LeadershipUnderstanding.MEDIUM)
                .publishesResearch(true).plannedHires(10)
                .build();
    }

    /** An ML-focused start-up whose CEO bets the company on ML. */
    static OrgProfile mlStartup() {
        return OrgProfile.builder()
                .name("Cortex Labs").industry(Industry.SOFTWARE_AND_INTERNET).headcount(250)
                .mlHome(MlHome.DIVISION_AND_BUSINESS_UNITS).mlReportsTo(ReportingLine.CEO)
                .mlStaff(Role.ML_ENGINEER, 30).mlStaff(Role.ML_RESEARCHER, 10).mlStaff(Role.DATA_ENGINEER, 8)
                .mlStaff(Role.ML_PLATFORM_ENGINEER, 5).mlStaff(Role.DATA_SCIENTIST, 6)
                .modelsInProduction(true).modelMaintainer(ModelMaintainer.MODEL_USERS)
                .dataAccess(DataAccess.OWNS_DATA_PLATFORM).dataEngineeringFunction(true)
                .computeAccess(ComputeAccess.DEDICATED).leadershipUnderstanding(LeadershipUnderstanding.HIGH)
                .ceoInvestsInMl(true).publishesResearch(true).plannedHires(12)
                .build();
    }
}
