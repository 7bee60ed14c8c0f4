package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.PracticeArea;
import java.util.Objects;

/**
 * A management practice. Practices in the {@link PracticeArea#COLLABORATION} area belong to the
 * {@link TeamDesign}; the others are the advice's project-management practices.
 *
 * @param area        the area of management
 * @param message     the practice in words
 * @param explanation the rule and facts behind it
 */
public record Practice(PracticeArea area, Message message, Explanation explanation) implements Explained {

    /**
     * @param area        the area of management; not null
     * @param message     the practice in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public Practice {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
