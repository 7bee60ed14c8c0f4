package dev.mlteams.advisor;

import dev.mlteams.advisor.advice.CandidateTip;
import dev.mlteams.advisor.advice.FiredRule;
import dev.mlteams.advisor.advice.RuleSetStamp;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The advisor's answer for a job candidate. Immutable.
 *
 * @param profile the candidate profile the advice is for
 * @param tips    tips grouped by topic (where to look, how to stand out, how to prepare), each explained
 * @param trace   every rule that fired, in firing order
 * @param ruleSet the rule set that produced the advice
 * @param locale  the locale the advice was asked for; texts fall back to English where the rule set's
 *                messages have none in that language (with the default rules, French gives
 *                English texts)
 */
public record CandidateAdvice(CandidateProfile profile, List<CandidateTip> tips, List<FiredRule> trace,
        RuleSetStamp ruleSet, Locale locale) {

    /**
     * @param profile the candidate profile the advice is for; not null
     * @param tips    the tips, each explained; not null, nor any element; copied
     * @param trace   every rule that fired, in firing order; not null, nor any element; copied
     * @param ruleSet the rule set that produced the advice; not null
     * @param locale  the locale the advice was asked for; not null
     * @throws NullPointerException if an argument, or an element of a list, is null
     */
    public CandidateAdvice {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(ruleSet, "ruleSet");
        Objects.requireNonNull(locale, "locale");
        tips = List.copyOf(Objects.requireNonNull(tips, "tips"));
        trace = List.copyOf(Objects.requireNonNull(trace, "trace"));
    }

    /**
     * A one-line summary for a log line, such as {@code CandidateAdvice[targetRole=ML_ENGINEER,
     * tips=9, rulesFired=12, ruleSet=ml-team-advisor-defaults 0.1.0 (sha256:73c423421f11),
     * locale=en]}. Reports show the whole advice.
     */
    @Override
    public String toString() {
        return "CandidateAdvice[targetRole=" + profile.targetRole() + ", tips=" + tips.size() + ", rulesFired="
                + trace.size() + ", ruleSet=" + ruleSet + ", locale=" + locale.toLanguageTag() + "]";
    }
}
