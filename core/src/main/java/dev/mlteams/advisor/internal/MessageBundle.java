package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.advice.Message;
import java.text.ChoiceFormat;
import java.text.Format;
import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.regex.Pattern;

/**
 * Renders message keys and arguments into text for one locale. Bundles are layered: the first
 * that has a key wins, so a user bundle can add keys and reword default ones. Immutable and
 * thread-safe.
 *
 * <p>Rendering runs once per advice item on every call, so the layers are flattened into one map
 * up front and each pattern is parsed at most once. A pattern whose placeholders are all plain
 * ({@code {0}}, no format type, no quotes) is filled in directly when its arguments are text or
 * numbers, printing what {@link MessageFormat} would; anything else goes through a clone of the
 * parsed {@code MessageFormat} (which, like {@code NumberFormat}, is not thread-safe).
 */
public final class MessageBundle {

    /** Words for every value of the vocabulary, in English and Chinese: the reports' own texts. */
    private static final String VOCABULARY = "dev.mlteams.advisor.report.report";

    private final Map<String, String> patterns;
    private final Locale locale;
    private final ConcurrentMap<String, Template> templates = new ConcurrentHashMap<>();
    /** The word for each enum constant shown so far: looked up on every call, so kept. */
    private final ConcurrentMap<Enum<?>, String> words = new ConcurrentHashMap<>();

    MessageBundle(List<ResourceBundle> layers, Locale locale) {
        Map<String, String> flat = new HashMap<>();
        for (ResourceBundle layer : layers) {
            for (String key : layer.keySet()) {
                // A value that is not text is skipped, as if the layer lacked the key.
                if (!flat.containsKey(key) && layer.getObject(key) instanceof String text) {
                    flat.put(key, text);
                }
            }
        }
        this.patterns = Map.copyOf(flat);
        this.locale = locale;
    }

    /**
     * Each of {@code texts} that would not show as written, as "key: why", in key order: a pattern
     * {@link MessageFormat} cannot read (a brace left open, an unknown format type) or one with a
     * lone quote, and a plain text ({@link #isPlainText}) with a doubled quote. A broken pattern
     * would otherwise fail each call that shows it; a quote, silently change the text.
     */
    public static List<String> malformed(Map<String, String> texts) {
        List<String> malformed = new ArrayList<>();
        new TreeMap<>(texts).forEach((key, text) -> {
            if (isPlainText(key)) {
                if (text.contains("''")) {
                    malformed.add(key + ": a plain text, shown as written, so '' shows two quotes: write ' for an"
                            + " apostrophe");
                }
                return;
            }
            try {
                new MessageFormat(text, Locale.ROOT);
                String quote = loneQuote(text);
                if (quote != null) {
                    malformed.add(key + ": " + quote);
                }
            } catch (IllegalArgumentException e) {
                malformed.add(key + ": " + e.getMessage());
            }
        });
        return malformed;
    }

    /**
     * Whether the text of {@code key} is shown as written rather than read as a pattern: the words
     * for enum values ({@code enum.Role.ML_ENGINEER}) and knowledge titles ({@code knowledge.A3}).
     */
    public static boolean isPlainText(String key) {
        return key.startsWith("enum.") || key.startsWith("knowledge.");
    }

