package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a rule author is told beside the DRL parser's words. The parser names the token where it
 * gave up ({@code mismatched input 'then'}), often lines below the slip that led there: a bracket,
 * quote or comment left open, a misspelt keyword, a rule without {@code then} or {@code end}, a
 * rule name with spaces and no quotes, a quote lost or added that makes a string run on over the
 * rules after it. A hint is given only where the file's text shows the slip.
 */
final class SyntaxHints {

    /** The parser's words: "[ERR 102] Line 16:0 mismatched input 'then' in rule "x"", at the problem's line. */
    private static final Pattern PARSER_ERROR = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ ");

    /** The token the parser did not expect: {@code end}, or {@code <eof>} at the end of the file. */
    private static final Pattern MISMATCHED = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ mismatched input '([^']*)'");

    /**
     * What follows a name and never a keyword: "(", ".", "[", "=", ":" or an operator, as after a
     * field in a constraint ({@code time > 10}, {@code note contains "x"}) or a variable ({@code times++}).
     */
    private static final String AFTER_A_NAME =
            "[ \\t]*([(.\\[=:<>!+*/%&|,;?)]|-[-=]|(not[ \\t]+)?(in|matches|contains|memberOf|soundslike|excludes)\\b)";

    /** A line that begins a rule, not a field or variable named {@code rule} ({@code rule = drools.getRule()}). */
    private static final Pattern RULE_HEADER = Pattern.compile("(?m)^[ \\t]*rule[ \\t](?!" + AFTER_A_NAME + ")");

    /** A rule's name with more words after it, not "extends", metadata or a comment ("rule simple // the first"). */
    private static final Pattern UNQUOTED_NAME =
            Pattern.compile("^[ \\t]*rule[ \\t]+[^\"'\\s]+[ \\t]+(?!extends\\b)[^\\s{@/]");

    /** What makes a word a name ({@code foo(end)}, {@code end = 3}) rather than a keyword. */
    private static final Pattern NAME_FOLLOWS = Pattern.compile(AFTER_A_NAME);

    private static final Pattern THEN = Pattern.compile("\\bthen\\b");

    private static final Pattern END = Pattern.compile("(?m)^[ \\t]*end\\b");

    /** A word of three or more letters (and hyphens) beginning a line, not followed by what follows a name. */
    private static final Pattern LEADING_WORD =
            Pattern.compile("^[ \\t]*([A-Za-z][A-Za-z-]{2,})(?![\\w-])(?!" + AFTER_A_NAME + ")");

    /** DRL's words that begin a line: one of them misspelt stops the parse. */
    private static final List<String> KEYWORDS = List.of("package", "import", "global", "function", "query", "declare",
            "rule", "when", "then", "end", "dialect", "salience", "no-loop", "lock-on-active", "ruleflow-group",
            "agenda-group", "activation-group", "auto-focus", "enabled", "timer", "duration", "not", "exists", "eval",
            "forall", "accumulate", "and", "from");

    private SyntaxHints() {
    }

    /**
     * {@code found} with a hint added to each parser error whose file's text shows its cause, and
     * to the first problem of a file with a string that runs on over its rules.
     */
    static List<RuleSetException.Problem> withHints(List<RuleSetException.Problem> found, Map<String, String> texts) {
        Map<String, Scan> scans = new HashMap<>();
        // A bracket left open is pointed at once, by the first parser error after it by line: Drools
        // may list first the error at the end of the file that a string left open leads to.
        Map<String, Integer> pointingLine = new HashMap<>();
        for (RuleSetException.Problem problem : found) {
            String drl = texts.get(problem.file());
            if (PARSER_ERROR.matcher(problem.message()).find() && drl != null) {
                Scan scan = scans.computeIfAbsent(problem.file(), file -> Scan.of(drl));
                int line = problem.line();
                if (scan.unpaired().isPresent() && scan.unpairedLine() <= line && !hashComment(problem)) {
                    pointingLine.merge(problem.file(), line, Math::min);
                }
            }
        }
        // A string running on is pointed at once per file, by the first problem by line from the
        // rule it begins in, whatever the problem: a parser error, or MVEL's or Java's error on the
        // text it took in (those are reported at the rule's first line).
        Map<String, RuleSetException.Problem> firstByLine = new HashMap<>();
        for (RuleSetException.Problem problem : found) {
            String drl = texts.get(problem.file());
            Scan scan = drl == null ? null : scans.computeIfAbsent(problem.file(), file -> Scan.of(drl));
            if (scan != null && scan.runaway().filter(r -> problem.line() >= scan.ruleAround(r.line())).isPresent()) {
                firstByLine.merge(problem.file(), problem, (a, b) -> b.line() < a.line() ? b : a);
            }
        }
        Set<String> pointedAt = new HashSet<>();
        List<RuleSetException.Problem> hinted = new ArrayList<>();
        for (RuleSetException.Problem problem : found) {
            Optional<String> hint = Optional.empty();
            if (firstByLine.get(problem.file()) == problem) {
                hint = scans.get(problem.file()).runaway().map(Runaway::toString);
            } else if (PARSER_ERROR.matcher(problem.message()).find() && scans.containsKey(problem.file())) {
                Scan scan = scans.get(problem.file());
                int line = problem.line();
                if (hashComment(problem)) {
                    hint = Optional.of("a comment begins with // or /*, not #");
                } else if (pointingLine.getOrDefault(problem.file(), -1) == line && pointedAt.add(problem.file())) {
                    hint = scan.unpaired();
                } else {
                    hint = ruleHint(problem, line, scan);
                }
            }
            hinted.add(hint.map(h -> new RuleSetException.Problem(problem.file(), problem.line(), problem.rule(),
                    problem.message() + " (" + h + ")")).orElse(problem));
        }
        return withoutLostRuleKnockOns(hinted, scans);
    }

    /**
     * Where the parser stops looking for the file's next part (a rule, an import) in the rule an
     * earlier parser error was in: it lost that rule, and says so once more at the next keyword
     * ({@code mismatched input 'when' expecting one of ... [package, ... rule, query]}). Such an
     * error with no hint of its own only repeats the first; so does the error at the end of the
     * file that a string left open leads to, once the string is pointed at.
     */
    private static List<RuleSetException.Problem> withoutLostRuleKnockOns(List<RuleSetException.Problem> hinted,
            Map<String, Scan> scans) {
        List<RuleSetException.Problem> kept = new ArrayList<>();
        for (RuleSetException.Problem problem : hinted) {
            Scan scan = scans.get(problem.file());
            boolean lostRule = scan != null && LOOKING_FOR_NEXT_PART.matcher(problem.message()).find()
                    && hinted.stream().anyMatch(earlier -> earlier.file().equals(problem.file())
                            && earlier.line() < problem.line() && PARSER_ERROR.matcher(earlier.message()).find()
                            && scan.ruleAround(problem.line()) <= earlier.line());
            // A string or bracket left open runs to the end of the file, where the parser then stops:
            // once another problem points at it, that error only says the same again.
            List<String> openings = scan == null ? List.of() : Stream.concat(scan.unpaired().stream(),
                    scan.runaway().map(Runaway::toString).stream()).map(hint -> " (" + hint + ")").toList();
            boolean endOfRunaway = !openings.isEmpty() && AT_END.matcher(problem.message()).find()
                    && hinted.stream().anyMatch(other -> other != problem && other.file().equals(problem.file())
                            && openings.stream().anyMatch(other.message()::endsWith));
            if (!lostRule && !endOfRunaway) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /** The parser at the end of the file: Drools names the token {@code <eof>}, or not at all. */
    private static final Pattern AT_END = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:\\d+ mismatched input '(<eof>)?'",
            Pattern.CASE_INSENSITIVE);

    /** The parser back at the top of a file, looking for its next part, with no hint added. */
    private static final Pattern LOOKING_FOR_NEXT_PART = Pattern.compile(
            "^\\[ERR \\d+\\] Line \\d+:\\d+ mismatched input '[^']*' expecting one of the following tokens:"
                    + " '\\[package, unit, import, global, declare, function, rule, query\\]'\\.?$");

    /** Whether the parser stopped at a "#", which older DRL read as a comment. */
    private static boolean hashComment(RuleSetException.Problem problem) {
        Matcher mismatched = MISMATCHED.matcher(problem.message());
        return mismatched.find() && mismatched.group(1).equals("#");
    }

    /** What the rule around a parser error at {@code line} lacks, where its text shows it. */
    private static Optional<String> ruleHint(RuleSetException.Problem problem, int line, Scan scan) {
        String errorLine = scan.line(line);
        if (UNQUOTED_NAME.matcher(errorLine).find()) {
            return Optional.of("a rule name with spaces goes in double quotes");
        }
        int header = problem.rule().map(rule -> scan.headerLine(rule, line)).orElse(0);
        Optional<String> misspelt = misspeltKeyword(scan, header == 0 ? line : header, line);
        if (misspelt.isPresent() || header == 0) {
            return misspelt;
        }
        String rule = problem.rule().get();
        // The code from the rule's header to the end of the error's line.
        String code = scan.code(header, line);
        Matcher nextHeader = RULE_HEADER.matcher(code);
        if (nextHeader.find() && nextHeader.find()) {
            int next = header + (int) code.substring(0, nextHeader.start()).chars().filter(c -> c == '\n').count();
            return Optional.of("the rule on line " + next + " starts before rule \"" + rule
                    + "\" has its 'end'");
        }
        Matcher mismatched = MISMATCHED.matcher(problem.message());
        String unexpected = mismatched.find() ? mismatched.group(1) : "";
        if (unexpected.equals("end") && !THEN.matcher(code).find()) {
            return Optional.of("rule \"" + rule + "\" has no 'then' before its 'end'");
        }
        if (unexpected.equals("<eof>") && !END.matcher(scan.code(header, Integer.MAX_VALUE)).find()) {
            return Optional.of("rule \"" + rule + "\" has no 'end'");
        }
        return missingComma(problem, line, scan, unexpected);
    }

    /** Where the parser error is: "Line 11:44", the column counted from 0. */
    private static final Pattern LINE_AND_COLUMN = Pattern.compile("^\\[ERR \\d+\\] Line \\d+:(\\d+) ");

    /**
     * A constraint the parser did not expect right after another, inside a pattern's brackets on
     * the same line: {@code OrgProfile( headcount > 10 $i : industry )} lacks the comma that
     * separates them. The word must begin a constraint (a binding, or a field and an operator) and
     * the innermost open bracket must be a pattern's ({@code OrgProfile(}), not an {@code eval} or
     * {@code accumulate}, where a comma would not be the fix.
     */
    private static Optional<String> missingComma(RuleSetException.Problem problem, int line, Scan scan,
            String unexpected) {
        Matcher where = LINE_AND_COLUMN.matcher(problem.message());
        if (!where.find() || !unexpected.matches("\\$?[A-Za-z_]\\w*")) {
            return Optional.empty();
        }
        int column = Integer.parseInt(where.group(1));
        String text = scan.line(line);
        String code = scan.codeLine(line);
        if (column > text.length() || column > code.length() || !text.startsWith(unexpected, column)) {
            return Optional.empty();
        }
        String before = text.substring(0, column).stripTrailing();
        int depth = 0;
        int innermost = -1;
        for (int i = column - 1; i >= 0 && innermost < 0; i--) {
            char c = code.charAt(i);
            depth += c == ')' ? 1 : c == '(' ? -1 : 0;
            innermost = depth < 0 ? i : -1;
        }
        boolean inPattern = innermost > 0 && PATTERN_OPENING.matcher(code.substring(0, innermost)).find();
        boolean beginsConstraint = CONSTRAINT_START.matcher(code.substring(column + unexpected.length())).lookingAt();
        boolean afterValue = !before.isEmpty() && (Character.isLetterOrDigit(before.charAt(before.length() - 1))
                || ")]\"'".indexOf(before.charAt(before.length() - 1)) >= 0);
        // A value ends a constraint only after an operator: "OrgProfile( x y )" may be something else.
        boolean afterConstraint = OPERATOR.matcher(code.substring(0, column)).find();
        return inPattern && beginsConstraint && afterValue && afterConstraint
                ? Optional.of("a comma may be missing before '" + unexpected + "': constraints are separated by commas")
                : Optional.empty();
    }

    /** A fact type before an opening bracket ({@code OrgProfile(}), not a keyword such as {@code eval(}. */
    private static final Pattern PATTERN_OPENING = Pattern.compile("\\b[A-Z][\\w.$]*\\s*$");

    /** A constraint's operator. */
    private static final String OPERATORS = "==|!=|>=|<=|[<>]|\\b(?:not\\s+)?(?:in|matches|contains|memberOf)\\b";

    /** What follows the first word of a constraint: a binding's colon or an operator. */
    private static final Pattern CONSTRAINT_START = Pattern.compile("\\s*(?::|" + OPERATORS + ")");

    /** The last operator before a point, with no bracket opened after it. */
    private static final Pattern OPERATOR = Pattern.compile("(?:" + OPERATORS + ")[^(]*$");

    /**
     * The first word that begins a line from {@code from} to {@code to}, outside strings and
     * comments, and is one letter off a DRL keyword, ignoring case ({@code thne}, {@code Whenn},
     * {@code rul}). A word followed by {@code (}, {@code .}, {@code [}, {@code =}, {@code :} or an
     * operator is a call or a name, not a keyword, and so is a capitalised word with more on its line.
     */
    private static Optional<String> misspeltKeyword(Scan scan, int from, int to) {
        for (int number = from; number <= to; number++) {
            String code = scan.codeLine(number);
            Matcher word = LEADING_WORD.matcher(code);
            if (!word.find() || KEYWORDS.contains(word.group(1))
                    // A capital begins a type ("Function<String> f"); alone on its line it is a slip.
                    || Character.isUpperCase(word.group(1).charAt(0)) && !code.substring(word.end()).isBlank()) {
                continue;
            }
            // DRL's words are lower case: "When" is a slip too.
            String written = word.group(1).toLowerCase(Locale.ROOT);
            Optional<String> meant = KEYWORDS.contains(written) ? Optional.of(written)
                    : KEYWORDS.stream().filter(keyword -> oneEditApart(written, keyword)).findFirst();
            if (meant.isPresent()) {
                return Optional.of("'" + word.group(1) + "' on line " + number + " looks like a misspelt '"
                        + meant.get() + "'");
            }
        }
        return Optional.empty();
    }

    /** Whether {@code a} becomes {@code b} by one letter added, dropped, changed or swapped with the next. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b) || Math.abs(a.length() - b.length()) > 1) {
            return false;
        }
        int start = 0;
        while (start < Math.min(a.length(), b.length()) && a.charAt(start) == b.charAt(start)) {
            start++;
        }
        String restA = a.substring(start);
        String restB = b.substring(start);
        return restA.substring(Math.min(1, restA.length())).equals(restB.substring(Math.min(1, restB.length())))
                || restA.equals(restB.substring(Math.min(1, restB.length())))
                || restB.equals(restA.substring(Math.min(1, restA.length())))
                || restA.length() >= 2 && restA.length() == restB.length() && restA.charAt(0) == restB.charAt(1)
                        && restA.charAt(1) == restB.charAt(0) && restA.substring(2).equals(restB.substring(2));
    }

    /**
     * A DRL text read as brackets, quotes and comments: {@code code} is the text with its
     * strings and comments blanked (lines kept), {@code unpaired} says what was left open or
     * closed nothing, first in the file, at {@code unpairedLine}.
     */
    private record Scan(String drl, String code, Optional<String> unpaired, int unpairedLine, Optional<Runaway> runaway) {

        /**
         * Drools reads a string on to its closing quote, lines later or not; only where one is left
         * open to the end of the file is the string that does not end on its line looked for.
         */
        static Scan of(String drl) {
            return of(drl, true);
        }

        private static Scan of(String drl, boolean stringsSpanLines) {
            StringBuilder code = new StringBuilder(drl);
            Deque<Opening> open = new ArrayDeque<>();
            // The parser reads a consequence, 'then' to 'end', without pairing its brackets: MVEL
            // or Java reports those, once the file parses.
            boolean consequence = false;
            // A function's body is read the same way, counting only its braces; -1 outside one,
            // 0 from the word "function" to the body's "{".
            int functionBraces = -1;
            int functionLine = 0;
            Runaway runaway = null;
            int line = 1;
            int i = 0;
            while (i < drl.length()) {
                char c = drl.charAt(i);
                if (c == '\n') {
                    line++;
                    i++;
                } else if (drl.startsWith("//", i)) {
                    int end = drl.indexOf('\n', i);
                    i = blank(code, i, end < 0 ? drl.length() : end);
                } else if (drl.startsWith("/*", i)) {
                    int end = drl.indexOf("*/", i + 2);
                    if (end < 0) {
                        return new Scan(drl, code.toString(), Optional.of("the comment begun with /* on line " + line
                                + " is never closed"), line, Optional.ofNullable(runaway));
                    }
                    blank(code, i, end + 2);
                    line += lines(drl, i, end + 2);
                    i = end + 2;
                } else if (drl.startsWith("\"\"\"", i)) {
                    int end = drl.indexOf("\"\"\"", i + 3);
                    if (end < 0) {
                        return new Scan(drl, code.toString(), Optional.of("the text block begun with \"\"\" on line "
                                + line + " is never closed"), line, Optional.ofNullable(runaway));
                    }
                    blank(code, i, end + 3);
                    line += lines(drl, i, end + 3);
                    i = end + 3;
                } else if (c == '"' || c == '\'') {
                    int end = closingQuote(drl, i, stringsSpanLines);
                    if (end < 0 && stringsSpanLines) {
                        return of(drl, false);
                    }
                    if (end < 0) {
                        return new Scan(drl, code.toString(), Optional.of("the string begun with " + c + " on line " + line
                                + " does not end on that line"), line, Optional.ofNullable(runaway));
                    }
                    if (runaway == null) {
                        runaway = Runaway.of(drl, i, end, line).orElse(null);
                    }
                    blank(code, i, end + 1);
                    line += lines(drl, i, end + 1);
                    i = end + 1;
                } else if (functionBraces > 0) {
                    functionBraces += c == '{' ? 1 : c == '}' ? -1 : 0;
                    functionBraces = functionBraces == 0 ? -1 : functionBraces;
                    i++;
                } else if (isWord(drl, i, "then") || isWord(drl, i, "end") && !NAME_FOLLOWS.matcher(drl).region(i + 3,
                        drl.length()).lookingAt()) {
                    consequence = drl.startsWith("then", i);
                    i += consequence ? 4 : 3;
                } else if (consequence) {
                    i++;
                } else if (functionBraces == 0 && c == '{') {
                    functionBraces = 1;
                    functionLine = line;
                    i++;
                } else if (isWord(drl, i, "function")) {
                    functionBraces = 0;
                    i += "function".length();
                } else if ("([{".indexOf(c) >= 0) {
                    open.push(new Opening(c, line, wordBefore(drl, i)));
                    i++;
                } else if (")]}".indexOf(c) >= 0) {
                    if (open.isEmpty()) {
                        return new Scan(drl, code.toString(), Optional.of("the '" + c + "' on line " + line
                                + " closes nothing"), line, Optional.ofNullable(runaway));
                    }
                    Opening last = open.pop();
                    if (")]}".indexOf(c) != "([{".indexOf(last.bracket())) {
                        return new Scan(drl, code.toString(), Optional.of("the '" + c + "' on line " + line
                                + " does not close " + last), line, Optional.ofNullable(runaway));
                    }
                    i++;
                } else {
                    i++;
                }
            }
            if (functionBraces > 0 && (open.isEmpty() || open.getLast().line() > functionLine)) {
                return new Scan(drl, code.toString(), Optional.of("the '{' on line " + functionLine
                        + " that begins a function's body is never closed"), functionLine,
                        Optional.ofNullable(runaway));
            }
            if (!open.isEmpty()) {
                Opening first = open.getLast();
                return new Scan(drl, code.toString(), Optional.of(first + " is never closed"), first.line(),
                        Optional.ofNullable(runaway));
            }
            return new Scan(drl, code.toString(), Optional.empty(), 0, Optional.ofNullable(runaway));
        }

        /** Line {@code number} (from 1) of the text, or "" past its end. */
        String line(int number) {
            String[] lines = drl.split("\n", -1);
            return number >= 1 && number <= lines.length ? lines[number - 1] : "";
        }

        /** Line {@code number} (from 1) of the code, or "" past its end. */
        String codeLine(int number) {
            String[] lines = code.split("\n", -1);
            return number >= 1 && number <= lines.length ? lines[number - 1] : "";
        }

        /** Lines {@code from} to {@code to} (from 1) of the code, joined. */
        String code(int from, int to) {
            String[] lines = code.split("\n", -1);
            return String.join("\n", List.of(lines).subList(from - 1, Math.min(to, lines.length)));
        }

        /** The line of the last rule header up to line {@code line}, or {@code line} if there is none. */
        int ruleAround(int line) {
            String[] codeLines = code.split("\n", -1);
            for (int i = Math.min(line, codeLines.length) - 1; i >= 0; i--) {
                if (RULE_HEADER.matcher(codeLines[i]).find()) {
                    return i + 1;
                }
            }
            return line;
        }

        /** The line of the last header of {@code rule} up to line {@code last}, or 0. */
        int headerLine(String rule, int last) {
            Pattern header = Pattern.compile("^[ \\t]*rule[ \\t]+(\"" + Pattern.quote(rule) + "\"|'" + Pattern.quote(rule)
                    + "'|" + Pattern.quote(rule) + "\\b)");
            String[] lines = drl.split("\n", -1);
            String[] codeLines = code.split("\n", -1);
            for (int i = Math.min(last, lines.length) - 1; i >= 0; i--) {
                if (RULE_HEADER.matcher(codeLines[i]).find() && header.matcher(lines[i]).find()) {
                    return i + 1;
                }
            }
            return 0;
        }
    }

    /**
     * A string that runs on over lines beginning with DRL's words ({@code end}, {@code rule},
     * {@code @source}): a quote lost or added pairs each quote after it with the wrong one, and no
     * string is then left open at the end of the file to point at. Strings spanning lines are
     * rare in DRL; one that takes in a rule's keywords is almost always such a slip.
     */
    private record Runaway(char quote, int line, int endLine, String word, int wordLine) {

        /** The words that begin a line of DRL outside a string, as written ('@' for any annotation). */
        private static final Pattern STRUCTURE = Pattern.compile("^[ \\t]*(@|(?:package|import|global|function|query"
                + "|declare|rule|when|then|end|dialect|salience|no-loop|lock-on-active|ruleflow-group|agenda-group"
                + "|activation-group|auto-focus|enabled|timer|duration)(?![\\w-]))");

        /** The string from the quote at {@code start} to the one at {@code end}, on {@code line}, if it runs on so. */
        static Optional<Runaway> of(String drl, int start, int end, int line) {
            String[] taken = drl.substring(start, end).split("\n", -1);
            for (int i = 1; i < taken.length; i++) {
                Matcher word = STRUCTURE.matcher(taken[i]);
                if (word.find()) {
                    return Optional.of(new Runaway(drl.charAt(start), line, line + taken.length - 1,
                            word.group(1).equals("@") ? taken[i].strip().split("[\\s(]", 2)[0] : word.group(1),
                            line + i));
                }
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "the string begun with " + quote + " on line " + line + " runs on to line " + endLine
                    + ", past the '" + word + "' on line " + wordLine + ": check the quotes on line " + line;
        }
    }

    /** An opening bracket, where it is, and the word written just before it ("OrgProfile"). */
    private record Opening(char bracket, int line, String after) {
        @Override
        public String toString() {
            return "the '" + bracket + "'" + (after.isEmpty() ? "" : " after " + after) + " on line " + line;
        }
    }

    /** The index of the quote that closes the one at {@code start}, or -1 if the text (or its line) ends first. */
    private static int closingQuote(String drl, int start, boolean spanLines) {
        char quote = drl.charAt(start);
        for (int i = start + 1; i < drl.length(); i++) {
            char c = drl.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == quote) {
                return i;
            } else if (c == '\n' && !spanLines) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether {@code word} is at index {@code at} of {@code drl}, not as part of a longer identifier. */
    private static boolean isWord(String drl, int at, String word) {
        int after = at + word.length();
        return drl.startsWith(word, at) && (at == 0 || !Character.isJavaIdentifierPart(drl.charAt(at - 1)))
                && (after == drl.length() || !Character.isJavaIdentifierPart(drl.charAt(after)));
    }

    /** The identifier right before index {@code at}, spaces between allowed, or "". */
    private static String wordBefore(String drl, int at) {
        int end = at;
        while (end > 0 && (drl.charAt(end - 1) == ' ' || drl.charAt(end - 1) == '\t')) {
            end--;
        }
        int start = end;
        while (start > 0 && (Character.isJavaIdentifierPart(drl.charAt(start - 1)) || drl.charAt(start - 1) == '.')) {
            start--;
        }
        return drl.substring(start, end);
    }

    /** Blanks {@code from} to {@code to} in {@code code}, keeping line breaks; returns {@code to}. */
    private static int blank(StringBuilder code, int from, int to) {
        for (int i = from; i < to; i++) {
            if (code.charAt(i) != '\n') {
                code.setCharAt(i, ' ');
            }
        }
        return to;
    }

    private static int lines(String drl, int from, int to) {
        return (int) drl.substring(from, to).chars().filter(c -> c == '\n').count();
    }
}
