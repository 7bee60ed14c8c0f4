package dev.mlteams.advisor.cli;

import java.nio.charset.Charset;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A parsed command line: the command, its positional arguments and its options. Options take a
 * value ({@code --lang zh-CN} or {@code --lang=zh-CN}) and may come anywhere after the command;
 * after {@code --}, everything is a positional argument.
 * Hand-written rather than picocli: picocli's classes are Java 5 bytecode, which class-data
 * sharing cannot archive, and loading them cost about 0.13 s of every run.
 *
 * @param command     recommend, candidate, compare, why-not or rules
 * @param positionals the arguments that are not options, in order
 * @param options     option name (without dashes) to value
 */
record Arguments(String command, List<String> positionals, Map<String, String> options) {

    /** Each command, the names of its positional arguments, and the options it accepts. */
    enum Command {
        RECOMMEND("recommend", List.of("PROFILE"), Set.of("lang", "rules", "format")),
        CANDIDATE("candidate", List.of("PROFILE"), Set.of("lang", "rules", "format")),
        COMPARE("compare", List.of("BEFORE", "AFTER"), Set.of("lang", "rules")),
        WHY_NOT("why-not", List.of("PROFILE", "ITEM"), Set.of("lang", "rules")),
        RULES("rules", List.of(), Set.of("lang", "rules"));

        final String word;
        final List<String> parameters;
        final Set<String> options;

        Command(String word, List<String> parameters, Set<String> options) {
            this.word = word;
            this.parameters = parameters;
            this.options = options;
        }

        static Optional<Command> named(String word) {
            for (Command command : values()) {
                if (command.word.equals(word)) {
                    return Optional.of(command);
                }
            }
            return Optional.empty();
        }
    }

    /** A command line that does not fit the usage; the message says what is wrong. */
    static final class UsageException extends RuntimeException {
        UsageException(String message) {
            super(message);
        }
    }

    /**
     * @throws UsageException if the command is unknown, an option is unknown, repeated, without a
     *                        value or with a value it does not take, or the number of positional
     *                        arguments is wrong
     */
    static Arguments parse(String... args) {
        if (args.length == 0) {
            throw new UsageException("no command given");
        }
        Command command = Command.named(args[0])
                .orElseThrow(() -> new UsageException("unknown command '" + args[0] + "'"));
        List<String> positionals = new ArrayList<>();
        Map<String, String> options = new LinkedHashMap<>();
        boolean optionsEnded = false;
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (optionsEnded || !arg.startsWith("--")) {
                positionals.add(arg);
                continue;
            }
            if (arg.equals("--")) {
                optionsEnded = true;
                continue;
            }
            int equals = arg.indexOf('=');
            String name = arg.substring(2, equals < 0 ? arg.length() : equals);
            if (!command.options.contains(name)) {
                throw new UsageException("unknown option '--" + name + "' for " + command.word);
            }
            String value;
            if (equals >= 0) {
                value = arg.substring(equals + 1);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                throw new UsageException("--" + name + " needs a value");
            }
            if (value.isBlank()) {
                // An empty --rules would otherwise mean the current directory.
                throw new UsageException("--" + name + " needs a value, not an empty one");
            }
            if (options.put(name, value) != null) {
                throw new UsageException("--" + name + " given twice");
            }
        }
        if (positionals.size() != command.parameters.size()) {
            throw new UsageException(command.word + " takes " + String.join(" ", command.parameters) + ", but got "
                    + positionals.size() + " argument(s)");
        }
        Arguments arguments = new Arguments(command.word, List.copyOf(positionals), Map.copyOf(options));
        // Option values are checked here, for every command, before any file is read.
        arguments.locale();
        arguments.json();
        return arguments;
    }

    String positional(int index) {
        return positionals.get(index);
    }

    /** @throws IllegalArgumentException if the argument cannot be a file name (see {@link #fileName}) */
    Path path(int index) {
        return fileName(positionals.get(index));
    }

    /**
     * The language of the advice: {@code --lang en} (the default) or {@code zh-CN}, as a BCP 47 tag
     * in any case; {@code en-US} reads as English, and every tag the library reads as Simplified
     * Chinese reads so here: a bare {@code zh}, {@code zh-SG}, {@code zh-MY} and {@code zh-Hans}
     * with or without a region; Java's own form ({@code zh_CN}) too. Other languages, Traditional
     * Chinese among them, are refused, so a typo is not read as English.
     */
    Locale locale() {
        String language = options.getOrDefault("lang", "en");
        Locale asked = Locale.forLanguageTag(language.replace('_', '-'));
        if (asked.getLanguage().equals("en")) {
            return Locale.ENGLISH;
        }
        if (asked.getLanguage().equals("zh") && (asked.getScript().isEmpty()
                ? Set.of("", "CN", "SG", "MY").contains(asked.getCountry())
                : asked.getScript().equals("Hans"))) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        throw new UsageException("--lang must be en or zh-CN, not '" + language + "'");
    }

    /**
     * Whether {@code recommend} or {@code candidate} writes JSON ({@code --format json}) rather than
     * Markdown (the default).
     */
    boolean json() {
        String format = options.getOrDefault("format", "markdown");
        return switch (format) {
            case "markdown" -> false;
            case "json" -> true;
            default -> throw new UsageException("--format must be markdown or json, not '" + format + "'");
        };
    }

    /** @throws IllegalArgumentException if the value cannot be a file name (see {@link #fileName}) */
    Optional<Path> rules() {
        return Optional.ofNullable(options.get("rules")).map(Arguments::fileName);
    }

    /**
     * {@code name} as a path. The JVM decodes its arguments and encodes file names in the locale's
     * character set ({@code sun.jnu.encoding}, whatever {@code file.encoding} says): under the C or
     * POSIX locale that is ASCII, so a name such as {@code 档案.yaml} arrives as U+FFFD characters,
     * which no file name in that set can hold.
     *
     * @throws IllegalArgumentException saying what to do, instead of Path.of's "Malformed input or
     *                                  input contains unmappable characters"
     */
    private static Path fileName(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            // Only here, on failure, is the locale's character set looked up: start-up time matters.
            throw new IllegalArgumentException(unusableFileName(name, e.getReason(), fileNameCharset()), e);
        }
    }

    /** Why {@code name}, which Path.of refused for {@code reason}, cannot be used, in one line. */
    static String unusableFileName(String name, String reason, Charset fileNames) {
        if (!fileNames.newEncoder().canEncode(name)) {
            return "cannot use the file name '" + name.replace('\uFFFD', '?') + "': the locale's character set ("
                    + fileNames.name() + ") cannot represent it; run advisor under a UTF-8 locale, for example"
                    + " LC_ALL=C.UTF-8";
        }
        return "cannot use the file name '" + name + "': " + reason;
    }

    private static Charset fileNameCharset() {
        // sun.jnu.encoding is not a standard property; native.encoding (JDK 17) also names the
        // locale's character set.
        try {
            return Charset.forName(System.getProperty("sun.jnu.encoding", System.getProperty("native.encoding")));
        } catch (IllegalArgumentException e) {
            return Charset.defaultCharset();
        }
    }
}
