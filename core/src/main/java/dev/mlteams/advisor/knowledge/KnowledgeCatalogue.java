package dev.mlteams.advisor.knowledge;

import dev.mlteams.advisor.internal.CatalogueText;

import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The catalogue of knowledge items that rules may cite, in the article's order.
 *
 * <p>The default catalogue ships with the default rules; {@link dev.mlteams.advisor.Advisor#catalogue()}
 * returns it. Instances are immutable and safe to share between threads.
 *
 * <p>The text form has one item per line, tab-separated: {@code id}, {@code step} (an
 * {@link ArticleStep} name), {@code derived} ({@code yes} or {@code no}) and {@code title}.
 * Blank lines and lines starting with {@code #} are ignored.
 */
public final class KnowledgeCatalogue {

    private final Map<String, KnowledgeItem> byId;
    private final Map<String, Integer> position;

    private KnowledgeCatalogue(List<KnowledgeItem> items) {
        Map<String, KnowledgeItem> map = new LinkedHashMap<>();
        Map<String, Integer> order = new LinkedHashMap<>();
        Set<String> repeated = new TreeSet<>();
        for (KnowledgeItem item : items) {
            if (map.putIfAbsent(item.id(), item) != null) {
                repeated.add(item.id());
            }
            order.putIfAbsent(item.id(), order.size());
        }
        if (!repeated.isEmpty()) {
            throw new IllegalArgumentException("knowledge IDs that appear more than once: " + repeated);
        }
        this.byId = Collections.unmodifiableMap(map);
        this.position = Collections.unmodifiableMap(order);
    }

    /**
     * A catalogue of the given items, in the given order.
     *
     * @param items the items, each ID once; not null, nor any element; copied
     * @return a catalogue of exactly those items
     * @throws NullPointerException     if {@code items} or one of them is null
     * @throws IllegalArgumentException naming every ID that more than one item has
     */
    public static KnowledgeCatalogue of(List<KnowledgeItem> items) {
        return new KnowledgeCatalogue(List.copyOf(Objects.requireNonNull(items, "items")));
    }

    /**
     * Reads a catalogue in the text form described above.
     *
     * @param name   a name for error messages, such as the resource path
     * @param reader the text; not closed by this method
     * @return a catalogue of the text's items, in the order of their lines
     * @throws IllegalArgumentException naming the line of every malformed line and repeated ID
     * @throws UncheckedIOException     if reading fails
     */
    public static KnowledgeCatalogue parse(String name, Reader reader) {
        CatalogueText text = CatalogueText.read(name, reader);
        if (!text.problems().isEmpty()) {
            throw new IllegalArgumentException(text.problems().stream()
                    .map(p -> name + ":" + p.line() + ": " + p.message()).collect(Collectors.joining("; ")));
        }
        return of(text.items().stream().map(CatalogueText.Line::item).toList());
    }

    /**
     * This catalogue followed by {@code more}, for example a company's own knowledge items.
     *
     * @param more the items to add, each with a new ID; not null, nor any element
     * @return a new catalogue; this one is unchanged
     * @throws NullPointerException     if {@code more} or one of them is null
     * @throws IllegalArgumentException if an ID of {@code more} is already in the catalogue
     */
    public KnowledgeCatalogue plus(List<KnowledgeItem> more) {
        List<KnowledgeItem> all = new ArrayList<>(byId.values());
        all.addAll(Objects.requireNonNull(more, "more"));
        return of(all);
    }

    /**
     * Every item, in catalogue order.
     *
     * @return the items; unmodifiable
     */
    public List<KnowledgeItem> items() {
        return List.copyOf(byId.values());
    }

    /**
     * The item with this ID, if the catalogue has it.
     *
     * @param id a knowledge ID, for example {@code "A3"}; not null
     * @return the item, or empty if the catalogue has no such ID
     * @throws NullPointerException if {@code id} is null
     */
    public Optional<KnowledgeItem> find(String id) {
        return Optional.ofNullable(byId.get(Objects.requireNonNull(id, "id")));
    }

    /**
     * The item with this ID.
     *
     * @param id a knowledge ID the catalogue has; not null
     * @return the item, never null
     * @throws NullPointerException     if {@code id} is null
     * @throws IllegalArgumentException if the catalogue has no such ID
     */
    public KnowledgeItem get(String id) {
        KnowledgeItem item = byId.get(Objects.requireNonNull(id, "id"));
        if (item == null) {
            throw new IllegalArgumentException("unknown knowledge ID: " + id);
        }
        return item;
    }

    /**
     * Whether the catalogue has this ID.
     *
     * @param id a knowledge ID; not null
     * @return true if an item of the catalogue has it
     * @throws NullPointerException if {@code id} is null
     */
    public boolean contains(String id) {
        return byId.containsKey(Objects.requireNonNull(id, "id"));
    }

    /**
     * The item's place in catalogue order, used to order advice; unknown IDs sort last.
     *
     * @param id a knowledge ID; not null
     * @return the item's index in {@link #items()}, from 0, or {@link Integer#MAX_VALUE} for an unknown ID
     * @throws NullPointerException if {@code id} is null
     */
    public int positionOf(String id) {
        return position.getOrDefault(Objects.requireNonNull(id, "id"), Integer.MAX_VALUE);
    }

    /**
     * The number of items.
     *
     * @return the size of {@link #items()}
     */
    public int size() {
        return byId.size();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KnowledgeCatalogue other && byId.equals(other.byId) && items().equals(other.items());
    }

    @Override
    public int hashCode() {
        return byId.hashCode();
    }

    @Override
    public String toString() {
        return "KnowledgeCatalogue" + byId.keySet();
    }
}
