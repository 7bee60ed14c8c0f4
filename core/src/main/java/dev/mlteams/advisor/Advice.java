package dev.mlteams.advisor;

import dev.mlteams.advisor.advice.ArchetypeAssessment;
import dev.mlteams.advisor.advice.Explained;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.HiringPlan;
import dev.mlteams.advisor.advice.Practice;
import dev.mlteams.advisor.advice.Risk;
import dev.mlteams.advisor.advice.Roadmap;
import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.advice.TeamDesign;
import dev.mlteams.advisor.advice.Warning;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The advisor's answer for one company. Deeply immutable: every list is unmodifiable and every
 * element is an immutable record. Every item carries an {@link dev.mlteams.advisor.advice.Explanation}.
 *
 * @param profile    the profile the advice is for
 * @param archetype  which archetype the company is, with confidence and evidence
 * @param teamDesign how to shape the team
 * @param hiringPlan whom to hire and how
 * @param practices  project-management practices, in catalogue order of their knowledge IDs
 * @param risks      risks with mitigations, in catalogue order
 * @param warnings   input that looks contradictory, in catalogue order
 * @param roadmap    what would move the company to the next archetype on the ladder
 * @param trace      every rule that fired, in firing order
 * @param ruleSet    the rule set that produced the advice
 * @param locale     the locale the advice was asked for; texts fall back to English where the rule
 *                   set's messages have none in that language (with the default rules, French
 *                   gives English texts)
 */
public record Advice(OrgProfile profile, ArchetypeAssessment archetype, TeamDesign teamDesign,
        HiringPlan hiringPlan, List<Practice> practices, List<Risk> risks, List<Warning> warnings,
        Roadmap roadmap, List<FiredRule> trace, RuleSetStamp ruleSet, Locale locale) {

    /**
     * @param profile    the profile the advice is for; not null
     * @param archetype  which archetype the company is, with confidence and evidence; not null
     * @param teamDesign how to shape the team; not null
     * @param hiringPlan whom to hire and how; not null
     * @param practices  project-management practices; not null, nor any element; copied
     * @param risks      risks with mitigations; not null, nor any element; copied
     * @param warnings   input that looks contradictory; not null, nor any element; copied
     * @param roadmap    what would move the company up the ladder; not null
     * @param trace      every rule that fired, in firing order; not null, nor any element; copied
     * @param ruleSet    the rule set that produced the advice; not null
     * @param locale     the locale the advice was asked for; not null
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public Advice {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(archetype, "archetype");
        Objects.requireNonNull(teamDesign, "teamDesign");
        Objects.requireNonNull(hiringPlan, "hiringPlan");
        Objects.requireNonNull(roadmap, "roadmap");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(locale, "locale");
        practices = List.copyOf(Objects.requireNonNull(practices, "practices"));
        risks = List.copyOf(Objects.requireNonNull(risks, "risks"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        trace = List.copyOf(Objects.requireNonNull(trace, "trace"));
    }

    /**
     * Every explained item in the advice, in the order of this record's components (not the
     * order of the Markdown report): archetype calls and votes, the team design, the hiring plan
     * (positions with their skills, sourcing, attraction, interview checks and assessments, market
     * facts), practices, risks, warnings, and the roadmap's steps and notes. An item shared by two
     * places, such as a skill of two openings for one role, is listed once, where it first appears.
     *
     * @return every item once, in that order; unmodifiable
     */
    public List<Explained> items() {
        List<Explained> all = new ArrayList<>();
        all.add(archetype.primary());
        archetype.alternative().ifPresent(all::add);
        all.addAll(archetype.votes());
        all.add(teamDesign.engineeringVsResearch());
        all.add(teamDesign.dataOwnership());
        all.add(teamDesign.modelOwnership());
        all.add(teamDesign.reportingLine());
        all.addAll(teamDesign.roleMix());
        all.addAll(teamDesign.collaboration());
        hiringPlan.positions().forEach(p -> {
            all.add(p);
            all.addAll(p.mustHave());
            all.addAll(p.niceToHave());
        });
        all.addAll(hiringPlan.sourcing());
        all.addAll(hiringPlan.attraction());
        hiringPlan.interviewLoops().forEach(loop -> {
            all.addAll(loop.strengths());
            all.addAll(loop.minimumBar());
            all.addAll(loop.assessments());
        });
        all.addAll(hiringPlan.market());
        all.addAll(practices);
        all.addAll(risks);
        all.addAll(warnings);
        all.addAll(roadmap.steps());
        all.addAll(roadmap.notes());
        return all.stream().distinct().toList();
    }

    /**
     * A one-line summary for a log line, such as {@code Advice[name=Brightdesk, primary=PRODUCT_EMBEDDED
     * 100%, openings=3, rulesFired=61, ruleSet=ml-team-advisor-defaults 0.1.0 (sha256:73c423421f11),
     * locale=en]}; the generated one printed every item with its explanation, some 60,000 characters.
     * A name longer than 60 characters is cut short. Reports show the whole advice.
     */
    @Override
    public String toString() {
        return "Advice[name=" + shortened(profile.name()) + ", primary=" + archetype.primary().archetype() + " "
                + archetype.primary().confidencePercent() + "%, openings=" + hiringPlan.positions().size()
                + ", rulesFired=" + trace.size() + ", ruleSet=" + ruleSet + ", locale=" + locale.toLanguageTag() + "]";
    }

    /** {@code text}, or its first 60 code points and "...". */
    private static String shortened(String text) {
        return text.codePointCount(0, text.length()) <= 60 ? text
                : text.substring(0, text.offsetByCodePoints(0, 60)) + "...";
    }
}
