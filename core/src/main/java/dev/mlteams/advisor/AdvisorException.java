package dev.mlteams.advisor;

/** The base of every exception this library throws on purpose. */
public class AdvisorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** An exception with a message. */
    public AdvisorException(String message) {
        super(message);
    }

    /** An exception with a message and a cause. */
    public AdvisorException(String message, Throwable cause) {
        super(message, cause);
    }
}
