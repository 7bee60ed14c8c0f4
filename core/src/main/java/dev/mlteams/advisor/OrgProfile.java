package dev.mlteams.advisor;

import dev.mlteams.advisor.internal.OneLineText;
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
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the advisor needs to know about a company. Immutable; build one with {@link #builder()}.
 *
 * <p>The constructor checks every field and throws one {@link ProfileValidationException} that
 * lists every problem. Input that is legal but contradictory (for example no ML staff while "the
 * ML team maintains production models") is not an error here: the rules turn it into a warning.
 *
 * @param name                    the company's name, for reports; not blank, at most {@value #MAX_NAME_LENGTH}
 *                                characters, one line without control characters, line separators (U+2028,
 *                                U+2029), direction overrides (U+202A to U+202E, U+2066 to U+2069) or unpaired
 *                                surrogates
 * @param industry                its main line of business
 * @param headcount               total employees, 1 to {@value #MAX_HEADCOUNT}
 * @param mlHome                  where its ML people sit
 * @param mlReportsTo             to whom its ML people report
 * @param mlStaff                 ML headcount by role; roles left out count as zero; the total is at most {@code headcount}
 * @param modelsInProduction      whether any model runs in production
 * @param modelMaintainer         who maintains deployed models
 * @param dataAccess              how easily ML people get data
 * @param dataEngineeringFunction whether a data-engineering team or function exists
 * @param computeAccess           how much compute ML people can use
 * @param leadershipUnderstanding how well leaders understand ML
 * @param ceoInvestsInMl          whether the CEO personally backs ML
 * @param publishesResearch       whether the ML people publish research
 * @param horizon                 whether the business wants quick wins or long-term bets
 * @param plannedHires            how many ML people the company plans to hire, 0 to {@value #MAX_PLANNED_HIRES}
 * @param declaredArchetype       the archetype the company believes it is, if it says
 */
public record OrgProfile(
        String name,
        Industry industry,
        int headcount,
        MlHome mlHome,
        ReportingLine mlReportsTo,
        Map<Role, Integer> mlStaff,
        boolean modelsInProduction,
        ModelMaintainer modelMaintainer,
        DataAccess dataAccess,
        boolean dataEngineeringFunction,
        ComputeAccess computeAccess,
        LeadershipUnderstanding leadershipUnderstanding,
        boolean ceoInvestsInMl,
        boolean publishesResearch,
        BusinessHorizon horizon,
        int plannedHires,
        Optional<Archetype> declaredArchetype) {

    /** The largest headcount accepted; larger values are almost certainly typing mistakes. */
    public static final int MAX_HEADCOUNT = 5_000_000;
    /** The largest number of planned hires accepted. */
    public static final int MAX_PLANNED_HIRES = 100_000;
    /**
     * The longest company name accepted, in characters (code points): a name goes into every
     * report's title and into {@code toString()}, which hosts write to their logs.
     */
    public static final int MAX_NAME_LENGTH = 200;

    /**
     * Validates every field at once.
     *
     * @param name                    the company's name; not null or blank, at most {@value #MAX_NAME_LENGTH}
     *                                characters, on one line as {@link #name()} says
     * @param industry                its main line of business; not null
     * @param headcount               total employees; 1 to {@value #MAX_HEADCOUNT}
     * @param mlHome                  where its ML people sit; not null
     * @param mlReportsTo             to whom its ML people report; not null
     * @param mlStaff                 ML headcount by role, roles left out counting as zero; not null, without
     *                                null roles or null or negative counts, totalling at most {@code headcount};
     *                                copied
     * @param modelsInProduction      whether any model runs in production
     * @param modelMaintainer         who maintains deployed models; not null
     * @param dataAccess              how easily ML people get data; not null
     * @param dataEngineeringFunction whether a data-engineering team or function exists
     * @param computeAccess           how much compute ML people can use; not null
     * @param leadershipUnderstanding how well leaders understand ML; not null
     * @param ceoInvestsInMl          whether the CEO personally backs ML
     * @param publishesResearch       whether the ML people publish research
     * @param horizon                 quick wins, long-term bets, or balanced; not null
     * @param plannedHires            how many ML people the company plans to hire; 0 to {@value #MAX_PLANNED_HIRES}
     * @param declaredArchetype       the archetype the company believes it is, or empty; not null
     * @throws ProfileValidationException listing every field that is missing or refused, all at once: out of
     *                                    range, a name not on one line or too long, more ML staff than people
     */
    public OrgProfile {
        List<ProfileValidationException.Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(problem("name", name, "a non-blank company name"));
        } else if (name.codePointCount(0, name.length()) > MAX_NAME_LENGTH) {
            problems.add(problem("name", OneLineText.shortened(name, MAX_NAME_LENGTH, 40), "a company name of at most " + MAX_NAME_LENGTH
                    + " characters"));
        } else if (!OneLineText.isOneLine(name)) {
            // Reports put the name in headings: a line break would start a heading of its own.
            problems.add(problem("name", OneLineText.masked(name), "a company name on one line, without control"
                    + " characters, line separators, direction overrides or unpaired surrogates"));
        }
        required(problems, "industry", industry, Industry.class);
        if (headcount < 1 || headcount > MAX_HEADCOUNT) {
            // The builder's headcount reads 0 until set: say so, or "0" looks like a value someone gave.
            problems.add(problem("headcount", headcount, "1 to " + MAX_HEADCOUNT + " employees"
                    + (headcount == 0 ? " (0 is also what a headcount never set reads)" : "")));
        }
        required(problems, "mlHome", mlHome, MlHome.class);
        required(problems, "mlReportsTo", mlReportsTo, ReportingLine.class);
        Map<Role, Integer> staff = new EnumMap<>(Role.class);
        if (mlStaff == null) {
            problems.add(problem("mlStaff", null, "a map from role to headcount (may be empty)"));
        } else {
            long total = 0;
            for (Map.Entry<Role, Integer> entry : mlStaff.entrySet()) {
                Integer count = entry.getValue();
                if (entry.getKey() == null) {
                    problems.add(problem("mlStaff", "null role", "roles " + List.of(Role.values())));
                } else if (count == null || count < 0) {
                    problems.add(problem("mlStaff[" + entry.getKey() + "]", count, "zero or more people"));
                } else {
                    staff.put(entry.getKey(), count);
                    total += count;
                }
            }
            if (headcount >= 1 && total > headcount) {
                problems.add(problem("mlStaff", total + " in total",
                        "no more ML staff than the headcount (" + headcount + ")"));
            }
        }
        required(problems, "modelMaintainer", modelMaintainer, ModelMaintainer.class);
        required(problems, "dataAccess", dataAccess, DataAccess.class);
        required(problems, "computeAccess", computeAccess, ComputeAccess.class);
        required(problems, "leadershipUnderstanding", leadershipUnderstanding, LeadershipUnderstanding.class);
        required(problems, "horizon", horizon, BusinessHorizon.class);
        if (plannedHires < 0 || plannedHires > MAX_PLANNED_HIRES) {
            problems.add(problem("plannedHires", plannedHires, "0 to " + MAX_PLANNED_HIRES + " hires"));
        }
        if (declaredArchetype == null) {
            problems.add(problem("declaredArchetype", null, "an Optional, empty when undeclared"));
        }
        if (!problems.isEmpty()) {
            throw new ProfileValidationException("OrgProfile", problems);
        }
        for (Role role : Role.values()) {
            staff.putIfAbsent(role, 0);
        }
        mlStaff = Collections.unmodifiableMap(staff);
    }

    private static ProfileValidationException.Problem problem(String field, Object value, String allowed) {
        return new ProfileValidationException.Problem(field, String.valueOf(value), allowed);
    }

    private static <E extends Enum<E>> void required(List<ProfileValidationException.Problem> problems,
            String field, E value, Class<E> type) {
        if (value == null) {
            problems.add(problem(field, null, "one of " + List.of(type.getEnumConstants())));
        }
    }

    /**
     * The number of ML people in {@code role}.
     *
     * @param role the role; not null
     * @return its headcount, 0 if the profile gave none
     * @throws NullPointerException if {@code role} is null
     */
    public int staff(Role role) {
        return mlStaff.get(Objects.requireNonNull(role, "role"));
    }

    /**
     * The number of ML people across all roles.
     *
     * @return the sum of {@link #mlStaff()}, at most {@link #headcount()}
     */
    public int mlStaffTotal() {
        return mlStaff.values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * A builder with the documented defaults; see {@link Builder}.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder that starts from this profile's values, for what-if variations.
     *
     * @return a new builder holding this profile's values; changing it leaves this profile alone
     */
    public Builder toBuilder() {
        Builder b = new Builder()
                .name(name).industry(industry).headcount(headcount).mlHome(mlHome).mlReportsTo(mlReportsTo)
                .modelsInProduction(modelsInProduction).modelMaintainer(modelMaintainer).dataAccess(dataAccess)
                .dataEngineeringFunction(dataEngineeringFunction).computeAccess(computeAccess)
                .leadershipUnderstanding(leadershipUnderstanding).ceoInvestsInMl(ceoInvestsInMl)
                .publishesResearch(publishesResearch).horizon(horizon).plannedHires(plannedHires);
        mlStaff.forEach(b::mlStaff);
        declaredArchetype.ifPresent(b::declaredArchetype);
        return b;
    }

    /**
     * Builds an {@link OrgProfile}. Required: {@code name}, {@code industry}, {@code headcount},
     * {@code mlHome} and {@code mlReportsTo}. Defaults for the rest: no ML staff, no models in
     * production, maintained by nobody, data on request, no data-engineering function, shared
     * compute, low leadership understanding, no CEO backing, no publishing, a balanced horizon,
     * no planned hires and no declared archetype.
     *
     * <p>Setters do not check values ({@link #mlStaff} only refuses a null role); {@link #build()}
     * checks them all at once. Builders are not thread-safe.
     */
    public static final class Builder {
        private String name;
        private Industry industry;
        private int headcount;
        private MlHome mlHome;
        private ReportingLine mlReportsTo;
        private final Map<Role, Integer> mlStaff = new EnumMap<>(Role.class);
        private boolean modelsInProduction;
        private ModelMaintainer modelMaintainer = ModelMaintainer.NOBODY;
        private DataAccess dataAccess = DataAccess.ON_REQUEST;
        private boolean dataEngineeringFunction;
        private ComputeAccess computeAccess = ComputeAccess.SHARED;
        private LeadershipUnderstanding leadershipUnderstanding = LeadershipUnderstanding.LOW;
        private boolean ceoInvestsInMl;
        private boolean publishesResearch;
        private BusinessHorizon horizon = BusinessHorizon.BALANCED;
        private int plannedHires;
        private Archetype declaredArchetype;

        private Builder() {
        }

        /**
         * The company's name, for reports; required, not blank, at most {@value OrgProfile#MAX_NAME_LENGTH}
         * characters, one line without control characters, line separators, direction overrides or
         * unpaired surrogates.
         *
         * @param name the name; {@link #build()} refuses null, blank, too long or not on one line
         * @return this builder
         */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /**
         * Its main line of business; required.
         *
         * @param industry the industry; {@link #build()} refuses null
         * @return this builder
         */
        public Builder industry(Industry industry) {
            this.industry = industry;
            return this;
        }

        /**
         * Total employees; required, 1 to {@value OrgProfile#MAX_HEADCOUNT}.
         *
         * @param headcount the number of employees; {@link #build()} refuses one out of that range
         * @return this builder
         */
        public Builder headcount(int headcount) {
            this.headcount = headcount;
            return this;
        }

        /**
         * Where its ML people sit; required.
         *
         * @param mlHome where its ML people sit; {@link #build()} refuses null
         * @return this builder
         */
        public Builder mlHome(MlHome mlHome) {
            this.mlHome = mlHome;
            return this;
        }

        /**
         * To whom its ML people report; required.
         *
         * @param mlReportsTo to whom they report; {@link #build()} refuses null
         * @return this builder
         */
        public Builder mlReportsTo(ReportingLine mlReportsTo) {
            this.mlReportsTo = mlReportsTo;
            return this;
        }

        /**
         * Sets the ML headcount for one role, replacing any earlier value.
         *
         * @param role  the role; not null
         * @param count its headcount; {@link #build()} refuses a negative one
         * @return this builder
         * @throws NullPointerException if {@code role} is null
         */
        public Builder mlStaff(Role role, int count) {
            this.mlStaff.put(Objects.requireNonNull(role, "role"), count);
            return this;
        }

        /**
         * Whether any model runs in production; {@code false} by default.
         *
         * @param modelsInProduction true if one does
         * @return this builder
         */
        public Builder modelsInProduction(boolean modelsInProduction) {
            this.modelsInProduction = modelsInProduction;
            return this;
        }

        /**
         * Who maintains deployed models; {@link ModelMaintainer#NOBODY} by default, not null.
         *
         * @param modelMaintainer who maintains deployed models; {@link #build()} refuses null
         * @return this builder
         */
        public Builder modelMaintainer(ModelMaintainer modelMaintainer) {
            this.modelMaintainer = modelMaintainer;
            return this;
        }

        /**
         * How easily ML people get data; {@link DataAccess#ON_REQUEST} by default, not null.
         *
         * @param dataAccess how easily ML people get data; {@link #build()} refuses null
         * @return this builder
         */
        public Builder dataAccess(DataAccess dataAccess) {
            this.dataAccess = dataAccess;
            return this;
        }

        /**
         * Whether a data-engineering team or function exists; {@code false} by default.
         *
         * @param dataEngineeringFunction true if one exists
         * @return this builder
         */
        public Builder dataEngineeringFunction(boolean dataEngineeringFunction) {
            this.dataEngineeringFunction = dataEngineeringFunction;
            return this;
        }

        /**
         * How much compute ML people can use; {@link ComputeAccess#SHARED} by default, not null.
         *
         * @param computeAccess how much compute ML people can use; {@link #build()} refuses null
         * @return this builder
         */
        public Builder computeAccess(ComputeAccess computeAccess) {
            this.computeAccess = computeAccess;
            return this;
        }

        /**
         * How well leaders understand ML; {@link LeadershipUnderstanding#LOW} by default, not null.
         *
         * @param leadershipUnderstanding how well leaders understand ML; {@link #build()} refuses null
         * @return this builder
         */
        public Builder leadershipUnderstanding(LeadershipUnderstanding leadershipUnderstanding) {
            this.leadershipUnderstanding = leadershipUnderstanding;
            return this;
        }

        /**
         * Whether the CEO personally backs ML; {@code false} by default.
         *
         * @param ceoInvestsInMl true if the CEO does
         * @return this builder
         */
        public Builder ceoInvestsInMl(boolean ceoInvestsInMl) {
            this.ceoInvestsInMl = ceoInvestsInMl;
            return this;
        }

        /**
         * Whether the ML people publish research; {@code false} by default.
         *
         * @param publishesResearch true if they do
         * @return this builder
         */
        public Builder publishesResearch(boolean publishesResearch) {
            this.publishesResearch = publishesResearch;
            return this;
        }

        /**
         * Quick wins or long-term bets; {@link BusinessHorizon#BALANCED} by default, not null.
         *
         * @param horizon quick wins, long-term bets, or balanced; {@link #build()} refuses null
         * @return this builder
         */
        public Builder horizon(BusinessHorizon horizon) {
            this.horizon = horizon;
            return this;
        }

        /**
         * ML people the company plans to hire, 0 to {@value OrgProfile#MAX_PLANNED_HIRES}; 0 by default.
         *
         * @param plannedHires the number of planned hires; {@link #build()} refuses one out of that range
         * @return this builder
         */
        public Builder plannedHires(int plannedHires) {
            this.plannedHires = plannedHires;
            return this;
        }

        /**
         * Declares the archetype the company believes it is; the rules check it against the evidence.
         * Null, the default, declares none.
         *
         * @param declaredArchetype the archetype, or null for none
         * @return this builder
         */
        public Builder declaredArchetype(Archetype declaredArchetype) {
            this.declaredArchetype = declaredArchetype;
            return this;
        }

        /**
         * The profile of the values set so far.
         *
         * @return a new profile; later changes to this builder leave it alone
         * @throws ProfileValidationException listing every field that is missing or refused, all at once:
         *                                    out of range, a name not on one line or too long, more ML
         *                                    staff than people
         */
        public OrgProfile build() {
            return new OrgProfile(name, industry, headcount, mlHome, mlReportsTo, new EnumMap<>(mlStaff),
                    modelsInProduction, modelMaintainer, dataAccess, dataEngineeringFunction, computeAccess,
                    leadershipUnderstanding, ceoInvestsInMl, publishesResearch, horizon, plannedHires,
                    Optional.ofNullable(declaredArchetype));
        }
    }
}
