package dev.mlteams.advisor.advice;

import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.SourcingChannel;
import java.util.Objects;

/**
 * Where to look for candidates for a role.
 *
 * @param role        the role
 * @param channel     the channel
 * @param message     how to use the channel, in words
 * @param explanation the rule and facts behind it
 */
public record SourcingAdvice(Role role, SourcingChannel channel, Message message, Explanation explanation)
        implements Explained {

    /**
     * @param role        the role to find candidates for; not null
     * @param channel     the channel; not null
     * @param message     how to use the channel, in words; not null
     * @param explanation the rule and facts behind it; not null
     * @throws NullPointerException if an argument is null
     */
    public SourcingAdvice {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(explanation, "explanation");
    }
}
