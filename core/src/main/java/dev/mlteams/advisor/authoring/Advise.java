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
 * <p>An argument refused below is not thrown back at the rule: the run goes on, then fails with a
 * {@link dev.mlteams.advisor.RuleExecutionException} that names the rule, listing every such problem.
 *
 * <p>An item is known by its key (and role, for per-role items, and seniority, for a skill given
 * one): of two items of one kind with the same key, the advice keeps the one whose first cited
 * knowledge item comes earlier in the catalogue, then by rule name. Give new advice keys of your
 * own.
 *
 * <p>Declare it in a rule file as {@code global dev.mlteams.advisor.authoring.Advise advise;}.
 * The engine supplies one per run; rule files must not keep references to it.
 *
 * <p>Rule files call this interface; only the library implements it. It is not meant to be
 * implemented outside the library, and it may gain methods in a minor release, which would
 * break such an implementation.
 */
public interface Advise {

    /**
     * Derives a named fact from the profile, for use by later rules.
     *
     * @param name  the signal's name, by convention lower-case words joined by hyphens; not null
     * @param value the value that triggered it, kept as text (an enum as its name); may be null
     */
    void signal(String name, Object value);

    /**
     * Casts a vote of {@code weight} (at least 1) for an archetype, from a rule in phase
     * {@link Phase#SCORE} (or {@link Phase#DERIVE}): {@link Phase#CLASSIFY} totals the votes, so in a
     * rule set whose rules name phases, a rule of a later phase, or of none, that calls this is a
     * problem of the build; one that votes through a function fails the call, naming the rule.
     *
     * @param archetype the archetype the vote is for; not null
     * @param weight    how much the vote adds to that archetype's score; at least 1
     * @param key       the message key of the reason for the vote; the bundle must have it
     * @param args      values for the text's placeholders: as many as it uses or more, none null
     */
    void vote(Archetype archetype, int weight, @MessageKey String key, Object... args);

    /**
     * Names the primary archetype, with the confidence in percent.
     *
     * @param archetype         the archetype the company is; not null
     * @param confidencePercent the archetype's share of all evidence; 0 to 100
     * @param key               the message key of the classification; the bundle must have it
     * @param args              values for the text's placeholders: as many as it uses or more, none null
     */
    void primaryArchetype(Archetype archetype, int confidencePercent, @MessageKey String key, Object... args);

    /**
     * Names a close alternative archetype, with the confidence in percent.
     *
     * @param archetype         the close second; not null
     * @param confidencePercent its share of all evidence; 0 to 100
     * @param key               the message key of the classification; the bundle must have it
     * @param args              values for the text's placeholders: as many as it uses or more, none null
     */
    void alternativeArchetype(Archetype archetype, int confidencePercent, @MessageKey String key, Object... args);

    /**
     * Decides the software-engineering versus research dimension.
     *
     * @param stance the recommended balance; not null
     * @param key    the message key of the recommendation; the bundle must have it
     * @param args   values for the text's placeholders: as many as it uses or more, none null
     */
    void design(EngineeringResearchBalance stance, @MessageKey String key, Object... args);

    /**
     * Decides the data-ownership dimension.
     *
     * @param stance how much of its data the team should control; not null
     * @param key    the message key of the recommendation; the bundle must have it
     * @param args   values for the text's placeholders: as many as it uses or more, none null
     */
    void design(DataOwnership stance, @MessageKey String key, Object... args);

    /**
     * Decides the model-ownership dimension.
     *
     * @param stance who should deploy and maintain models; not null
     * @param key    the message key of the recommendation; the bundle must have it
     * @param args   values for the text's placeholders: as many as it uses or more, none null
     */
    void design(ModelOwnership stance, @MessageKey String key, Object... args);

    /**
     * Recommends a reporting line.
     *
     * @param line to whom the ML people should report; not null
     * @param key  the message key of the recommendation; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void reportingLine(ReportingLine line, @MessageKey String key, Object... args);

    /**
     * Adds a role to the recommended team.
     *
     * @param role     the role; not null
     * @param emphasis core, supporting, or later; not null
     * @param key      the message key of what the role does here; the bundle must have it
     * @param args     values for the text's placeholders: as many as it uses or more, none null
     */
    void roleMix(Role role, Emphasis emphasis, @MessageKey String key, Object... args);

    /**
     * Opens a position: {@code priority} 1 is hired first, {@code count} is at least 1.
     *
     * @param priority  the hiring order, 1 first; at least 1
     * @param role      the role to hire; not null
     * @param count     how many people; at least 1
     * @param seniority how experienced; not null
     * @param key       the message key of why the opening is needed now; the bundle must have it
     * @param args      values for the text's placeholders: as many as it uses or more, none null
     */
    void position(int priority, Role role, int count, Seniority seniority, @MessageKey String key, Object... args);

