package dev.mlteams.advisor;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rules ran but did not produce complete, explained advice: a condition or a consequence
 * threw, a rule emitted an unknown message key, a text with fewer arguments than it uses or a
 * null one, or an item without evidence, no rule or more than one decided the primary archetype,
 * a design dimension or the reporting line, no rule advised a candidate, a rule deleted the
 * profile or an advice item or inserted an advice item itself instead of through
 * {@code advise}, or the rules fired past the firing limit.
 * No partial advice is returned.
 */
public final class RuleExecutionException extends AdvisorException {

    private static final long serialVersionUID = 1L;

    /** Every problem found, at least one. */
    private final List<String> problems;

    /**
     * @param problems every problem found, at least one, each naming the rule involved where there is one
     * @throws NullPointerException     if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleExecutionException(List<String> problems) {
        this(problems, null);
    }

    /**
     * @param problems every problem found, at least one
     * @param cause    the exception thrown by a rule, if any
     * @throws NullPointerException     if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleExecutionException(List<String> problems, Throwable cause) {
        super(message(problems), cause);
        this.problems = List.copyOf(problems);
    }

    private static String message(List<String> problems) {
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("a rule-execution exception needs at least one problem");
        }
        return "the rules could not give advice:"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found.
     *
     * @return the problems, at least one; unmodifiable
     */
    public List<String> problems() {
        return problems;
    }
}
