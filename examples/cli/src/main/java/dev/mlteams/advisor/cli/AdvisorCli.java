package dev.mlteams.advisor.cli;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.ProfileValidationException;
import dev.mlteams.advisor.RuleExecutionException;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.AdviceMarkdown;
import dev.mlteams.advisor.report.WhyNotText;
import dev.mlteams.advisor.scenarios.ProfileReader;
import dev.mlteams.advisor.scenarios.ScenarioException;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * {@code advisor recommend | candidate | compare | why-not | rules}: ML team advice on YAML profiles of
 * companies and job candidates from the command line. Exit codes: 0 done, 2 bad input (a one-line
 * error naming the field or argument; the usage, for no arguments at all), 1 anything else.
 */
public final class AdvisorCli {

    static final String USAGE = """
            Usage: advisor COMMAND [--lang en|zh-CN] [--rules DIR] ARGUMENTS
                   advisor --help | --version
            Explainable advice on how to organise and hire an ML team. Output is UTF-8,
            whatever the platform's locale.

            Commands:
              recommend PROFILE [--format markdown|json]
                  Advice for the company in a YAML or JSON profile file.
              candidate PROFILE [--format markdown|json]
                  Advice for the job candidate in a YAML or JSON profile file.
              compare BEFORE AFTER
                  What changes in the advice from one profile to another.
              why-not PROFILE ITEM
                  Why an item (a message key, e.g. practice.portfolio) was or was not given.
              rules
                  Every rule of the rule set, with its file and line: the names to give
                  @override and disableRule.

            Options of every command:
              --lang en|zh-CN  Language of the advice of recommend and candidate (default en).
                               compare, why-not and rules accept it, but their output (English
                               headings, message keys, enum names and rule names) does not
                               depend on it.
              --rules DIR      A directory of your own .drl files (with messages.properties and
                               knowledge.tsv if they define keys or knowledge IDs, and
                               messages_zh_CN.properties for --lang zh-CN), added to the
                               default rules.

            Exit codes: 0 done; 2 a usage error, or a profile or rule file that cannot be used;
            1 the rules failed on the profile, or the output could not be written.
            """;

    /** The base name of a --rules directory's message files: messages.properties, messages_zh_CN.properties. */
    private static final String MESSAGES = "messages";

    private final PrintStream out;
    private final PrintStream err;

