package dev.mlteams.advisor.cli;

import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.Advisor;
import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.ProfileValidationException;
import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.analysis.AdviceComparison;
import dev.mlteams.advisor.analysis.Change;
import dev.mlteams.advisor.analysis.WhyNot;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import dev.mlteams.advisor.report.AdviceJson;
import dev.mlteams.advisor.report.AdviceMarkdown;
import dev.mlteams.advisor.scenarios.ProfileReader;
import dev.mlteams.advisor.scenarios.ScenarioException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code advisor recommend | compare | why-not}: ML team advice on YAML profiles from the command
 * line. Exit codes: 0 done, 2 bad input (a one-line error naming the field), 1 anything else.
 */
@Command(name = "advisor", mixinStandardHelpOptions = true, version = "advisor 0.1.0",
        description = "Explainable advice on how to organise and hire an ML team.",
        subcommands = {AdvisorCli.Recommend.class, AdvisorCli.Compare.class, AdvisorCli.WhyNotCommand.class})
public final class AdvisorCli implements Callable<Integer> {

    /** Output format of {@code recommend}. */
    enum Format {
        markdown, json
    }

    /** Options every subcommand shares. */
    static class Common {
        @Option(names = "--lang", defaultValue = "en", description = "Language of the advice: en or zh-CN.")
        String language;

        @Option(names = "--rules", description = "A directory of your own .drl files (with messages.properties "
                + "and knowledge.tsv if they define keys or knowledge IDs), added to the default rules.")
        Path rules;

        Locale locale() {
            return switch (language) {
                case "en" -> Locale.ENGLISH;
                case "zh-CN" -> Locale.SIMPLIFIED_CHINESE;
                default -> throw new IllegalArgumentException("--lang must be en or zh-CN, not '" + language + "'");
            };
        }

        /** The advisor, after checking the options every subcommand shares. */
        Advisor advisor() {
            locale();
            if (rules == null) {
                return Advisor.defaults();
            }
            Advisor.Builder builder = Advisor.builder().addRules(rules).locale(locale());
            Path knowledge = rules.resolve("knowledge.tsv");
            if (Files.isRegularFile(knowledge)) {
                try (Reader reader = Files.newBufferedReader(knowledge, StandardCharsets.UTF_8)) {
                    KnowledgeCatalogue.parse(knowledge.toString(), reader).items().forEach(builder::addKnowledge);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            Path messages = rules.resolve("messages.properties");
            if (Files.isRegularFile(messages)) {
                builder.addMessages(messages);
            }
            return builder.build();
        }
    }

    @Command(name = "recommend", description = "Advice for the company in a profile file.")
    static final class Recommend implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "PROFILE", description = "A YAML or JSON profile.")
        Path profile;

        @Option(names = "--format", defaultValue = "markdown", description = "markdown or json.")
        Format format;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            Advisor advisor = common.advisor();
            Advice advice = advisor.advise(ProfileReader.read(profile), common.locale());
            PrintWriter out = spec.commandLine().getOut();
            out.print(format == Format.json ? AdviceJson.write(advice) : AdviceMarkdown.render(advice, advisor));
            out.flush();
            return 0;
        }
    }

    @Command(name = "compare", description = "What changes in the advice from one profile to another.")
    static final class Compare implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "BEFORE")
        Path before;

        @Parameters(index = "1", paramLabel = "AFTER")
        Path after;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            AdviceComparison comparison = common.advisor().compare(ProfileReader.read(before), ProfileReader.read(after));
            PrintWriter out = spec.commandLine().getOut();
            out.println("# What changes from " + before.getFileName() + " to " + after.getFileName());
            out.println();
            out.println("## Profile fields");
            comparison.changedFields().forEach(f -> out.println("- " + f.field() + ": " + f.before() + " -> " + f.after()));
            out.println();
            out.println("## Advice");
            if (comparison.changes().isEmpty()) {
                out.println("- no change");
            }
            for (Change change : comparison.changes()) {
                out.println("- " + change.aspect() + " " + change.subject() + ": " + change.before() + " -> "
                        + change.after() + " (rules: " + String.join("; ", change.rules()) + "; fields: "
                        + String.join(", ", change.fields()) + ")");
            }
            out.println();
            out.println("## Rules that fired only before");
            comparison.rulesOnlyBefore().forEach(r -> out.println("- " + r));
            out.println();
            out.println("## Rules that fired only after");
            comparison.rulesOnlyAfter().forEach(r -> out.println("- " + r));
            out.flush();
            return 0;
        }
    }

    @Command(name = "why-not", description = "Why an item (a message key) was or was not given.")
    static final class WhyNotCommand implements Callable<Integer> {
        @CommandLine.Mixin
        Common common = new Common();

        @Parameters(index = "0", paramLabel = "PROFILE")
        Path profile;

        @Parameters(index = "1", paramLabel = "ITEM", description = "A message key, e.g. practice.portfolio.")
        String item;

        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            WhyNot why = common.advisor().whyNot(ProfileReader.read(profile), item);
            PrintWriter out = spec.commandLine().getOut();
            out.println(item + (why.produced().isEmpty() ? " was not given." : " was given."));
            if (why.rules().isEmpty()) {
                out.println("No rule gives " + item + ".");
            }
            for (WhyNot.RuleDiagnosis rule : why.rules()) {
                out.println();
                out.println("rule \"" + rule.rule() + "\"" + (rule.fired() ? " fired" : " did not fire"));
                for (WhyNot.ConditionCheck check : rule.conditions()) {
                    out.println("  " + switch (check.outcome()) {
                        case MET -> "[met]     ";
                        case NOT_MET -> "[NOT MET] ";
                        case NOT_EVALUATED -> "[?]       ";
                    } + check.pattern() + "( " + check.condition().replaceAll("\\s+", " ") + " )   actual: "
                            + check.actual());
                }
            }
            out.flush();
            return 0;
        }
    }

    @Override
    public Integer call() {
        new CommandLine(this).usage(System.out);
        return 0;
    }

    /** The command line with this program's error handling: bad input is one line and exit code 2. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new AdvisorCli());
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            if (e instanceof ProfileValidationException invalid) {
                err.println("error: invalid profile: " + String.join("; ",
                        invalid.problems().stream().map(Object::toString).toList()));
                err.flush();
                return 2;
            }
            if (e instanceof ScenarioException unreadable) {
                err.println("error: " + unreadable.getMessage().lines().findFirst().orElse("") + " "
                        + String.join("; ", unreadable.problems()));
                err.flush();
                return 2;
            }
            if (e instanceof RuleSetException broken) {
                err.println("error: the rules in --rules have " + broken.problems().size() + " problem(s): "
                        + String.join("; ", broken.problems().stream().map(Object::toString).toList()));
                err.flush();
                return 2;
            }
            if (e instanceof IllegalArgumentException || e instanceof UncheckedIOException) {
                err.println("error: " + e.getMessage());
                err.flush();
                return 2;
            }
            if (e instanceof AdvisorException failed) {
                err.println("error: " + failed.getMessage().replace('\n', ' '));
                err.flush();
                return 1;
            }
            throw e;
        });
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
