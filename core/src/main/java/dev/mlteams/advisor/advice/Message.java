package dev.mlteams.advisor.advice;

import java.util.List;
import java.util.Objects;

/**
 * A piece of advice text: the bundle key a rule emitted, its arguments, and the text
 * rendered from the rule set's message bundle.
 *
 * @param key  the message-bundle key, for example {@code "practice.plan-probabilistically"}
 * @param args the arguments, already turned into strings
 * @param text the rendered text
 */
public record Message(String key, List<String> args, String text) {

    /**
     * @param key  the message-bundle key; not null or blank
     * @param args the arguments, already turned into strings; not null, nor any element; copied
     * @param text the rendered text; not null
     * @throws NullPointerException     if an argument, or an element of {@code args}, is null
     * @throws IllegalArgumentException if {@code key} is blank
     */
    public Message {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(text, "text");
        args = List.copyOf(Objects.requireNonNull(args, "args"));
        if (key.isBlank()) {
            throw new IllegalArgumentException("message key must not be blank");
        }
    }

    @Override
    public String toString() {
        return text;
    }
}