    private AdvisorCli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        // Loading the default rules takes longer than anything before it, so it starts at once on
        // a second thread; a command that needs them waits in Advisor.defaults().
        Thread warmUp = new Thread(AdvisorCli::loadDefaultRules, "advisor-cli-warm-up");
        warmUp.setDaemon(true);
        warmUp.start();
        // UTF-8 whatever the locale: the reports are documents (JSON must be UTF-8), and on a
        // C or POSIX locale the JVM's default would turn every Chinese character into '?'.
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        int exit = new AdvisorCli(out, err).run(args);
        // A PrintStream keeps write errors to itself (a full disk, a closed pipe): ask for them.
        if (out.checkError() && exit == 0) {
            err.println("error: the output could not be written");
            exit = 1;
        }
        System.exit(exit);
    }

    private static void loadDefaultRules() {
        try {
            Advisor.defaults();
        } catch (RuntimeException e) {
            // Not reported here: a command that needs the default rules asks again and reports it.
        }
    }

    /**
     * "advisor" and the version in the jar's manifest (maven-jar-plugin's Implementation-Version).
     * Run from compiled classes, as the unit tests run it, there is no manifest to read it from.
     */
    static String version() {
        String version = AdvisorCli.class.getPackage().getImplementationVersion();
        return "advisor " + (version == null ? "(version unknown: not run from its jar)" : version);
    }

    /**
     * Runs one command line and returns its exit code; errors are one line on the error stream,
     * except for no arguments at all, which get the whole usage there.
     */
    int run(String... args) {
        if (args.length == 0) {
            // A usage error like any other, so that a script sees it fail; the usage says what to give.
            err.print(USAGE);
            return 2;
        }
        // "advisor recommend --help" asks for help too.
        if (Arrays.stream(args).anyMatch(a -> a.equals("--help") || a.equals("-h"))) {
            out.print(USAGE);
            return 0;
        }
        if (args.length == 1 && List.of("--version", "-V").contains(args[0])) {
            out.println(version());
            return 0;
        }
        Arguments arguments = null;
        try {
            arguments = Arguments.parse(args);
            switch (arguments.command()) {
                case "recommend" -> recommend(arguments);
                case "candidate" -> candidate(arguments);
                case "compare" -> compare(arguments);
                case "rules" -> rules(arguments);
                default -> whyNot(arguments);
            }
            return 0;
        } catch (Arguments.UsageException e) {
            err.println("error: " + e.getMessage() + " (advisor --help shows the usage)");
            return 2;
        } catch (ProfileValidationException invalid) {
            err.println("error: invalid profile: " + String.join("; ",
                    invalid.problems().stream().map(Object::toString).toList()));
            return 2;
        } catch (ScenarioException unreadable) {
            err.println("error: " + unreadable.getMessage().lines().findFirst().orElse("") + " "
                    + String.join("; ", unreadable.problems()));
            return 2;
        } catch (RuleSetException broken) {
            Arguments given = arguments;
            err.println(ruleSetProblems(broken.problems().stream().map(p -> inCliTerms(p.toString(), given)).toList(),
                    missingTextsHint(given, broken.problems().stream().map(Object::toString).toList())));
            return 2;
        } catch (IllegalArgumentException | UncheckedIOException e) {
            err.println("error: " + e.getMessage());
            return 2;
        } catch (RuleExecutionException failed) {
            String hint = missingTextsHint(arguments, failed.problems());
            err.println("error: the rules could not give advice: " + String.join("; ", failed.problems())
                    + (hint.isEmpty() ? "" : "; " + hint));
            return 1;
        } catch (AdvisorException failed) {
            err.println("error: " + failed.getMessage().replace('\n', ' '));
            return 1;
        }
    }

    private void recommend(Arguments arguments) {
        boolean json = arguments.json();
        // The profile is read first, while the default rules are still loading (see main).
        OrgProfile company = companyIn(arguments.path(0));
        Advisor advisor = advisor(arguments);
        Advice advice = advisor.advise(company, arguments.locale());
        out.print(json ? AdviceJson.write(advice) : AdviceMarkdown.render(advice, advisor));
    }

    private void candidate(Arguments arguments) {
        boolean json = arguments.json();
        // Read first, while the default rules are still loading, as in recommend.
        CandidateProfile candidate = candidateIn(arguments.path(0));
        Advisor advisor = advisor(arguments);
        CandidateAdvice advice = advisor.advise(candidate, arguments.locale());
        out.print(json ? AdviceJson.write(advice) : AdviceMarkdown.render(advice, advisor));
    }

    /**
     * The company's profile in {@code file}. A job candidate's profile there is an error that names
     * the command for it, rather than a list of the company's fields it lacks.
     */
    private static OrgProfile companyIn(Path file) {
        return profileIn(file, ProfileReader::read, ProfileReader::readCandidate,
                "this is a job candidate's profile, not a company's; advisor candidate " + file + " gives its advice");
    }

    /** The job candidate's profile in {@code file}; a company's profile there names its command, as above. */
    private static CandidateProfile candidateIn(Path file) {
        return profileIn(file, ProfileReader::readCandidate, ProfileReader::read,
                "this is a company's profile, not a job candidate's; advisor recommend " + file + " gives its advice");
    }

    /** The profile {@code reader} reads; if it cannot, but {@code otherKind} can, the error is {@code hint}. */
    private static <T> T profileIn(Path file, Function<Path, T> reader, Function<Path, ?> otherKind, String hint) {
        try {
            return reader.apply(file);
        } catch (ScenarioException unreadable) {
            // The file is read a second time only here, on the way to an error.
            try {
                otherKind.apply(file);
            } catch (ScenarioException notTheOtherKindEither) {
                throw unreadable;
            }
            throw new ScenarioException(file.toString(), List.of(hint));
        }
    }

    private void compare(Arguments arguments) {
        Path before = arguments.path(0);
        Path after = arguments.path(1);
        AdviceComparison comparison = advisor(arguments).compare(companyIn(before), companyIn(after));
        out.println("# What changes from " + before.getFileName() + " to " + after.getFileName());
        out.println();
        out.println("## Profile fields");
        list(comparison.changedFields().stream().map(f -> f.field() + ": " + f.before() + " -> " + f.after()).toList());
        out.println();
        out.println("## Advice");
        if (comparison.changes().isEmpty()) {
            // Items are compared by what they say, not their wording: a text quoting a changed field
            // differs, and "no change" alone would deny it.
            out.println(comparison.changedFields().isEmpty() ? "- no change"
                    : "- no change in what the advice says; texts that quote a changed field show its new value");
        }
        for (Change change : comparison.changes()) {
            out.println("- " + change.aspect() + " " + change.subject() + ": " + change.before() + " -> "
                    + change.after() + " (rules: " + String.join("; ", change.rules()) + "; fields: "
                    + (change.fields().isEmpty() ? "none" : String.join(", ", change.fields())) + ")");
        }
        out.println();
        out.println("## Rules that fired only before");
        list(comparison.rulesOnlyBefore());
        out.println();
        out.println("## Rules that fired only after");
        list(comparison.rulesOnlyAfter());
    }

    /** A Markdown list; "- none" rather than nothing under a heading. */
    private void list(List<String> items) {
        if (items.isEmpty()) {
            out.println("- none");
        }
        items.forEach(item -> out.println("- " + item));
    }

    /**
     * The problems of the rules in --rules, the first on the error's line; each other one on a line of
     * its own, indented, and the further lines of a problem (a Drools message's "[Near : ...]" and its
     * caret, say) indented more, as they are, so that the caret stays under what it points at. One
     * problem of one line stays one line, with the hint after it.
     */
    private static String ruleSetProblems(List<String> problems, String hint) {
        StringBuilder text = new StringBuilder("error: the rules in --rules have " + problems.size()
                + (problems.size() == 1 ? " problem: " : " problems: "));
        for (int i = 0; i < problems.size(); i++) {
            List<String> lines = problems.get(i).strip().lines().map(String::stripTrailing).toList();
            text.append(i == 0 ? "" : "\n  ").append(lines.get(0));
            lines.subList(1, lines.size()).forEach(line -> text.append("\n    ").append(line));
        }
        boolean oneLine = text.indexOf("\n") < 0;
        if (!hint.isEmpty()) {
            text.append(oneLine ? "; " : "\n  ").append(hint);
        }
        return text.toString();
    }

    /** A problem's advice for a Java caller, said for the files in {@code --rules} instead. */
    private static String inCliTerms(String problem, Arguments arguments) {
        return arguments == null || arguments.rules().isEmpty() ? problem
                : problem.replace("(register your own IDs with Advisor.Builder.addKnowledge)", "(add a line for it to "
                        + arguments.rules().get().resolve("knowledge.tsv") + ": ID, step, yes or no, title, tab-separated)");
    }

    /**
     * With {@code --rules DIR}, where the texts that the rules' problems say are missing go; the
     * library, which does not know the directory, words the problem itself (see Collector and
     * MessageCalls).
     */
    private static String missingTextsHint(Arguments arguments, List<String> problems) {
        if (arguments == null || arguments.rules().isEmpty()
                || problems.stream().noneMatch(p -> p.contains("which the message bundle lacks"))) {
            return "";
        }
        return "add the missing texts to " + messagesFile(arguments) + ", one \"key = text\" line each";
    }

    private static Path messagesFile(Arguments arguments) {
        return arguments.rules().orElseThrow().resolve(MESSAGES + ".properties");
    }

    private void whyNot(Arguments arguments) {
        String item = arguments.positional(1);
        OrgProfile company = companyIn(arguments.path(0));
        Advisor advisor = advisor(arguments);
        WhyNot why;
        try {
            why = advisor.whyNot(company, item);
        } catch (IllegalArgumentException unknownKey) {
            // An item is asked for by its key, which only the JSON report shows; or, with rules of
            // one's own, the key's text may be what is missing, rather than the key mistyped.
            String hint = unknownKey.getMessage().contains("did you mean") ? ""
                    : "; an item's key is its \"key\" in the JSON report (advisor recommend " + arguments.positional(0)
                            + " --format json)";
            if (arguments.rules().isEmpty()) {
                throw new IllegalArgumentException(unknownKey.getMessage() + hint, unknownKey);
            }
            throw new IllegalArgumentException(unknownKey.getMessage() + "; if your rules emit it, add a line \""
                    + item + " = its text\" to " + messagesFile(arguments) + hint, unknownKey);
        }
        out.print(WhyNotText.render(why));
    }

    /** One line per rule, in file and line order: where it is, then its name. */
    private void rules(Arguments arguments) {
        for (Advisor.Rule rule : advisor(arguments).rules()) {
            out.println(rule.file() + ":" + rule.line() + "  " + rule.name());
        }
    }

    /** The advisor: the defaults, or the defaults plus the files in {@code --rules}. */
    private static Advisor advisor(Arguments arguments) {
        if (arguments.rules().isEmpty()) {
            return Advisor.defaults();
        }
        Path rules = arguments.rules().get();
        Advisor.Builder builder = Advisor.builder().addRules(rules).locale(arguments.locale());
        Path knowledge = rules.resolve("knowledge.tsv");
        if (Files.isRegularFile(knowledge)) {
            builder.addKnowledge(knowledge);
        }
        if (Files.isRegularFile(rules.resolve(MESSAGES + ".properties"))) {
            // A bundle family, so that messages_zh_CN.properties beside it serves --lang zh-CN.
            builder.addMessages(rules, MESSAGES);
        }
        return builder.build();
    }
}
