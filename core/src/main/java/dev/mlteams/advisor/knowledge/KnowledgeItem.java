package dev.mlteams.advisor.knowledge;

import java.util.Objects;

/**
 * One item of the knowledge catalogue.
 *
 * @param id      the stable ID, for example {@code "A3"} or {@code "H2.5"}
 * @param step    the part of the article it comes from
 * @param derived true if the article does not state it but it follows from the article
 * @param title   a short English title
 */
public record KnowledgeItem(String id, ArticleStep step, boolean derived, String title) {

    /**
     * @param id      the stable ID; not null or blank, and without whitespace or commas
     * @param step    the part of the article it comes from; not null
     * @param derived true if the article does not state it but it follows from the article
     * @param title   a short English title; not null or blank
     * @throws NullPointerException     if an argument is null
     * @throws IllegalArgumentException if {@code id} or {@code title} is blank or {@code id} has whitespace or commas
     */
    public KnowledgeItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(title, "title");
        if (id.isBlank() || id.chars().anyMatch(c -> Character.isWhitespace(c) || c == ',')) {
            throw new IllegalArgumentException("knowledge ID must be non-blank without spaces or commas: '" + id + "'");
        }
        if (title.isBlank()) {
            throw new IllegalArgumentException("knowledge item " + id + " has a blank title");
        }
    }

    // equals and hashCode are written out: a record's generated ones are linked on their first
    // call, which costs every cold start a few milliseconds (#5). Every explanation hashes its items.
    @Override
    public boolean equals(Object o) {
        return o instanceof KnowledgeItem other && derived == other.derived && id.equals(other.id)
                && step == other.step && title.equals(other.title);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * (31 * id.hashCode() + step.hashCode()) + Boolean.hashCode(derived)) + title.hashCode();
    }
}
