package dev.mlteams.advisor;

import dev.mlteams.advisor.advice.RuleSetStamp;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.internal.CatalogueText;
import dev.mlteams.advisor.internal.Comparisons;
import dev.mlteams.advisor.internal.CompiledRules;
import dev.mlteams.advisor.internal.SilentMistakes;
import dev.mlteams.advisor.internal.DefaultRules;
import dev.mlteams.advisor.internal.Engine;
import dev.mlteams.advisor.internal.Languages;
import dev.mlteams.advisor.internal.MessageBundle;
import dev.mlteams.advisor.internal.MessageCalls;
import dev.mlteams.advisor.internal.MessageDirectory;
import dev.mlteams.advisor.internal.MessageSource;
import dev.mlteams.advisor.internal.OneLineText;
import dev.mlteams.advisor.internal.Nearest;
import dev.mlteams.advisor.internal.PrecompiledRules;
import dev.mlteams.advisor.internal.RuleSafety;
import dev.mlteams.advisor.internal.RuleSetDefinition;
import dev.mlteams.advisor.internal.RuleSource;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.PropertyResourceBundle;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The front door: advice on how to organise and hire an ML team, from rules you can read.
 *
 * <pre>{@code
 * OrgProfile profile = OrgProfile.builder()
 *         .name("Acme Logistics").industry(Industry.LOGISTICS).headcount(800)
 *         .mlHome(MlHome.NOWHERE).mlReportsTo(ReportingLine.NO_ONE)
 *         .plannedHires(2)
 *         .build();
 * Advice advice = Advisor.recommend(profile);
 * advice.archetype().primary().archetype();   // NASCENT
 * advice.hiringPlan().positions().get(0);      // the first hire, with why
 * }</pre>
 *
 * <h2>Rules</h2>
 * {@link #recommend(OrgProfile)} uses the default rules that ship in {@code advisor-rules}: the
 * DRL files listed in {@code META-INF/dev.mlteams.advisor/default-rules.properties}, their
 * knowledge catalogue and message bundle. They are built once, on first use (see {@link #defaults()}):
 * loaded from the executable model that {@code advisor-rules} generates from them at build time, or
 * compiled from their DRL if that model is missing, stale or cannot be loaded.
 * {@link #builder()} makes an advisor from the default rules plus your own, or from yours alone:
 * add rule files, replace a default rule with an {@code @override} rule of the same name, disable
 * rules by name or by knowledge ID, and register your own knowledge IDs and messages.
 *
 * <h2>Thread safety</h2>
 * An {@code Advisor} is immutable and safe to share between any number of threads. The compiled
 * rule base is shared; every call runs in a rule session of its own, taken from a pool and reset
 * to empty before the next call gets it, so calls never see each other's facts. Results are deeply immutable. To swap rule
 * sets while serving, use {@link ReloadableAdvisor}.
 *
 * <h2>Errors</h2>
 * Invalid profiles are rejected when they are built ({@link ProfileValidationException}). A rule set
 * that does not compile or fails its checks is rejected when it is built ({@link RuleSetException}),
 * before any advice is given. Rules that run but do not produce complete, explained advice fail the
 * call ({@link RuleExecutionException}); no partial advice is ever returned.
 */
public final class Advisor {

    /** The default number of rule firings in one call after which the rules count as runaway. */
    public static final int DEFAULT_FIRING_LIMIT = Engine.DEFAULT_FIRING_LIMIT;

    private static volatile Advisor defaults;

    private final Engine engine;
    private final Locale locale;

    private Advisor(Engine engine, Locale locale) {
        this.engine = engine;
        this.locale = locale;
    }

    /**
     * The advisor on the default rules, built on first call and then reused: loaded from the
     * executable model that {@code advisor-rules} ships, or compiled from their DRL if the model
     * is missing or does not match the DRL beside it (logged once at WARN: compiling takes about a
     * second longer). The first call pays for the build, a few hundred milliseconds from the model;
     * a host that wants its first advice sooner can call this on a background thread while it
     * starts. If building fails, the failure is thrown to this caller and the next call tries again.
     *
     * @return the one advisor on the default rules, writing in English
     * @throws RuleSetException if the default rules do not compile or fail their checks
     * @throws AdvisorException if {@code advisor-rules} is not on the classpath
     */
    public static Advisor defaults() {
        Advisor advisor = defaults;
        if (advisor == null) {
            synchronized (Advisor.class) {
                advisor = defaults;
                if (advisor == null) {
                    advisor = new Advisor(new Engine(CompiledRules.build(DefaultRules.load(Advisor.class.getClassLoader())),
                            DEFAULT_FIRING_LIMIT), Locale.ENGLISH);
                    defaults = advisor;
                }
            }
        }
        return advisor;
    }

    /**
     * A builder for an advisor with custom rules; see {@link Builder}.
     *
     * @return a new builder, with the defaults that {@link Builder} lists
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Advice for {@code profile} from the default rules. This method is static: called through an
     * advisor you built ({@code advisor.recommend(profile)}), it still uses the default rules; call
     * {@link #advise(OrgProfile)} on that advisor for its own.
     *
     * @param profile the company; not null
     * @return the advice, with texts in English
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleSetException       if the default rules cannot be built
     * @throws AdvisorException       if {@code advisor-rules} is not on the classpath
     * @throws RuleExecutionException if the rules do not produce complete, explained advice
     */
    public static Advice recommend(OrgProfile profile) {
        return defaults().advise(profile);
    }

    /**
     * Advice for {@code profile} from the default rules (static, as {@link #recommend(OrgProfile)}),
     * with texts in {@code locale}
     * ({@link Locale#ENGLISH} and {@link Locale#SIMPLIFIED_CHINESE} ship, and a bare {@code zh} reads
     * as the latter; others fall back to English).
     *
     * @param profile the company; not null
     * @param locale  the language of the advice's texts; not null
     * @return the advice, with texts in {@code locale} where the rules have them
     * @throws NullPointerException   if an argument is null
     * @throws RuleSetException       if the default rules cannot be built
     * @throws AdvisorException       if {@code advisor-rules} is not on the classpath
     * @throws RuleExecutionException if the rules do not produce complete, explained advice
     */
    public static Advice recommend(OrgProfile profile, Locale locale) {
        return defaults().advise(profile, locale);
    }

    /**
     * Advice for a job candidate from the default rules.
     *
     * @param profile the candidate; not null
     * @return the candidate's advice, with texts in English
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleSetException       if the default rules cannot be built
     * @throws AdvisorException       if {@code advisor-rules} is not on the classpath
     * @throws RuleExecutionException if no rule advises this candidate
     */
    public static CandidateAdvice recommendForCandidate(CandidateProfile profile) {
        return defaults().advise(profile);
    }

    /**
     * Advice for {@code profile} from this advisor's rules.
     *
     * @param profile the company; not null
     * @return the advice, with texts in {@link #locale()}
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException if the rules do not produce complete, explained advice, or
     *                                keep firing past the firing limit
     */
    public Advice advise(OrgProfile profile) {
        return advise(profile, locale);
    }

    /**
     * Advice for {@code profile} from this advisor's rules, with texts in {@code locale}.
     *
     * @param profile the company; not null
     * @param locale  the language of the advice's texts; not null
     * @return the advice, with texts in {@code locale} where the rules have them
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException if the rules do not produce complete, explained advice, or
     *                                keep firing past the firing limit
     */
    public Advice advise(OrgProfile profile, Locale locale) {
        return engine.advise(Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Advice for a job candidate from this advisor's rules.
     *
     * @param profile the candidate; not null
     * @return the candidate's advice, with texts in {@link #locale()}
     * @throws NullPointerException   if {@code profile} is null
     * @throws RuleExecutionException if no rule advises this candidate
     */
    public CandidateAdvice advise(CandidateProfile profile) {
        return advise(profile, locale);
    }

    /**
     * Advice for a job candidate from this advisor's rules, with texts in {@code locale}.
     *
     * @param profile the candidate; not null
     * @param locale  the language of the advice's texts; not null
     * @return the candidate's advice, with texts in {@code locale} where the rules have them
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException if no rule advises this candidate
     */
    public CandidateAdvice advise(CandidateProfile profile, Locale locale) {
        return engine.advise(Objects.requireNonNull(profile, "profile"), Objects.requireNonNull(locale, "locale"));
    }

    /**
     * What changes in the advice when the profile changes from {@code before} to {@code after}:
     * every part a rule decides, from the archetype, its scores and votes to the hiring plan and
     * the roadmap (see {@link AdviceComparison}), each tied to the rules behind it and the changed
     * profile fields in its evidence. Both pieces of advice come in this advisor's {@link #locale()}.
     *
     * @param before the profile as it is; not null
     * @param after  the profile changed; not null
     * @return both pieces of advice, in {@link #locale()}, and every difference between them
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException as {@link #advise(OrgProfile)}
     */
    public AdviceComparison compare(OrgProfile before, OrgProfile after) {
        return compare(before, after, locale);
    }

    /**
     * As {@link #compare(OrgProfile, OrgProfile)}, with the texts of both pieces of advice
     * ({@link AdviceComparison#before()} and {@link AdviceComparison#after()}) in {@code locale}, as
     * {@link #advise(OrgProfile, Locale)} gives them. The changes are the same in every language:
     * items are compared by their message keys and values, not their texts.
     *
     * @param before the profile as it is; not null
     * @param after  the profile changed; not null
     * @param locale the language of the texts; not null
     * @return both pieces of advice, in {@code locale}, and every difference between them
     * @throws NullPointerException   if an argument is null
     * @throws RuleExecutionException as {@link #advise(OrgProfile, Locale)}
     */
    public AdviceComparison compare(OrgProfile before, OrgProfile after, Locale locale) {
        Objects.requireNonNull(before, "before");
        Objects.requireNonNull(after, "after");
        Objects.requireNonNull(locale, "locale");
        return Comparisons.compare(advise(before, locale), advise(after, locale));
    }

    /**
     * Why the item with message key {@code itemKey} was, or was not, given for {@code profile}:
     * every rule whose consequence emits the key, and for each, its conditions checked one by one
     * against the facts of a real run, with the actual values. Works on your rules too.
     *
     * @param profile the company; not null
     * @param itemKey the item's message key, for example {@code "practice.portfolio"}; not null
     * @return whether the item was given, and every rule that could give it, checked on a run for {@code profile}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no message bundle of the rule set has {@code itemKey}, so
     *                                  that a mistyped key is not mistaken for advice no rule gives
     *                                  (for a knowledge ID, the message names the rules citing it)
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot whyNot(OrgProfile profile, String itemKey) {
        return whyNot(profile, itemKey, locale);
    }

    /**
     * As {@link #whyNot(OrgProfile, String)}, with the texts of the items it names in {@code
     * locale}, as {@link #advise(OrgProfile, Locale)} gives them.
     *
     * @param profile the company; not null
     * @param itemKey the item's message key; not null
     * @param locale  the language of the items' texts; not null
     * @return whether the item was given, and every rule that could give it, checked on a run for {@code profile}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no message bundle of the rule set has {@code itemKey}
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot whyNot(OrgProfile profile, String itemKey, Locale locale) {
        return whyNotGiven(Objects.requireNonNull(profile, "profile"), itemKey, Objects.requireNonNull(locale, "locale"));
    }

    /**
     * Why the tip with message key {@code itemKey} was, or was not, given to the candidate
     * {@code profile}; see {@link #whyNot(OrgProfile, String)}.
     *
     * @param profile the candidate; not null
     * @param itemKey the tip's message key; not null
     * @return whether the tip was given, and every rule that could give it, checked on a run for {@code profile}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no message bundle of the rule set has {@code itemKey}
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot whyNot(CandidateProfile profile, String itemKey) {
        return whyNot(profile, itemKey, locale);
    }

    /**
     * As {@link #whyNot(CandidateProfile, String)}, with the texts of the tips it names in {@code
     * locale}.
     *
     * @param profile the candidate; not null
     * @param itemKey the tip's message key; not null
     * @param locale  the language of the tips' texts; not null
     * @return whether the tip was given, and every rule that could give it, checked on a run for {@code profile}
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if no message bundle of the rule set has {@code itemKey}
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot whyNot(CandidateProfile profile, String itemKey, Locale locale) {
        return whyNotGiven(Objects.requireNonNull(profile, "profile"), itemKey, Objects.requireNonNull(locale, "locale"));
    }

    private WhyNot whyNotGiven(Object profile, String itemKey, Locale locale) {
        if (text(Objects.requireNonNull(itemKey, "itemKey"), locale).isEmpty()) {
            if (catalogue().contains(itemKey)) {
                throw new IllegalArgumentException("\"" + itemKey + "\" is a knowledge ID, not a message key: ask about"
                        + " the key of an item that one of the rules citing it gives (" + engine.rulesCiting(itemKey)
                        .stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", ")) + ")");
            }
            throw new IllegalArgumentException("unknown message key \"" + itemKey
                    + "\": no message bundle of this rule set has it" + engine.messages(locale).nearestKey(itemKey)
                    .map(near -> " (did you mean \"" + near + "\"?)").orElse(""));
        }
        return engine.whyNot(profile, itemKey, locale);
    }

    /**
     * Whether the rule named {@code rule} fired for {@code profile}, and if it did not, each of its
     * conditions checked against the facts of a real run, as {@link #whyNot} checks them: for a rule
     * author asking about a rule rather than an item.
     *
     * @param profile the company; not null
     * @param rule    a rule's name, or its DRL package, a dot and its name, as {@link #rules()} lists them;
     *                not null
     * @return whether the rule fired and, if it did not, each of its conditions checked
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if this advisor has no such rule: the message says why a rule
     *                                  it leaves out is left out, or else names the nearest rule
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot.RuleDiagnosis whyNotFired(OrgProfile profile, String rule) {
        return diagnosed(Objects.requireNonNull(profile, "profile"), rule);
    }

    /**
     * Whether the rule named {@code rule} fired for the candidate {@code profile}, and if not, why;
     * see {@link #whyNotFired(OrgProfile, String)}.
     *
     * @param profile the candidate; not null
     * @param rule    a rule's name, or its DRL package, a dot and its name; not null
     * @return whether the rule fired and, if it did not, each of its conditions checked
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if this advisor has no such rule
     * @throws RuleExecutionException   if the rules fail on the profile
     */
    public WhyNot.RuleDiagnosis whyNotFired(CandidateProfile profile, String rule) {
        return diagnosed(Objects.requireNonNull(profile, "profile"), rule);
    }

    private WhyNot.RuleDiagnosis diagnosed(Object profile, String rule) {
        Objects.requireNonNull(rule, "rule");
        return engine.whyNotFired(profile, rule, locale).orElseThrow(() -> new IllegalArgumentException(
                engine.leftOut(rule).orElseGet(() -> "no rule of this advisor is named \"" + rule + "\""
                        + Nearest.to(rule, rules().stream().flatMap(r -> Stream.of(r.name(), r.packageName() + "." + r.name()))
                                .toList()).map(near -> " (did you mean \"" + near + "\"?)").orElse(""))));
    }

    /**
     * The language this advisor writes in unless a call names another.
     *
     * @return the builder's {@link Builder#locale locale}; English for the default rules' advisor
     */
    public Locale locale() {
        return locale;
    }

    /**
     * The text of a message key in {@code locale}, such as a knowledge title {@code knowledge.A3},
     * if the rule set's bundles have it. For reports.
     *
     * @param key    the message key; not null
     * @param locale the language wanted; not null
     * @return the text as written, placeholders unfilled, or empty if no bundle of the rule set has the key
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException naming the key, if it is a plain text ({@code enum.*},
     *                                  {@code knowledge.*}) of a classpath bundle family that holds
     *                                  {@code ''}, which would show two quotes
     */
    public Optional<String> text(String key, Locale locale) {
        return engine.messages(Objects.requireNonNull(locale, "locale")).text(Objects.requireNonNull(key, "key"));
    }

    /**
     * The knowledge catalogue this advisor's rules cite, to look up what an ID such as "A3" means.
     *
     * @return the default items (unless left out), then those you added
     */
    public KnowledgeCatalogue catalogue() {
        return engine.catalogue();
    }

    /**
     * The name, version and content hash of this advisor's rule set; every advice carries it.
     *
     * @return the rule set's stamp
     */
    public RuleSetStamp ruleSet() {
        return engine.ruleSet();
    }

    /**
     * The rule set and default language, for logs: {@code Advisor[acme-advisor 2026.11,
     * sha256:1a2b3c4d5e6f, en]}.
     */
    @Override
    public String toString() {
        RuleSetStamp stamp = ruleSet();
        return "Advisor[" + stamp.name() + " " + stamp.version() + ", " + stamp.shortHash() + ", "
                + locale.toLanguageTag() + "]";
    }

    /**
     * The rules this advisor runs, in the order of their files (the default rules first) and
     * lines: the default and added rules, without those an {@code @override} replaced or that were
     * disabled ({@link #leftOut()} lists those). No two have the same name, so the name in a trace
     * entry or an explanation is one of these rules.
     *
     * @return the rules; unmodifiable
     */
    public List<Rule> rules() {
        return engine.rules();
    }

    /**
     * The rules of this advisor's rule files that it does not run, in the order of their files (the
     * default rules first) and lines, each with why: disabled ({@code disableRule("...")},
     * {@code disableKnowledge("P7")}) or replaced by an {@code @override}. An {@code @override}
     * has the name of the rule it replaces, so a name can be both here and in {@link #rules()}.
     *
     * @return the rules left out, with why; unmodifiable, empty if none
     */
    public List<LeftOut> leftOut() {
        return engine.leftOutRules();
    }

    /**
     * A rule of an advisor's rule files that the advisor does not run.
     *
     * @param rule   the rule: its name, DRL package, file and line
     * @param reason why it is left out, as {@link WhyNot.LeftOutRule#reason()} gives it: the call that
     *               disabled it, for example {@code disableRule("practice: plan probabilistically")} or
     *               {@code disableKnowledge("P7")}, or {@code replaced by the @override at acme.drl:24}
     */
    public record LeftOut(Rule rule, String reason) {

        /**
         * @param rule   the rule; not null
         * @param reason why it is left out; not null
         * @throws NullPointerException if an argument is null
         */
        public LeftOut {
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One rule of an advisor's rule set.
     *
     * @param name        the rule's name, as the trace and explanations give it
     * @param packageName the DRL package it is declared in, for example {@code "com.acme.advisor"}
     * @param file        the rule file's name or path
     * @param line        the line of its {@code rule} keyword, or 0 when unknown
     */
    public record Rule(String name, String packageName, String file, int line) {

        /**
         * @param name        the rule's name; not null
         * @param packageName the DRL package it is declared in; not null
         * @param file        the rule file's name or path; not null
         * @param line        the line of its {@code rule} keyword, or 0 when unknown
         * @throws NullPointerException if an argument is null
         */
        public Rule {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(packageName, "packageName");
            Objects.requireNonNull(file, "file");
        }
    }

    /**
     * Builds an {@link Advisor} from the default rules, your rules, or both.
     *
     * <pre>{@code
     * Advisor advisor = Advisor.builder()
     *         .addRules(Path.of("rules/acme"))                  // a directory of .drl files, recursively
     *         .addKnowledge(new KnowledgeItem("ACME-1", ArticleStep.HIRING, false, "Regulated firms review model risk"))
     *         .addMessages(Path.of("rules/acme/messages.properties"))
     *         .disableRule("practice: measure inputs, not results")
     *         .name("acme").version("2026.11")
     *         .build();
     * }</pre>
     *
     * <p>To replace a default rule, write a rule with the same name in your own DRL package and
     * mark it {@code @override}; a second rule with an existing name and no {@code @override} is
     * an error, and so is an {@code @override} with nothing to replace.
     *
     * <p>Files you add are checked for references a rule never needs (process and JVM control,
     * system properties, reflection and class loading, threads, file, network and standard input
     * I/O, and types other than the classes directly in {@code java.lang} and {@code java.util}
     * and those in this library's packages, {@code java.math}, {@code java.time} or the packages
     * you {@link #allowPackage allow}, each with its subpackages);
     * see "Security" in the README. It is a guard against mistakes, not a sandbox.
     *
     * <p>Defaults: the default rules, catalogue and messages are included; the name and version
     * are the default rule set's until you add, disable or reword anything, then {@code "custom"} and
     * {@code "unversioned"}; the firing limit is {@value #DEFAULT_FIRING_LIMIT}.
     *
     * <p>Adding files reads them at once, so a missing file fails at the call that names it.
     * {@link #build()} compiles and checks everything and reports every problem together.
     * Builders are not thread-safe; the advisors they build are.
     */
    public static final class Builder {
        private boolean includeDefaults = true;
        private final List<RuleSource> sources = new ArrayList<>();
        private final List<AddedKnowledge> knowledge = new ArrayList<>();
        private final List<RuleSetException.Problem> knowledgeFileProblems = new ArrayList<>();
        /** The IDs that begin the lines of knowledge files that could not be read. */
        private final Set<String> unreadKnowledgeIds = new HashSet<>();
        private final List<Object> messages = new ArrayList<>();
        private Locale locale = Locale.ENGLISH;
        private final Set<String> disabledRules = new LinkedHashSet<>();
        private final Set<String> disabledKnowledge = new LinkedHashSet<>();
        private String name;
        private String version;
        private int firingLimit = DEFAULT_FIRING_LIMIT;
        private ClassLoader classLoader = Advisor.class.getClassLoader();
        private boolean safetyCheck = true;
        private final Set<String> allowedPackages = new TreeSet<>(RuleSafety.BUILT_IN_PACKAGES);
        private final List<OrgProfile> verificationProfiles = new ArrayList<>();
        private final List<CandidateProfile> verificationCandidates = new ArrayList<>();
        private final Set<Locale> verificationLocales = new LinkedHashSet<>();
        /** How many keys a problem of {@link #untranslated} lists: the file names the rest. */
        private static final int UNTRANSLATED_SHOWN = 10;

        private Builder() {
        }

        /**
         * Leaves out the default rules, catalogue and messages: the advisor uses only what you
         * add. Your rules must then decide the primary archetype, the three design dimensions and
         * the reporting line, or every call on an org profile fails with a {@link RuleExecutionException}.
         *
         * @return this builder
         */
        public Builder withoutDefaultRules() {
            this.includeDefaults = false;
            return this;
        }

        /**
         * Adds DRL text under a name that error messages will use. Give each file a name of its own,
         * other than the name of a default rule file: {@link #build()} refuses a name given twice.
         *
         * @param name the file's name in messages, such as {@code "acme.drl"}; not null or blank
         * @param drl  the DRL text; not null
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code name} is blank
         */
        public Builder addRules(String name, String drl) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(drl, "drl");
            if (name.isBlank()) {
                throw new IllegalArgumentException("a rule file needs a non-blank name");
            }
            sources.add(new RuleSource(name, drl));
            return this;
        }

        /**
         * Adds a rule file (whatever its name ends with), or every {@code .drl} file below a
         * directory (recursively, in path order).
         *
         * @param path a rule file, or a directory to search for {@code .drl} files; not null
         * @return this builder
         * @throws NullPointerException     if {@code path} is null
         * @throws IllegalArgumentException if the path does not exist or a directory holds no {@code .drl} file
         * @throws UncheckedIOException     if a file cannot be read
         */
        public Builder addRules(Path path) {
            Objects.requireNonNull(path, "path");
            if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(p -> Files.isRegularFile(p) && p.toString().endsWith(".drl")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list rule files in " + path, e);
                }
                if (files.isEmpty()) {
                    throw new IllegalArgumentException("no .drl files below " + path);
                }
                // All read before any is added: a file that cannot be read leaves the builder as it was.
                sources.addAll(files.stream().map(Builder::readFile).toList());
            } else if (Files.isRegularFile(path)) {
                sources.add(readFile(path));
            } else {
                throw new IllegalArgumentException("no such rule file or directory: " + path);
            }
            return this;
        }

        /** A missing file is a wrong argument, as for {@link #addRules(Path)}; other I/O failures stay I/O. */
        private static void requireFile(Path file, String what) {
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException("no such " + what + ": " + file);
            }
        }

        private static RuleSource readFile(Path file) {
            try {
                return new RuleSource(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + file, e);
            }
        }

        /**
         * Adds a DRL file from the classpath, for example {@code "com/acme/rules/hiring.drl"}.
         *
         * @param resource the file's resource name, looked up through the {@link #classLoader class loader}; not null
         * @return this builder
         * @throws NullPointerException     if {@code resource} is null
         * @throws IllegalArgumentException if the resource is not on the classpath
         * @throws UncheckedIOException     if it cannot be read
         */
        public Builder addClasspathRules(String resource) {
            Objects.requireNonNull(resource, "resource");
            try (InputStream in = classLoader.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalArgumentException("no such rule file on the classpath: " + resource
                            + " (if another class loader has it, call classLoader(...) first)");
                }
                sources.add(new RuleSource(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read rule file " + resource, e);
            }
            return this;
        }

        /**
         * Registers a knowledge item of your own, so that rules may cite its ID.
         *
         * @param item the item; not null, and {@link #build()} refuses an ID that is taken
         * @return this builder
         * @throws NullPointerException if {@code item} is null
         */
        public Builder addKnowledge(KnowledgeItem item) {
            knowledge.add(new AddedKnowledge(Objects.requireNonNull(item, "item"), "addKnowledge", 0));
            return this;
        }

        /**
         * Registers the knowledge items of a UTF-8 file in the catalogue's text form (see
         * {@link KnowledgeCatalogue}). The file is read at once; its malformed lines, repeated IDs and
         * IDs that are already taken are reported by {@link #build()} with the file and the line.
         *
         * @param file the knowledge file; not null
         * @return this builder
         * @throws NullPointerException     if {@code file} is null
         * @throws IllegalArgumentException if the file does not exist, as {@link #addRules(Path)} says
         * @throws UncheckedIOException     if the file cannot be read
         */
        public Builder addKnowledge(Path file) {
            Objects.requireNonNull(file, "file");
            requireFile(file, "knowledge file");
            CatalogueText text;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                text = CatalogueText.read(file.toString(), reader);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read knowledge file " + file, e);
            }
            text.items().forEach(line -> knowledge.add(new AddedKnowledge(line.item(), file.toString(), line.number())));
            text.problems().forEach(problem -> {
                knowledgeFileProblems.add(
                        new RuleSetException.Problem(file.toString(), problem.line(), Optional.empty(), problem.message()));
                unreadKnowledgeIds.add(problem.id());
            });
            return this;
        }

        /**
         * Adds message texts for your rules' keys, the same for every locale. Later bundles win over
         * earlier ones, and all of them over the default messages, so you can also reword default
         * advice.
         *
         * @param bundle the texts by key; not null
         * @return this builder
         * @throws NullPointerException     if {@code bundle} is null
         * @throws IllegalArgumentException naming every text that is not a {@link java.text.MessageFormat}
         *                                  pattern (a brace left open, say)
         */
        public Builder addMessages(ResourceBundle bundle) {
            Objects.requireNonNull(bundle, "bundle");
            List<String> malformed = MessageBundle.malformed(MessageSource.texts(bundle));
            if (!malformed.isEmpty()) {
                throw new IllegalArgumentException("not a message pattern: " + String.join(", ", malformed));
            }
            messages.add(bundle);
            return this;
        }

        /**
         * Adds a bundle family from the classpath, looked up per locale like the default messages,
         * for example {@code "com.acme.messages"} for {@code com/acme/messages.properties} and
         * {@code com/acme/messages_zh_CN.properties}. Every {@link #build()} reads its root bundle
         * again; a translation is read at the first call in its language (a family on the
         * classpath cannot list its languages), and only the root counts in the content hash.
         * Its root and Chinese ({@code zh_CN}) texts are checked now, as {@link #addMessages(Path, String)}
         * checks its files; a text broken in another language fails the calls in that language
         * (give the language to {@link #verifyIn} to find it when building).
         *
         * @param baseName the family's base name, for example {@code "com.acme.messages"}; not null
         * @return this builder
         * @throws NullPointerException     if {@code baseName} is null
         * @throws IllegalArgumentException if its root bundle is not on the classpath, or naming every
         *                                  text of the root or Chinese bundle that is not a
         *                                  {@link java.text.MessageFormat} pattern (a brace left open, say)
         */
        public Builder addMessages(String baseName) {
            Objects.requireNonNull(baseName, "baseName");
            MessageSource family;
            try {
                family = MessageSource.classpath(baseName, classLoader);
            } catch (MissingResourceException e) {
                throw new IllegalArgumentException("no message bundle " + baseName + " on the classpath"
                        + " (if another class loader has it, call classLoader(...) first)", e);
            }
            // The Chinese bundle falls back to the root one: only the texts it has of its own are its.
            Map<String, String> root = family.textsOnTop(Locale.ROOT);
            Map<String, String> chinese = new HashMap<>(family.textsOnTop(Locale.SIMPLIFIED_CHINESE));
            chinese.entrySet().removeIf(text -> text.getValue().equals(root.get(text.getKey())));
            List<String> problems = new ArrayList<>(MessageBundle.malformed(root));
            MessageBundle.malformed(chinese).forEach(text -> problems.add(text + " (in its Chinese texts)"));
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("message bundle " + baseName + ": not a message pattern: "
                        + String.join(", ", problems));
            }
            messages.add(baseName);
            return this;
        }

        /**
         * Adds a bundle family kept as UTF-8 files in a directory, looked up per locale like the
         * default messages: for {@code "messages"}, {@code messages.properties} (the texts every
         * language falls back to) and siblings such as {@code messages_zh_CN.properties}. The
         * files are checked now, and every {@link #build()} reads them all again, translations
         * included, into the rule set's content hash; files that can no longer be read then are a
         * problem of its {@link RuleSetException}. Later bundles win over earlier ones, and all
         * of them over the default messages.
         *
         * @param directory the directory that holds the files; not null
         * @param baseName  the file name without language suffix and {@code .properties}, for example
         *                  {@code "messages"}; not null
         * @return this builder
         * @throws NullPointerException     if an argument is null
         * @throws IllegalArgumentException if {@code baseName} is not a plain file name or the
         *                                  directory has no {@code baseName.properties}; or naming
         *                                  every file that is not UTF-8, is malformed, holds a text
         *                                  that is not a message pattern, or is named like a
         *                                  translation the lookup would not find
         *                                  ({@code messages_zh-CN.properties},
         *                                  {@code messages_zh_cn.properties})
         * @throws UncheckedIOException     if the directory or a file cannot be read
         */
        public Builder addMessages(Path directory, String baseName) {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(baseName, "baseName");
            MessageDirectory.read(directory, baseName);
            messages.add(new DirectoryMessages(directory, baseName));
            return this;
        }

        /** A bundle family in a directory, read again by every build. */
        private record DirectoryMessages(Path directory, String baseName) {
        }

        /**
         * The language the advisor writes in unless a call names another; English by default.
         *
         * @param locale the advisor's language; not null
         * @return this builder
         * @throws NullPointerException if {@code locale} is null
         */
        public Builder locale(Locale locale) {
            this.locale = Objects.requireNonNull(locale, "locale");
            return this;
        }

        /**
         * Adds message texts from a UTF-8 {@code .properties} file, the same for every locale; for
         * texts per language, see {@link #addMessages(Path, String)}.
         *
         * @param file the {@code .properties} file; not null
         * @return this builder
         * @throws NullPointerException     if {@code file} is null
         * @throws IllegalArgumentException if the file does not exist, holds a malformed Unicode
         *                                  escape, or naming every text that is not a message pattern
         * @throws UncheckedIOException     if the file cannot be read
         */
        public Builder addMessages(Path file) {
            Objects.requireNonNull(file, "file");
            requireFile(file, "messages file");
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                return addMessages(new PropertyResourceBundle(reader));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read messages " + file, e);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("cannot read messages " + file + ": " + e.getMessage(), e);
            }
        }

        /**
         * Leaves out every rule with this name.
         *
         * @param ruleName the rule name; not null, and {@link #build()} refuses one no rule has
         * @return this builder
         * @throws NullPointerException if {@code ruleName} is null
         */
        public Builder disableRule(String ruleName) {
            disabledRules.add(Objects.requireNonNull(ruleName, "ruleName"));
            return this;
        }

        /**
         * Leaves out every rule that cites this knowledge ID, also rules that cite it among
         * others (the default classification rules cite A1 to A5 together, so disabling one of
         * those leaves no rule to classify a company; {@link #verifyWith(OrgProfile...)} shows it
         * at build time).
         *
         * @param knowledgeId the knowledge ID, for example {@code "P7"}; not null, and {@link #build()} refuses one
         *                    no item has
         * @return this builder
         * @throws NullPointerException if {@code knowledgeId} is null
         */
        public Builder disableKnowledge(String knowledgeId) {
            disabledKnowledge.add(Objects.requireNonNull(knowledgeId, "knowledgeId"));
            return this;
        }

        /**
         * Names the rule set; the name is stamped on every advice.
         *
         * @param name the rule set's name; not null or blank, and one line
         * @return this builder
         * @throws NullPointerException     if {@code name} is null
         * @throws IllegalArgumentException if {@code name} is blank or not one line of text
         */
        public Builder name(String name) {
            this.name = nonBlank(name, "name");
            return this;
        }

        /**
         * Versions the rule set; the version is stamped on every advice.
         *
         * @param version the rule set's version; not null or blank, and one line
         * @return this builder
         * @throws NullPointerException     if {@code version} is null
         * @throws IllegalArgumentException if {@code version} is blank or not one line of text
         */
        public Builder version(String version) {
            this.version = nonBlank(version, "version");
            return this;
        }

        /**
         * How many rule firings one call may take. A call that needs more fails with a
         * {@link RuleExecutionException} that gives the limit and the number of firings, and names
         * the busiest rules (with their file, line and firings: each that fired more than once and
         * took at least a tenth of the firings, and the busiest if it fired more than once, three
         * at most) as a likely loop if one
         * of them fired more than once and took at least half of the firings, or else says to raise
         * the limit.
         *
         * @param limit the most firings one call may take; at least 1
         * @return this builder
         * @throws IllegalArgumentException if {@code limit} is below 1
         */
        public Builder firingLimit(int limit) {
            if (limit < 1) {
                throw new IllegalArgumentException("the firing limit must be at least 1, was " + limit);
            }
            this.firingLimit = limit;
            return this;
        }

        /**
         * The class loader for classpath rule files, message bundle families and the types your
         * rules use; by default the loader of this library. Set it before
         * {@link #addClasspathRules} and {@link #addMessages(String)}: they look their files up
         * through the loader at once.
         *
         * @param loader the class loader; not null
         * @return this builder
         * @throws NullPointerException if {@code loader} is null
         */
        public Builder classLoader(ClassLoader loader) {
            this.classLoader = Objects.requireNonNull(loader, "loader");
            return this;
        }

        /**
         * Lets your rule files import and name types from {@code packageName} and its subpackages,
         * for example your own fact classes. The deny-list still applies inside it.
         *
         * @param packageName a package name, for example {@code "com.acme.facts"}; not null
         * @return this builder
         * @throws NullPointerException     if {@code packageName} is null
         * @throws IllegalArgumentException if it is not a Java package name
         */
        public Builder allowPackage(String packageName) {
            Objects.requireNonNull(packageName, "packageName");
            if (!packageName.matches("[a-zA-Z_][\\w]*(\\.[a-zA-Z_][\\w]*)*")) {
                throw new IllegalArgumentException("not a Java package name: '" + packageName + "'");
            }
            allowedPackages.add(packageName);
            return this;
        }

        /**
         * Profiles that {@link #build()} gives the finished rule set, as its last check. Some
         * problems only show when rules run: a message key no bundle has, an item without
         * evidence, no rule left to decide the archetype or a design choice (after
         * {@link #disableKnowledge}, say), a rule that keeps firing. Each problem is reported once,
         * as a problem of the {@link RuleSetException} (file {@code "verifyWith"}) that names the
         * profiles and languages it showed in, with each {@link RuleExecutionException} added to it
         * as suppressed. The rules run in
         * the builder's {@link #locale}, or in each language given to {@link #verifyIn}: a text
         * that is broken in another language only shows in a call in that language. With
         * {@link ReloadableAdvisor}, a reload that would fail on these profiles keeps the old
         * rules serving.
         *
         * @param profiles company profiles to run the rules on; not null, nor any element
         * @return this builder
         * @throws NullPointerException if {@code profiles} or one of them is null
         */
        public Builder verifyWith(OrgProfile... profiles) {
            return verifyWith(List.of(profiles));
        }

        /**
         * Profiles that {@link #build()} gives the finished rule set; see
         * {@link #verifyWith(OrgProfile...)}.
         *
         * @param profiles company profiles to run the rules on; not null, nor any element; copied
         * @return this builder
         * @throws NullPointerException if {@code profiles} or one of them is null
         */
        public Builder verifyWith(Collection<OrgProfile> profiles) {
            verificationProfiles.addAll(List.copyOf(Objects.requireNonNull(profiles, "profiles")));
            return this;
        }

        /**
         * Candidate profiles that {@link #build()} gives the finished rule set, as its last check;
         * see {@link #verifyWith(OrgProfile...)}.
         *
         * @param profiles candidate profiles to run the rules on; not null, nor any element
         * @return this builder
         * @throws NullPointerException if {@code profiles} or one of them is null
         */
        public Builder verifyWithCandidates(CandidateProfile... profiles) {
            return verifyWithCandidates(List.of(profiles));
        }

        /**
         * Candidate profiles that {@link #build()} gives the finished rule set; see
         * {@link #verifyWithCandidates(CandidateProfile...)}.
         *
         * @param profiles candidate profiles to run the rules on; not null, nor any element
         * @return this builder
         * @throws NullPointerException if {@code profiles} or one of them is null
         */
        public Builder verifyWithCandidates(Collection<CandidateProfile> profiles) {
            verificationCandidates.addAll(List.copyOf(Objects.requireNonNull(profiles, "profiles")));
            return this;
        }

        /**
         * The languages that the profiles of {@link #verifyWith(OrgProfile...)} and
         * {@link #verifyWithCandidates} run in; without this, the builder's {@link #locale} only.
         * Give every language you serve: a text missing or broken in one of them (a translation
         * with a brace left open, a key only the translations have) then fails the build, not
         * the calls in that language. Each of those problems names its language. The build also
         * fails, without any profile, where a text of your own message files would show in English
         * in one of these languages: your root file has the key and your files for that language do
         * not (a default text reworded in English only, say); a text that reads the same in every
         * language (a URL) goes in each file too, or in a fixed bundle. A fixed bundle, given to
         * {@link #addMessages(ResourceBundle)} or as one file to {@link #addMessages(Path)}, is the
         * same in every language, and a language no texts are written in (the defaults have English
         * and Chinese) is English throughout: neither is told. So does a knowledge item of yours
         * with no title ({@code knowledge.ID}) in one of these languages but English: reports would
         * show the catalogue's English title.
         *
         * @param locales the languages to verify in; at least one, and none null
         * @return this builder
         * @throws NullPointerException     if {@code locales} or one of them is null
         * @throws IllegalArgumentException if no locale is given
         */
        public Builder verifyIn(Locale... locales) {
            if (locales.length == 0) {
                throw new IllegalArgumentException("verifyIn needs a locale to verify in");
            }
            verificationLocales.addAll(List.of(locales));
            return this;
        }

        /**
         * Switches off the safety check of your rule files (see "Security" in the README). Only for
         * rule files you trust as you trust your own code: DRL can run any Java.
         *
         * @return this builder
         */
        public Builder withoutSafetyCheck() {
            this.safetyCheck = false;
            return this;
        }

        private static String nonBlank(String value, String what) {
            Objects.requireNonNull(value, what);
            if (value.isBlank()) {
                throw new IllegalArgumentException("the rule set's " + what + " must not be blank");
            }
            // Reports print the stamp in a line of their own.
            if (!OneLineText.isOneLine(value)) {
                throw new IllegalArgumentException("the rule set's " + what
                        + " must be one line of text, without control characters, line separators, direction overrides"
                        + " or unpaired surrogates");
            }
            return value;
        }

        /**
         * Compiles and checks the rule set.
         *
         * @return the advisor, ready to give advice
         * @throws RuleSetException         listing every problem: compile errors, missing or unknown
         *                                  {@code @source} IDs, unknown phases, undeclared duplicate
         *                                  rule names, overrides with nothing to replace, disabled
         *                                  names or IDs that do not exist, references the safety
         *                                  check refuses, malformed lines and repeated IDs of
         *                                  knowledge files, knowledge items whose IDs are taken, an
         *                                  {@code advise} global of the wrong type, a rule file added
         *                                  twice, two different rule files with one name, a rule file
         *                                  of yours named like a default rule file, and message
         *                                  bundle families that can no longer be read.
         *                                  While a file does not compile (or reuses the name of a
         *                                  rule already in the base), the other files are still
         *                                  checked, their message keys, texts and silent mistakes
         *                                  too, and so are the {@code @source} and phase of its own
         *                                  rules if it parses; only an {@code @override} or a
         *                                  disabled name that could mean one of its rules is not
         *                                  judged. A rule set without any of these problems is then
         *                                  run on the profiles of {@link #verifyWith(OrgProfile...)}
         *                                  and {@link #verifyWithCandidates}, and every problem on
         *                                  each of them is listed
         * @throws IllegalStateException    if there are no rule files at all: {@link #withoutDefaultRules()}
         *                                  and none added. (Files that hold no rules build; each call
         *                                  then fails with a {@link RuleExecutionException} naming the
         *                                  decisions no rule made.)
         * @throws AdvisorException         if the default rules are wanted but not on the classpath
         */
        public Advisor build() {
            boolean customised = !sources.isEmpty() || !disabledRules.isEmpty() || !disabledKnowledge.isEmpty()
                    || !messages.isEmpty() || !knowledge.isEmpty() || !includeDefaults;
            List<RuleSource> all = new ArrayList<>();
            KnowledgeCatalogue catalogue;
            MessageSource bundle;
            String defaultName = "custom";
            String defaultVersion = "unversioned";
            Optional<PrecompiledRules> precompiled = Optional.empty();
            // Problems found before compiling, reported together with those found after.
            List<RuleSetException.Problem> problems = new ArrayList<>(knowledgeFileProblems);
            List<RuleSource> defaultSources = List.of();
            List<KnowledgeItem> ownItems;
            if (includeDefaults) {
                RuleSetDefinition defaultRules = DefaultRules.load(Advisor.class.getClassLoader());
                defaultSources = defaultRules.sources();
                all.addAll(defaultSources);
                precompiled = defaultRules.precompiled();
                ownItems = ownKnowledge(defaultRules.catalogue(), problems);
                catalogue = defaultRules.catalogue().plus(ownItems);
                bundle = defaultRules.messages();
                if (!customised) {
                    defaultName = defaultRules.name();
                    defaultVersion = defaultRules.version();
                }
            } else {
                ownItems = ownKnowledge(KnowledgeCatalogue.of(List.of()), problems);
                catalogue = KnowledgeCatalogue.of(ownItems);
                bundle = MessageSource.empty();
            }
            List<RuleSource> ownFiles = notNamedLikeDefaults(defaultSources, problems);
            all.addAll(ownFiles);
            // Your files as compiled: the first of a name, and none named like a default file, so
            // that no problem is told twice or under another file's name.
            Map<String, RuleSource> compiledOwn = new LinkedHashMap<>();
            ownFiles.forEach(file -> compiledOwn.putIfAbsent(file.name(), file));
            List<RuleSource> own = List.copyOf(compiledOwn.values());
            if (all.isEmpty()) {
                throw new IllegalStateException("the rule set has no rule files: add some, or keep the defaults");
            }
            MessageSource defaultMessages = bundle;
            int messageProblems = problems.size();
            for (Object added : messages) {
                if (added instanceof ResourceBundle fixed) {
                    bundle = bundle.over(fixed);
                    continue;
                }
                if (added instanceof DirectoryMessages directory) {
                    try {
                        bundle = bundle.over(MessageDirectory.read(directory.directory(), directory.baseName()));
                    } catch (IllegalArgumentException | UncheckedIOException e) {
                        // Readable when added, but changed on disk since.
                        problems.add(new RuleSetException.Problem("addMessages", 0, Optional.empty(), "the messages "
                                + directory.baseName() + " in " + directory.directory() + " cannot be read any more: "
                                + e.getMessage() + (e instanceof UncheckedIOException ? " (" + e.getCause() + ")" : "")));
                    }
                    continue;
                }
                try {
                    bundle = bundle.over((String) added, classLoader);
                } catch (MissingResourceException e) {
                    // Found when added, but not through the class loader set since.
                    problems.add(new RuleSetException.Problem("addMessages", 0, Optional.empty(), "no message bundle "
                            + added + " through the class loader given to classLoader(...)"));
                }
            }
            RuleSetDefinition definition = new RuleSetDefinition(name == null ? defaultName : name,
                    version == null ? defaultVersion : version, all, catalogue, bundle, classLoader,
                    new TreeSet<>(disabledRules), new TreeSet<>(disabledKnowledge), new TreeSet<>(unreadKnowledgeIds),
                    precompiled);
            // The default rules are trusted; the files you add are checked, and their problems are
            // reported together with any compile problems.
            if (safetyCheck) {
                problems.addAll(RuleSafety.check(own, allowedPackages));
            }
            CompiledRules compiled = null;
            // What a rule set with problems is known to hold (which rules would run, whether in
            // phases): CompiledRules gives it before it throws them.
            List<CompiledRules.Partial> partial = new ArrayList<>(1);
            try {
                compiled = CompiledRules.build(definition, partial::add);
            } catch (RuleSetException e) {
                problems.addAll(e.problems());
            }
            // What the compiler accepts but can never mean. Signals are known only while no Java
            // code beside the rule files can derive them.
            boolean phased = compiled != null ? compiled.phased() : partial.get(0).phased();
            problems.addAll(SilentMistakes.check(own, all, classLoader,
                    safetyCheck && allowedPackages.equals(RuleSafety.BUILT_IN_PACKAGES), phased));
            List<RuleSetException.Problem> untranslated = untranslated(bundle, bundle.layers() - defaultMessages.layers());
            untranslated.addAll(untitled(ownItems, bundle));
            // The texts your calls name, in each language served, without waiting for a profile they
            // fire on. Only your files are checked: with none, as Advisor.defaults() at start-up,
            // nothing is done. Only the rules that would run are, as far as a rule set with problems
            // tells (CompiledRules.Partial).
            List<RuleSetException.Problem> calls = List.of();
            // Without all of your texts, each key they hold would be a problem of its own.
            boolean messagesRead = problems.stream().skip(messageProblems).noneMatch(p -> p.file().equals("addMessages"));
            if (!own.isEmpty() && messagesRead) {
                Set<String> runs = compiled == null ? partial.get(0).runs() : compiled.described().stream()
                        .map(rule -> rule.file() + "\n" + rule.name()).collect(Collectors.toSet());
                calls = MessageCalls.check(own, bundle,
                        verificationLocales.isEmpty() ? List.of(locale) : List.copyOf(verificationLocales),
                        (file, rule) -> runs.contains(file + "\n" + rule));
            }
            // Every problem so far at once; where one is, runs of the profiles could only fail on it again.
            if (!problems.isEmpty() || !calls.isEmpty()) {
                problems.addAll(untranslated);
                problems.addAll(calls);
                throw new RuleSetException(problems);
            }
            Advisor advisor = new Advisor(new Engine(compiled, firingLimit), locale);
            Verification failures = new Verification();
            List<RuleExecutionException> causes = new ArrayList<>();
            for (Locale language : verificationLocales.isEmpty() ? Set.of(locale) : verificationLocales) {
                String in = verificationLocales.isEmpty() ? "" : language.toLanguageTag();
                for (int i = 0; i < verificationProfiles.size(); i++) {
                    OrgProfile profile = verificationProfiles.get(i);
                    verify(() -> advisor.advise(profile, language),
                            "profile " + (i + 1) + " (\"" + profile.name() + "\")", in, failures, causes);
                }
                for (int i = 0; i < verificationCandidates.size(); i++) {
                    CandidateProfile candidate = verificationCandidates.get(i);
                    verify(() -> advisor.advise(candidate, language), "candidate profile " + (i + 1), in, failures,
                            causes);
                }
            }
            if (!untranslated.isEmpty() || !failures.isEmpty()) {
                untranslated.addAll(failures.problems());
                RuleSetException failed = new RuleSetException(untranslated);
                // The stack traces of exceptions the rules threw, for whoever debugs them.
                causes.forEach(failed::addSuppressed);
                throw failed;
            }
            return advisor;
        }

        /**
         * Your rule files but those named like a default rule file, for which {@code problems} gets
         * one each: only the first file of a name is compiled, and "added twice" would not say why.
         */
        private List<RuleSource> notNamedLikeDefaults(List<RuleSource> defaultSources,
                List<RuleSetException.Problem> problems) {
            Map<String, RuleSource> defaults = defaultSources.stream()
                    .collect(Collectors.toMap(RuleSource::name, source -> source));
            List<RuleSource> own = new ArrayList<>();
            for (RuleSource source : sources) {
                RuleSource taken = defaults.get(source.name());
                if (taken == null) {
                    own.add(source);
                } else {
                    problems.add(new RuleSetException.Problem(source.name(), 0, Optional.empty(), taken.equals(source)
                            ? "this is a default rule file, which every rule set has unless built withoutDefaultRules(): "
                                    + "it need not be added"
                            : "this is the name of a default rule file: give your file a name of its own. To replace "
                                    + "a default rule, give your rule its name and mark it @override; to leave one "
                                    + "out, disableRule(name)"));
                }
            }
            return own;
        }

        /**
         * For each language given to {@link #verifyIn}, the texts of your {@code own} message layers
         * that its callers would get in English, one problem per bundle family.
         */
        private List<RuleSetException.Problem> untranslated(MessageSource texts, int own) {
            List<RuleSetException.Problem> problems = new ArrayList<>();
            // zh and zh-CN look texts up alike: one problem, under the first of them given.
            Set<Locale> lookedUp = new HashSet<>();
            for (Locale language : verificationLocales) {
                if (!lookedUp.add(Languages.forLookup(language))) {
                    continue;
                }
                for (MessageSource.Untranslated family : texts.untranslated(language, own)) {
                    List<String> keys = family.keys();
                    problems.add(new RuleSetException.Problem("verifyIn", 0, Optional.empty(), "in "
                            + language.toLanguageTag() + ", " + keys.size() + (keys.size() == 1 ? " text" : " texts")
                            + " of the " + family.family() + (keys.size() == 1 ? " has no translation and shows"
                                    : " have no translation and show") + " in English: " + firstOf(keys)));
                }
            }
            return problems;
        }

        /** The first {@value #UNTRANSLATED_SHOWN} of {@code names}, and how many more there are. */
        private static String firstOf(List<String> names) {
            int shown = Math.min(names.size(), UNTRANSLATED_SHOWN);
            return String.join(", ", names.subList(0, shown))
                    + (shown < names.size() ? " and " + (names.size() - shown) + " more" : "");
        }

        /** The key of a knowledge item's title, before its ID, as the reports look it up. */
        private static final String KNOWLEDGE_TITLE = "knowledge.";

        /**
         * For each language given to {@link #verifyIn} that texts are written in, but English, your
         * knowledge items that have no title in it, nor in English ({@code knowledge.ID}): reports
         * show the catalogue's title for them, in English. (A title only in English is an
         * untranslated text.)
         */
        private List<RuleSetException.Problem> untitled(List<KnowledgeItem> own, MessageSource texts) {
            List<RuleSetException.Problem> problems = new ArrayList<>();
            Set<Locale> lookedUp = new HashSet<>();
            for (Locale language : verificationLocales) {
                if (!lookedUp.add(Languages.forLookup(language)) || !texts.writtenIn(language)) {
                    continue;
                }
                MessageBundle inLanguage = texts.forLocale(language);
                List<String> ids = own.stream().map(KnowledgeItem::id)
                        .filter(id -> inLanguage.text(KNOWLEDGE_TITLE + id).isEmpty()).toList();
                if (!ids.isEmpty()) {
                    problems.add(new RuleSetException.Problem("verifyIn", 0, Optional.empty(), "in "
                            + language.toLanguageTag() + ", " + ids.size() + (ids.size() == 1
                                    ? " knowledge item of yours has no title and shows" : " knowledge items of yours"
                                    + " have no title and show") + " the catalogue's, in English: " + firstOf(ids)
                            + " (a text " + KNOWLEDGE_TITLE + ids.get(0) + " in your messages gives one)"));
                }
            }
            return problems;
        }

        private static void verify(Runnable advise, String which, String language, Verification failures,
                List<RuleExecutionException> causes) {
            try {
                advise.run();
            } catch (RuleExecutionException e) {
                causes.add(e);
                e.problems().forEach(problem -> failures.add(problem, which, language));
            }
        }

        /**
         * The problems of the verifying runs, each said once: a rule's slip shows on every profile
         * and in every language, and a list of the same line over and over would hide the others.
         */
        private static final class Verification {
            /** Problem, then the profiles it showed on, then the languages it showed in there. */
            private final Map<String, Map<String, Set<String>>> seen = new LinkedHashMap<>();

            /** A run may give one problem more than once (a rule that fires twice): it is one problem. */
            void add(String problem, String which, String language) {
                Set<String> languages = seen.computeIfAbsent(problem, p -> new LinkedHashMap<>())
                        .computeIfAbsent(which, w -> new LinkedHashSet<>());
                if (!language.isEmpty()) {
                    languages.add(language);
                }
            }

            boolean isEmpty() {
                return seen.isEmpty();
            }

            /** "profile 1 (\"A\"), profile 2 (\"B\") in en, zh-CN: problem", for the profiles that share languages. */
            List<RuleSetException.Problem> problems() {
                List<RuleSetException.Problem> problems = new ArrayList<>();
                seen.forEach((problem, profiles) -> {
                    Map<List<String>, List<String>> byLanguages = new LinkedHashMap<>();
                    profiles.forEach((which, languages) ->
                            byLanguages.computeIfAbsent(List.copyOf(languages), l -> new ArrayList<>()).add(which));
                    byLanguages.forEach((languages, which) -> problems.add(new RuleSetException.Problem("verifyWith", 0,
                            Optional.empty(), String.join(", ", which)
                                    + (languages.isEmpty() ? "" : " in " + String.join(", ", languages)) + ": " + problem)));
                });
                return problems;
            }
        }

        /** Your knowledge items that can join {@code base}, in order; a problem for each whose ID is taken. */
        private List<KnowledgeItem> ownKnowledge(KnowledgeCatalogue base, List<RuleSetException.Problem> problems) {
            Set<String> added = new HashSet<>();
            List<KnowledgeItem> joining = new ArrayList<>();
            for (AddedKnowledge own : knowledge) {
                String id = own.item().id();
                boolean inCatalogue = base.contains(id);
                if (!inCatalogue && added.add(id)) {
                    joining.add(own.item());
                } else {
                    problems.add(new RuleSetException.Problem(own.file(), own.line(), Optional.empty(),
                            "knowledge ID " + id + " is already " + (inCatalogue ? "in the catalogue" : "added")
                                    + "; give your item an ID of its own"));
                }
            }
            return joining;
        }

        /** A knowledge item you added and where it came from: a file and line, or {@code addKnowledge} and 0. */
        private record AddedKnowledge(KnowledgeItem item, String file, int line) {
        }
    }
}
