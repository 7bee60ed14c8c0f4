package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.knowledge.ArticleStep;
import dev.mlteams.advisor.knowledge.KnowledgeItem;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The knowledge catalogue's text form, read line by line. Items and problems keep their line
 * numbers so that whoever reports a problem later (a repeated ID, an ID already taken) can name
 * the line.
 *
 * @param items    the well-formed items, in file order
 * @param problems every malformed line and repeated ID, in file order
 */
public record CatalogueText(List<Line> items, List<Problem> problems) {

    /** An item and the line it is on. */
    public record Line(KnowledgeItem item, int number) {
    }

    /**
     * What is wrong on a line.
     *
     * @param id the ID the line begins with, or "": a rule citing it is told only this problem
     */
    public record Problem(int line, String message, String id) {
    }

    public CatalogueText {
        items = List.copyOf(items);
        problems = List.copyOf(problems);
    }

    /**
     * Reads the whole text; never throws for malformed content.
     *
     * @param name a name for the I/O error message
     * @throws UncheckedIOException if reading fails
     */
    public static CatalogueText read(String name, Reader reader) {
        List<Line> items = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        try {
            String line;
            int number = 0;
            while ((line = lines.readLine()) != null) {
                number++;
                // Spreadsheets save UTF-8 with a byte-order mark, which would become part of the first ID.
                if (number == 1 && line.startsWith("\uFEFF")) {
                    line = line.substring(1);
                }
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                try {
                    KnowledgeItem item = item(line);
                    Integer first = lineOf.putIfAbsent(item.id(), number);
                    if (first != null) {
                        throw new IllegalArgumentException("knowledge ID " + item.id() + " is already on line " + first);
                    }
                    items.add(new Line(item, number));
                } catch (IllegalArgumentException e) {
                    problems.add(new Problem(number, e.getMessage(), line.strip().split("\\s+", 2)[0]));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read knowledge catalogue " + name, e);
        }
        return new CatalogueText(items, problems);
    }

    private static KnowledgeItem item(String line) {
        String[] cells = line.split("\t", -1);
        if (cells.length != 4) {
            // An editor that turns tabs into spaces leaves one cell with the four in it.
            String[] words = line.strip().split("\\s+");
            boolean spaced = cells.length == 1 && words.length >= 4
                    && Arrays.stream(ArticleStep.values()).anyMatch(step -> step.name().equals(words[1]))
                    && (words[2].equals("yes") || words[2].equals("no"));
            throw new IllegalArgumentException("expected 4 tab-separated cells, found " + cells.length
                    + (spaced ? " (the cells are separated by spaces: separate them with tabs)" : ""));
        }
        return new KnowledgeItem(cells[0].trim(), step(cells[1].trim()), derived(cells[2].trim()), cells[3].trim());
    }

    private static ArticleStep step(String cell) {
        try {
            return ArticleStep.valueOf(cell);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("the step must be one of " + Arrays.toString(ArticleStep.values())
                    + ", was '" + cell + "'");
        }
    }

    private static boolean derived(String cell) {
        return switch (cell) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw new IllegalArgumentException("derived must be 'yes' or 'no', was '" + cell + "'");
        };
    }
}
