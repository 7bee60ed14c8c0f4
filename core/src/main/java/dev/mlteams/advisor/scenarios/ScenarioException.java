package dev.mlteams.advisor.scenarios;

import dev.mlteams.advisor.AdvisorException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A scenario or profile file could not be read; the message names the file and every problem in it. */
public final class ScenarioException extends AdvisorException {

    private static final long serialVersionUID = 1L;

    /** Every problem found, at least one. */
    private final List<String> problems;

    /**
     * @param file     the file
     * @param problems every problem found, at least one
     * @throws NullPointerException     if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public ScenarioException(String file, List<String> problems) {
        super(message(file, problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(String file, List<String> problems) {
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("a scenario exception needs at least one problem");
        }
        return file + ":" + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
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
