package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Archetype;
import java.util.Objects;

/**
 * One unmet condition for moving to the next archetype on the ladder, as a profile fact: the
 * field, the value it would need, and (in the evidence) the value it has.
 *
 * @param target      the archetype the step leads to
 * @param field       the profile field, for example {@code "mlReportsTo"}
 * @param needed      the value the field would need, for example {@code "CTO or CEO"}
 * @param message     the step in words
 * @param explanation the rule, the knowledge that argues for the step, and the current value
 */
public record RoadmapStep(Archetype target, String field, String needed, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param target      the archetype the step leads to; not null
     * @param field       the profile field, for example {@code "mlReportsTo"}; not null
     * @param needed      the value the field would need, for example {@code "CTO or CEO"}; not null
     * @param message     the step in words; not null
     * @param explanation the rule, the knowledge that argues for the step, and the current value; not null
     * @throws NullPointerException if an argument is null
     */
    public RoadmapStep {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(needed, "needed");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
