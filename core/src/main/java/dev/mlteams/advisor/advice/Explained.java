package dev.mlteams.advisor.advice;

/**
 * An item of advice: it has text and an explanation.
 *
 * <p>Read it; only the library's advice items implement it. It is not meant to be implemented
 * outside the library, and it may gain methods in a minor release, which would break such an
 * implementation.
 */
public interface Explained extends Evidential {

    /**
     * The item's text.
     *
     * @return the message key, its arguments and the rendered text
     */
    Message message();

    /**
     * Why the item exists.
     *
     * @return the rule, the knowledge it cites and the evidence it matched
     */
    Explanation explanation();

    /**
     * How the item appears in the evidence of a later rule that matched it: its type and
     * message key, backed by its own evidence.
     */
    @Override
    default Evidence asEvidence() {
        return Evidence.derived(getClass().getSimpleName(), message().key(), explanation().evidence());
    }
}
