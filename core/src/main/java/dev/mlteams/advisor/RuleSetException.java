package dev.mlteams.advisor;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rule set could not be built. {@link #problems()} lists every problem at once, each with the
 * file, the line and the rule where known, and the message from Drools or from this library's
 * checks. No advisor is built from a rule set with problems.
 */
public final class RuleSetException extends AdvisorException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a rule file.
     *
     * @param file    the rule file's name or path
     * @param line    the line, or 0 when unknown
     * @param rule    the rule's name, when known
     * @param message what is wrong
     */
    public record Problem(String file, int line, Optional<String> rule, String message) {

        /** @throws NullPointerException if an argument is null */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }

        @Override
        public String toString() {
            return file + ":" + line + rule.map(r -> " rule \"" + r + "\"").orElse("") + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * @param problems every problem found, at least one
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleSetException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a rule-set exception needs at least one problem");
        }
        return "the rule set has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in the order they were reported. From {@link Advisor.Builder#build()}:
     * malformed lines and repeated IDs of knowledge files first, then knowledge items whose IDs are
     * taken, then message bundle families the class loader cannot find, then the safety check's
     * problems, file by file in the order the files were added (within a file: imports, then
     * qualified types, then denied references), then the compile and rule-set problems, sorted by
     * file name and line.
     */
    public List<Problem> problems() {
        return problems;
    }
}
