package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import java.util.List;
import java.util.Objects;

/**
 * How to shape the ML team: the three design dimensions, the reporting line, the role mix and
 * how the team should work with others.
 *
 * @param engineeringVsResearch software engineering versus research emphasis
 * @param dataOwnership         how much the team controls data
 * @param modelOwnership        who deploys and maintains models
 * @param reportingLine         to whom the team should report
 * @param roleMix               the roles the team needs, core roles first
 * @param collaboration         collaboration practices
 */
public record TeamDesign(DesignChoice<EngineeringResearchBalance> engineeringVsResearch,
        DesignChoice<DataOwnership> dataOwnership, DesignChoice<ModelOwnership> modelOwnership,
        ReportingAdvice reportingLine, List<RoleTarget> roleMix, List<Practice> collaboration) {

    /**
     * @param engineeringVsResearch software engineering versus research emphasis; not null
     * @param dataOwnership         how much the team controls data; not null
     * @param modelOwnership        who deploys and maintains models; not null
     * @param reportingLine         to whom the team should report; not null
     * @param roleMix               the roles the team needs, core roles first; not null, nor any element; copied
     * @param collaboration         collaboration practices; not null, nor any element; copied
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public TeamDesign {
        Objects.requireNonNull(engineeringVsResearch, "engineeringVsResearch");
        Objects.requireNonNull(dataOwnership, "dataOwnership");
        Objects.requireNonNull(modelOwnership, "modelOwnership");
        Objects.requireNonNull(reportingLine, "reportingLine");
        roleMix = List.copyOf(Objects.requireNonNull(roleMix, "roleMix"));
        collaboration = List.copyOf(Objects.requireNonNull(collaboration, "collaboration"));
    }
}
