package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.ReportingLine;
import java.util.Objects;

/**
 * To whom the ML people should report.
 *
 * @param recommended the recommended reporting line
 * @param message     the recommendation in words
 * @param explanation the rule and facts behind it
 */
public record ReportingAdvice(ReportingLine recommended, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param recommended the recommended reporting line; not null
     * @param message     the recommendation in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public ReportingAdvice {
        Objects.requireNonNull(recommended, "recommended");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
