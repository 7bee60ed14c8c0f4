package dev.mlteams.advisor;

import dev.mlteams.advisor.vocabulary.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * What the advisor needs to know about someone looking for an ML job. Immutable; build one with
 * {@link #builder()}.
 *
 * @param targetRole                 the role they want
 * @param softwareEngineeringYears   years of professional software engineering, 0 to 60
 * @param takenMlCourses             whether they have taken ML courses or attended ML conferences
 * @param finishedMlProjects         ML projects they carried through to a result, 0 to 1000
 * @param publications               papers or competition wins, 0 to 1000
 */
public record CandidateProfile(Role targetRole, int softwareEngineeringYears, boolean takenMlCourses,
        int finishedMlProjects, int publications) {

    /**
     * Validates every field at once.
     *
     * @param targetRole               the role they want; not null
     * @param softwareEngineeringYears years of professional software engineering; 0 to 60
     * @param takenMlCourses           whether they have taken ML courses or attended ML conferences
     * @param finishedMlProjects       ML projects they carried through to a result; 0 to 1000
     * @param publications             papers or competition wins; 0 to 1000
     * @throws ProfileValidationException listing every field that is missing or out of range
     */
    public CandidateProfile {
        List<ProfileValidationException.Problem> problems = new ArrayList<>();
        if (targetRole == null) {
            problems.add(new ProfileValidationException.Problem("targetRole", "null", "one of " + List.of(Role.values())));
        }
        range(problems, "softwareEngineeringYears", softwareEngineeringYears, 60);
        range(problems, "finishedMlProjects", finishedMlProjects, 1000);
        range(problems, "publications", publications, 1000);
        if (!problems.isEmpty()) {
            throw new ProfileValidationException("CandidateProfile", problems);
        }
    }

    private static void range(List<ProfileValidationException.Problem> problems, String field, int value, int max) {
        if (value < 0 || value > max) {
            problems.add(new ProfileValidationException.Problem(field, Integer.toString(value), "0 to " + max));
        }
    }

    /**
     * A builder; only {@code targetRole} is required, the counts default to zero.
     *
     * @return a new builder, with no target role, no ML courses and every count 0
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds a {@link CandidateProfile}; {@link #build()} checks every field at once. Not thread-safe. */
    public static final class Builder {
        private Role targetRole;
        private int softwareEngineeringYears;
        private boolean takenMlCourses;
        private int finishedMlProjects;
        private int publications;

        private Builder() {
        }

        /**
         * The role they want; required.
         *
         * @param targetRole the role; {@link #build()} refuses null
         * @return this builder
         */
        public Builder targetRole(Role targetRole) {
            this.targetRole = targetRole;
            return this;
        }

        /**
         * Years of professional software engineering, 0 to 60; 0 by default.
         *
         * @param years the years; {@link #build()} refuses one outside 0 to 60
         * @return this builder
         */
        public Builder softwareEngineeringYears(int years) {
            this.softwareEngineeringYears = years;
            return this;
        }

        /**
         * Whether they have taken ML courses or attended ML conferences; {@code false} by default.
         *
         * @param takenMlCourses true if they have
         * @return this builder
         */
        public Builder takenMlCourses(boolean takenMlCourses) {
            this.takenMlCourses = takenMlCourses;
            return this;
        }

        /**
         * ML projects they carried through to a result, 0 to 1000; 0 by default.
         *
         * @param finishedMlProjects the number; {@link #build()} refuses one outside 0 to 1000
         * @return this builder
         */
        public Builder finishedMlProjects(int finishedMlProjects) {
            this.finishedMlProjects = finishedMlProjects;
            return this;
        }

        /**
         * Papers or competition wins, 0 to 1000; 0 by default.
         *
         * @param publications the number; {@link #build()} refuses one outside 0 to 1000
         * @return this builder
         */
        public Builder publications(int publications) {
            this.publications = publications;
            return this;
        }

        /**
         * The profile of the values set so far.
         *
         * @return a new profile; later changes to this builder leave it alone
         * @throws ProfileValidationException listing every field that is missing or out of range
         */
        public CandidateProfile build() {
            return new CandidateProfile(targetRole, softwareEngineeringYears, takenMlCourses, finishedMlProjects,
                    publications);
        }
    }
}
