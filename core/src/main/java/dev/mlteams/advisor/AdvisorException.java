package dev.mlteams.advisor;

/**
 * The base of the exceptions this library throws when what it is given cannot become advice: a
 * profile it refuses ({@link ProfileValidationException}), a rule set that does not build ({@link
 * RuleSetException}), rules that fail on a profile ({@link RuleExecutionException}), a scenario or
 * profile file or text that cannot be read ({@link dev.mlteams.advisor.scenarios.ScenarioException}),
 * JSON that cannot be read or written, and default rules that are missing or broken.
 *
 * <p>Not every exception the library throws extends it. As in the JDK, a null argument throws
 * {@link NullPointerException}, another invalid argument {@link IllegalArgumentException}, and a
 * call that the object's state does not allow (or a missing optional library, such as the YAML
 * reader) {@link IllegalStateException}; a file or resource that cannot be read throws {@link
 * java.io.UncheckedIOException}; and a scenario that fails in a test throws the test framework's
 * {@code AssertionFailedError}. Each method's {@code @throws} says which.
 */
public class AdvisorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /**
     * An exception with a message.
     *
     * @param message what went wrong
     */
    public AdvisorException(String message) {
        super(message);
    }

    /**
     * An exception with a message and a cause.
     *
     * @param message what went wrong
     * @param cause   the exception that caused it, or null if there is none
     */
    public AdvisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
