package dev.mlteams.advisor.authoring;

import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.AssessmentType;
import dev.mlteams.advisor.vocabulary.CandidateTopic;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.Emphasis;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.InterviewFocus;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.PracticeArea;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import dev.mlteams.advisor.vocabulary.SourcingChannel;

/**
 * The {@code advise} global: how a rule's consequence produces advice.
 *
 * <p>Each method creates one item, attaches the explanation of the rule that is firing (its name,
 * its {@code @source} knowledge IDs and the evidence it matched), and inserts the item into the
 * session so that later rules can match it. {@code key} is a message-bundle key and {@code args}
 * fill its placeholders; the engine checks that the key exists and that no placeholder is left
 * without an argument or given null, and {@code build()} checks a key written in quotes before any
 * profile is run (see {@link MessageKey}).
 *
 * <p>An item is known by its key (and role, for per-role items, and seniority, for a skill given
 * one): of two items of one kind with the same key, the advice keeps the one whose first cited
 * knowledge item comes earlier in the catalogue, then by rule name. Give new advice keys of your
 * own.
 *
 * <p>Declare it in a rule file as {@code global dev.mlteams.advisor.authoring.Advise advise;}.
 * The engine supplies one per run; rule files must not keep references to it.
 */
public interface Advise {

    /** Derives a named fact from the profile, for use by later rules. */
    void signal(String name, Object value);

    /**
     * Casts a vote of {@code weight} (at least 1) for an archetype, from a rule in phase
     * {@link Phase#SCORE} (or {@link Phase#DERIVE}): {@link Phase#CLASSIFY} totals the votes, so in a
     * rule set whose rules name phases, a rule of a later phase, or of none, that calls this is a
     * problem of the build; one that votes through a function fails the call, naming the rule.
     */
    void vote(Archetype archetype, int weight, @MessageKey String key, Object... args);

    /** Names the primary archetype, with the confidence in percent. */
    void primaryArchetype(Archetype archetype, int confidencePercent, @MessageKey String key, Object... args);

    /** Names a close alternative archetype, with the confidence in percent. */
    void alternativeArchetype(Archetype archetype, int confidencePercent, @MessageKey String key, Object... args);

    /** Decides the software-engineering versus research dimension. */
    void design(EngineeringResearchBalance stance, @MessageKey String key, Object... args);

    /** Decides the data-ownership dimension. */
    void design(DataOwnership stance, @MessageKey String key, Object... args);

    /** Decides the model-ownership dimension. */
    void design(ModelOwnership stance, @MessageKey String key, Object... args);

    /** Recommends a reporting line. */
    void reportingLine(ReportingLine line, @MessageKey String key, Object... args);

    /** Adds a role to the recommended team. */
    void roleMix(Role role, Emphasis emphasis, @MessageKey String key, Object... args);

    /** Opens a position: {@code priority} 1 is hired first, {@code count} is at least 1. */
    void position(int priority, Role role, int count, Seniority seniority, @MessageKey String key, Object... args);

    /**
     * Adds a must-have skill to every position for {@code role}. Like sourcing, interview checks and
     * assessments, it reaches the hiring plan only if some rule opens a {@link #position position}
     * for the role; otherwise it is in the trace only.
     */
    void mustHave(Role role, @MessageKey String key, Object... args);

    /** Adds a nice-to-have skill to every position for {@code role} (kept only if one is opened). */
    void niceToHave(Role role, @MessageKey String key, Object... args);

    /**
     * Adds a must-have skill to the positions for {@code role} of one {@code seniority} only, for a
     * skill asked of some openings for a role and not of others (kept only if one is opened). An
     * opening lists each key once: where a skill for every opening has the same key, the one earlier
     * in catalogue order is kept. A null {@code seniority} fails the call, naming the rule, as any
     * invalid item does.
     */
    void mustHave(Role role, Seniority seniority, @MessageKey String key, Object... args);

    /** Adds a nice-to-have skill to the positions for {@code role} of one {@code seniority} only. */
    void niceToHave(Role role, Seniority seniority, @MessageKey String key, Object... args);

    /** Recommends a place to find candidates for {@code role} (kept only if a position is opened for it). */
    void sourcing(Role role, SourcingChannel channel, @MessageKey String key, Object... args);

    /** Recommends a way to attract ML practitioners. */
    void attraction(@MessageKey String key, Object... args);

    /** Adds a check to the interview loop for {@code role} (kept only if a position is opened for it). */
    void interview(Role role, InterviewFocus focus, @MessageKey String key, Object... args);

    /** Adds an assessment to the interview loop for {@code role} (kept only if a position is opened for it). */
    void assessment(Role role, AssessmentType type, @MessageKey String key, Object... args);

    /** States a talent-market figure. */
    void market(@MessageKey String key, Object... args);

    /** Recommends a practice; {@link PracticeArea#COLLABORATION} practices go to the team design. */
    void practice(PracticeArea area, @MessageKey String key, Object... args);

    /** Names a risk and, with {@code mitigationKey}, what to do about it. */
    void risk(@MessageKey String key, @MessageKey String mitigationKey, Object... args);

    /**
     * Names one unmet condition for reaching {@code target}: the profile {@code field} and the
     * value it would {@code need}. Bind the field in the rule so its current value is evidence.
     */
    void roadmapStep(Archetype target, String field, Object needed, @MessageKey String key, Object... args);

    /** Remarks on the roadmap as a whole, for example that there is no higher archetype. */
    void roadmapNote(@MessageKey String key, Object... args);

    /** Warns about input that is legal but looks contradictory. */
    void warning(@MessageKey String key, Object... args);

    /** Gives a tip to a job candidate. */
    void candidateTip(CandidateTopic topic, @MessageKey String key, Object... args);
}