    /**
     * Why a single quote in {@code pattern} would change its text, or null. Outside a placeholder,
     * a quote not doubled starts a quoted section: MessageFormat drops the quote and prints what it
     * quotes as written, so "Don't miss {0}" reads "Dont miss {0}". Quoting braces or a placeholder
     * (<code>'{'</code>, <code>'{0}'</code>) to show them is what quotes are for, and is kept. Inside a
     * placeholder a quote belongs to its format: a choice drops a single one, and a choice's text
     * that holds a placeholder is read as a pattern again, so its quotes are checked once more.
     */
    private static String loneQuote(String pattern) {
        int depth = 0;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'' && i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                i++;
            } else if (c == '\'' && depth > 0) {
                return "the single quote in \"" + around(pattern, i) + "\" is inside a placeholder, whose format drops"
                        + " it: write '' for an apostrophe, or put it outside the placeholder";
            } else if (c == '\'') {
                int close = pattern.indexOf('\'', i + 1);
                String quoted = close < 0 ? pattern.substring(i + 1) : pattern.substring(i + 1, close);
                if (!QUOTABLE.matcher(quoted).matches()) {
                    return "the single quote in \"" + around(pattern, i) + "\" starts a quoted section, which"
                            + " MessageFormat prints without the quote and with any {0} in it as written: write ''"
                            + " for an apostrophe";
                }
                i = close < 0 ? pattern.length() : close;
            } else if (c == '{') {
                depth++;
            } else if (c == '}' && depth > 0) {
                depth--;
            }
        }
        for (Format format : new MessageFormat(pattern, Locale.ROOT).getFormats()) {
            if (format instanceof ChoiceFormat choice) {
                for (Object text : choice.getFormats()) {
                    String branch = (String) text;
                    String inBranch = branch.indexOf('{') >= 0 ? loneQuote(branch) : null;
                    if (inBranch != null) {
                        return inBranch + " (a choice's text that holds a placeholder is read twice: write '''' there)";
                    }
                }
            }
        }
        return null;
    }

    /** What a quoted section may hold: braces, and digits between them, shown as written. */
    private static final Pattern QUOTABLE = Pattern.compile("[{}0-9]+");

    /** The word around character {@code at}, to show where it is. */
    private static String around(String text, int at) {
        int start = at;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) {
            start--;
        }
        int end = at + 1;
        while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
            end++;
        }
        return text.substring(start, end);
    }

    /**
     * A text that cannot be shown as written, found when it is first read (texts of a classpath
     * family are): the bundle's slip, not the caller's, unlike an argument its format cannot take.
     */
    public static final class UnreadableText extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        UnreadableText(String message) {
            super(message);
        }

        UnreadableText(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** The language the texts are in, as a tag ({@code "zh-CN"}): the first a layer has texts in, else English. */
    public String language() {
        return locale.toLanguageTag();
    }

    /** The message key nearest {@code key}, if one is a likely typo of it; words and titles are not keys of items. */
    public Optional<String> nearestKey(String key) {
        return Nearest.to(key, patterns.keySet().stream().filter(k -> !isPlainText(k)).toList());
    }

    /** The text for {@code key} without arguments, if any layer has it. */
    public Optional<String> text(String key) {
        return Optional.ofNullable(patterns.get(key)).map(text -> plain(key, text));
    }

    /** The message for {@code key}, or empty if no layer has the key. */
    public Optional<Message> message(String key, Object... args) {
        String pattern = key == null ? null : patterns.get(key);
        if (pattern == null) {
            return Optional.empty();
        }
        Object[] given = args == null ? new Object[0] : args;
        String[] values = new String[given.length];
        Object[] shown = new Object[given.length];
        for (int i = 0; i < given.length; i++) {
            values[i] = Values.text(given[i]);
            shown[i] = display(given[i]);
        }
        return Optional.of(new Message(key, List.of(values), render(key, pattern, shown)));
    }

    /**
     * How many arguments the text for {@code key} uses: one more than its highest placeholder
     * ({@code "{0} of {1}"} uses 2), or 0 if no layer has the key.
     */
    public int arguments(String key) {
        String pattern = key == null ? null : patterns.get(key);
        return pattern == null ? 0 : template(key, pattern).arguments();
    }

    private String render(String key, String pattern, Object[] shown) {
        return template(key, pattern).format(shown);
    }

    /**
     * @throws IllegalArgumentException naming the key, if its text is not a pattern that shows as
     *                                  written: texts of a classpath family are first read here
     */
    private Template template(String key, String pattern) {
        return SharedCache.get(templates, key, k -> {
            try {
                String quote = loneQuote(pattern);
                if (quote != null) {
                    throw new IllegalArgumentException(quote);
                }
                return Template.of(pattern, locale);
            } catch (IllegalArgumentException e) {
                throw new UnreadableText("the text of message key \"" + key + "\": " + e.getMessage(), e);
            }
        });
    }

    /**
     * A parsed pattern: the literal text around its plain placeholders ({@code literals} is null
     * when the pattern needs {@link MessageFormat}: format types, quotes), the parsed format, and
     * how many arguments it uses (one more than its highest placeholder's index).
     */
    private record Template(String[] literals, int[] placeholders, MessageFormat format, NumberFormat numbers,
            int arguments) {

        static Template of(String pattern, Locale locale) {
            List<String> literals = new ArrayList<>();
            List<Integer> placeholders = new ArrayList<>();
            int start = 0;
            boolean plain = pattern.indexOf('\'') < 0;
            while (plain) {
                int open = pattern.indexOf('{', start);
                if (open < 0) {
                    break;
                }
                int close = pattern.indexOf('}', open);
                String index = close < 0 ? "" : pattern.substring(open + 1, close);
                if (index.isEmpty() || index.length() > 2 || !index.chars().allMatch(Character::isDigit)) {
                    plain = false;
                    break;
                }
                literals.add(pattern.substring(start, open));
                placeholders.add(Integer.parseInt(index));
                start = close + 1;
            }
            MessageFormat format = new MessageFormat(pattern, locale);
            int used = format.getFormatsByArgumentIndex().length;
            if (!plain) {
                return new Template(null, null, format, null, used);
            }
            literals.add(pattern.substring(start));
            return new Template(literals.toArray(String[]::new), placeholders.stream().mapToInt(i -> i).toArray(),
                    format, NumberFormat.getInstance(locale), used);
        }

        String format(Object[] args) {
            if (literals == null || !textOrNumbers(args)) {
                return ((MessageFormat) format.clone()).format(args);
            }
            StringBuilder text = new StringBuilder(literals[0]);
            NumberFormat numberFormat = null;
            for (int i = 0; i < placeholders.length; i++) {
                int index = placeholders[i];
                Object arg = index < args.length ? args[index] : null;
                if (arg instanceof Number number) {
                    // What MessageFormat does for a plain placeholder: the locale's number format.
                    numberFormat = numberFormat == null ? (NumberFormat) numbers.clone() : numberFormat;
                    text.append(numberFormat.format(number));
                } else {
                    // MessageFormat prints a placeholder without an argument as it is.
                    text.append(index < args.length ? (String) arg : "{" + index + "}");
                }
                text.append(literals[i + 1]);
            }
            return text.toString();
        }

        private static boolean textOrNumbers(Object[] args) {
            for (Object arg : args) {
                if (!(arg instanceof String) && !(arg instanceof Number)) {
                    return false;
                }
            }
            return true;
        }
    }

    /**
     * Enum values read as words: the bundle's {@code enum.Type.NAME} entry, else the vocabulary's
     * own word in the texts' language (the one reports show), else the name in lower case.
     */
    private Object display(Object value) {
        if (value instanceof Optional<?> optional) {
            return optional.map(this::display).orElse("none");
        }
        if (value instanceof Enum<?> e) {
            return SharedCache.get(words, e, this::word);
        }
        // Numbers stay numbers, so a bundle can format them: {0,number,integer}.
        return value instanceof Number ? value : Values.text(value);
    }

    private String word(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        String word = patterns.get(key);
        if (word != null) {
            return plain(key, word);
        }
        // Looked up as texts are: a family's "_zh" texts are in zh, and the vocabulary's in zh_CN.
        ResourceBundle vocabulary = ResourceBundle.getBundle(VOCABULARY, Languages.forLookup(locale),
                MessageBundle.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return vocabulary.containsKey(key) ? vocabulary.getString(key)
                : value.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /**
     * {@code text} as it is shown; a plain text with a doubled quote, from a classpath family whose
     * texts are first read here, fails the call that shows it, as a broken pattern does.
     *
     * @throws IllegalArgumentException naming the key
     */
    private static String plain(String key, String text) {
        if (isPlainText(key) && text.contains("''")) {
            throw new UnreadableText("the text of message key \"" + key + "\": a plain text, shown as written,"
                    + " so '' shows two quotes: write ' for an apostrophe");
        }
        return text;
    }
}