    /**
     * Adds a must-have skill to every position for {@code role}. Like sourcing, interview checks and
     * assessments, it reaches the hiring plan only if some rule opens a {@link #position position}
     * for the role; otherwise it is in the trace only.
     *
     * @param role the role whose openings it is for; not null
     * @param key  the message key of the skill; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void mustHave(Role role, @MessageKey String key, Object... args);

    /**
     * Adds a nice-to-have skill to every position for {@code role} (kept only if one is opened).
     *
     * @param role the role whose openings it is for; not null
     * @param key  the message key of the skill; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void niceToHave(Role role, @MessageKey String key, Object... args);

    /**
     * Adds a must-have skill to the positions for {@code role} of one {@code seniority} only, for a
     * skill asked of some openings for a role and not of others (kept only if one is opened). An
     * opening lists each key once: where a skill for every opening has the same key, the one earlier
     * in catalogue order is kept. A null {@code seniority} fails the call, naming the rule, as any
     * invalid item does.
     *
     * @param role      the role whose openings it is for; not null
     * @param seniority the seniority of the openings that need it; not null
     * @param key       the message key of the skill; the bundle must have it
     * @param args      values for the text's placeholders: as many as it uses or more, none null
     */
    void mustHave(Role role, Seniority seniority, @MessageKey String key, Object... args);

    /**
     * Adds a nice-to-have skill to the positions for {@code role} of one {@code seniority} only.
     *
     * @param role      the role whose openings it is for; not null
     * @param seniority the seniority of the openings it helps; not null
     * @param key       the message key of the skill; the bundle must have it
     * @param args      values for the text's placeholders: as many as it uses or more, none null
     */
    void niceToHave(Role role, Seniority seniority, @MessageKey String key, Object... args);

    /**
     * Recommends a place to find candidates for {@code role} (kept only if a position is opened for it).
     *
     * @param role    the role to find candidates for; not null
     * @param channel where to look; not null
     * @param key     the message key of how to use the channel; the bundle must have it
     * @param args    values for the text's placeholders: as many as it uses or more, none null
     */
    void sourcing(Role role, SourcingChannel channel, @MessageKey String key, Object... args);

    /**
     * Recommends a way to attract ML practitioners.
     *
     * @param key  the message key of the lever; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void attraction(@MessageKey String key, Object... args);

    /**
     * Adds a check to the interview loop for {@code role} (kept only if a position is opened for it).
     *
     * @param role  the role being hired; not null
     * @param focus a strength to validate, or a minimum bar in a weaker area; not null
     * @param key   the message key of what to check; the bundle must have it
     * @param args  values for the text's placeholders: as many as it uses or more, none null
     */
    void interview(Role role, InterviewFocus focus, @MessageKey String key, Object... args);

    /**
     * Adds an assessment to the interview loop for {@code role} (kept only if a position is opened for it).
     *
     * @param role the role being hired; not null
     * @param type the kind of assessment; not null
     * @param key  the message key of what it should probe; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void assessment(Role role, AssessmentType type, @MessageKey String key, Object... args);

    /**
     * States a talent-market figure.
     *
     * @param key  the message key of the fact and its figure; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void market(@MessageKey String key, Object... args);

    /**
     * Recommends a practice; {@link PracticeArea#COLLABORATION} practices go to the team design.
     *
     * @param area the area of management; not null
     * @param key  the message key of the practice; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void practice(PracticeArea area, @MessageKey String key, Object... args);

    /**
     * Names a risk and, with {@code mitigationKey}, what to do about it.
     *
     * @param key           the message key of the risk; the bundle must have it
     * @param mitigationKey the message key of what to do about it; the bundle must have it
     * @param args          values for the placeholders of both texts: as many as either uses or more, none null
     */
    void risk(@MessageKey String key, @MessageKey String mitigationKey, Object... args);

    /**
     * Names one unmet condition for reaching {@code target}: the profile {@code field} and the
     * value it would {@code need}. Bind the field in the rule so its current value is evidence.
     *
     * @param target the archetype the step leads to; not null
     * @param field  the profile field, for example {@code "mlReportsTo"}; not null
     * @param needed the value the field would need, kept as text (an enum as its name); not null
     * @param key    the message key of the step; the bundle must have it
     * @param args   values for the text's placeholders: as many as it uses or more, none null
     */
    void roadmapStep(Archetype target, String field, Object needed, @MessageKey String key, Object... args);

    /**
     * Remarks on the roadmap as a whole, for example that there is no higher archetype.
     *
     * @param key  the message key of the remark; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void roadmapNote(@MessageKey String key, Object... args);

    /**
     * Warns about input that is legal but looks contradictory.
     *
     * @param key  the message key of the warning; the bundle must have it
     * @param args values for the text's placeholders: as many as it uses or more, none null
     */
    void warning(@MessageKey String key, Object... args);

    /**
     * Gives a tip to a job candidate.
     *
     * @param topic where to look, how to stand out, or how to prepare; not null
     * @param key   the message key of the tip; the bundle must have it
     * @param args  values for the text's placeholders: as many as it uses or more, none null
     */
    void candidateTip(CandidateTopic topic, @MessageKey String key, Object... args);
}
