package dev.mlteams.advisor;

import java.io.IOException;
import java.io.InvalidObjectException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A rule set could not be built. {@link #problems()} lists every problem at once, each with the
 * file, the line and the rule where known, and the message from Drools or from this library's
 * checks. No advisor is built from a rule set with problems.
 */
public final class RuleSetException extends AdvisorException {

    private static final long serialVersionUID = 1L;

    /**
     * One problem in a rule file.
     *
     * @param file    the rule file's name or path
     * @param line    the line, or 0 when unknown
     * @param rule    the rule's name, when known
     * @param message what is wrong
     */
    public record Problem(String file, int line, Optional<String> rule, String message) {

        /**
         * @param file    the rule file's name or path; not null
         * @param line    the line, or 0 when unknown
         * @param rule    the rule's name, or empty when unknown; not null
         * @param message what is wrong; not null
         * @throws NullPointerException if an argument is null
         */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(message, "message");
        }

        /** "file:line rule "name": message"; without ":line" where the line is unknown, as for {@code verifyWith}. */
        @Override
        public String toString() {
            return file + (line > 0 ? ":" + line : "") + rule.map(r -> " rule \"" + r + "\"").orElse("") + ": " + message;
        }
    }

    /** Not final only so that {@link #readObject} can restore it: a problem's {@code Optional} is not serializable. */
    private transient List<Problem> problems;

    /**
     * @param problems every problem found, at least one
     * @throws NullPointerException     if {@code problems} or one of them is null
     * @throws IllegalArgumentException if {@code problems} is empty
     */
    public RuleSetException(List<Problem> problems) {
        super(message(problems));
        this.problems = List.copyOf(problems);
    }

    private static String message(List<Problem> problems) {
        if (Objects.requireNonNull(problems, "problems").isEmpty()) {
            throw new IllegalArgumentException("a rule-set exception needs at least one problem");
        }
        return "the rule set has " + problems.size() + (problems.size() == 1 ? " problem" : " problems") + ":"
                + problems.stream().map(p -> "\n  - " + p).collect(Collectors.joining());
    }

    /**
     * Every problem found, in the order they were reported. From {@link Advisor.Builder#build()}:
     * malformed lines and repeated IDs of knowledge files first, then knowledge items whose IDs are
     * taken, then your rule files named like a default rule file, then message bundle families that
     * can no longer be read (one the class loader cannot find, or a directory whose files changed
     * since it was added), in the order they were added, then the safety check's problems, file by
     * file in the order the files were added (within a file, in the order of its text), then the
     * compile and rule-set problems, sorted by file name and line, then what compiles but cannot
     * work as written (a text compared with an enum, a vote after the votes are totalled, and the
     * like), then the texts that {@link Advisor.Builder#verifyIn verifyIn} finds untranslated, under
     * the file name {@code "verifyIn"}, then your {@code advise} calls whose message keys or
     * arguments no text fits. Only a rule set without any of those but the untranslated texts is run
     * on the profiles given to {@link Advisor.Builder#verifyWith(OrgProfile...) verifyWith} and
     * {@link Advisor.Builder#verifyWithCandidates verifyWithCandidates}; its problems there come
     * after the untranslated texts, profile by profile (the company profiles first), under the file
     * name {@code "verifyWith"}.
     *
     * @return the problems, at least one; unmodifiable
     */
    public List<Problem> problems() {
        return problems;
    }

    /**
     * Writes the problems field by field: a problem's {@code Optional} rule is not serializable.
     *
     * @param out the stream
     * @throws IOException if writing fails
     * @serialData the number of problems, then for each its file, line, rule or null, and message
     */
    private void writeObject(ObjectOutputStream out) throws IOException {
        out.defaultWriteObject();
        out.writeInt(problems.size());
        for (Problem problem : problems) {
            out.writeObject(problem.file());
            out.writeInt(problem.line());
            out.writeObject(problem.rule().orElse(null));
            out.writeObject(problem.message());
        }
    }

    /**
     * Reads the problems as {@link #writeObject} wrote them.
     *
     * @param in the stream
     * @throws IOException            if reading fails
     * @throws ClassNotFoundException if a class of the stream cannot be found
     * @throws InvalidObjectException if a problem is malformed or there is none
     */
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        int count = in.readInt();
        List<Problem> read = new ArrayList<>();
        try {
            for (int i = 0; i < count; i++) {
                read.add(new Problem((String) in.readObject(), in.readInt(),
                        Optional.ofNullable((String) in.readObject()), (String) in.readObject()));
            }
        } catch (NullPointerException | ClassCastException e) {
            throw (InvalidObjectException) new InvalidObjectException("malformed rule-set problem").initCause(e);
        }
        if (read.isEmpty()) {
            throw new InvalidObjectException("a rule-set exception needs at least one problem");
        }
        problems = List.copyOf(read);
    }
}
