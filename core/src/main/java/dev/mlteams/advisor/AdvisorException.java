package dev.mlteams.advisor;

/** The base of every exception this library throws on purpose. */
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
