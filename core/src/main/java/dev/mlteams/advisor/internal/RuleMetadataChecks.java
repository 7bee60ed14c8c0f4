package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.RuleSetException;
import dev.mlteams.advisor.authoring.Phase;
import dev.mlteams.advisor.knowledge.KnowledgeItem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.drl.ast.descr.AnnotationDescr;
import org.drools.drl.ast.descr.AttributeDescr;
import org.drools.drl.ast.descr.PackageDescr;
import org.drools.drl.ast.descr.RuleDescr;

/**
 * The library's own checks of a rule's metadata, which Drools does not make: its {@code @source}
 * cites knowledge IDs of the catalogue, and its ruleflow group is a {@link Phase}. Kept apart
 * from {@link CompiledRules} because they run on two forms of a rule: the compiled rules, and the
 * rules the parser still finds in a file that did not compile.
 */
final class RuleMetadataChecks {

    private static final Set<String> AGENDA_GROUPS = Arrays.stream(Phase.values())
            .map(Phase::agendaGroup).collect(Collectors.toUnmodifiableSet());

    /** The group of a rule that names no phase: Drools' default. */
    static final String NO_PHASE = "MAIN";

    private RuleMetadataChecks() {
    }

    /** The phase a parsed rule names, by {@code ruleflow-group} or the older {@code agenda-group}, or {@link #NO_PHASE}. */
    static String phaseOf(RuleDescr rule) {
        AttributeDescr group = rule.getAttributes().getOrDefault("ruleflow-group", rule.getAttributes().get("agenda-group"));
        return group == null ? NO_PHASE : group.getValue();
    }

    /** Where a phase runs among the others; a rule without one runs last. */
    static int order(String phase) {
        for (Phase each : Phase.values()) {
            if (each.agendaGroup().equals(phase)) {
                return each.ordinal();
            }
        }
        return Phase.values().length;
    }

    /** Whether a vote cast in {@code phase} counts: {@link Phase#CLASSIFY} totals the votes of the phases before it. */
    static boolean votesCount(String phase) {
        return order(phase) < Phase.CLASSIFY.ordinal();
    }

    /** A phase as a problem names it: {@code phase "advise"}, or that a rule without one runs last. */
    static String described(String phase) {
        return phase.equals(NO_PHASE) ? "no phase, which runs after every phase" : "phase \"" + phase + "\"";
    }

    /** Whether {@code phase} is one of the phases or none; another name is a problem of its own. */
    static boolean knownPhase(String phase) {
        return AGENDA_GROUPS.contains(phase) || NO_PHASE.equals(phase);
    }

    static void checkPhase(String rule, String phase, String file, int line,
            List<RuleSetException.Problem> problems) {
        if (!knownPhase(phase)) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                    "ruleflow-group \"" + phase + "\" is not a phase; use one of "
                            + Arrays.stream(Phase.values()).map(Phase::agendaGroup).toList() + " or none"));
        }
    }

    /**
     * The {@code @source} and phase checks of a file that did not compile, on the rules its parser
     * still finds, so that a compile error does not hide them until it is fixed.
     */
    static void checkParsed(RuleSource source, RuleSetDefinition definition,
            List<RuleSetException.Problem> problems) {
        PackageDescr parsed = source.parsed().orElse(null);
        if (parsed == null) {
            return;
        }
        Map<String, Integer> lines = source.ruleLines();
        for (RuleDescr rule : parsed.getRules()) {
            if (rule.getName() == null || rule.getName().isBlank()) {
                continue;
            }
            int line = lines.getOrDefault(rule.getName(), Math.max(0, rule.getLine()));
            AnnotationDescr cited = rule.getAnnotation("source");
            sources(rule.getName(), sourceMetadata(cited == null ? null : cited.getSingleValue()),
                    rule.getAnnotationNames(), source.name(), line, definition, problems);
            checkPhase(rule.getName(), phaseOf(rule), source.name(), line, problems);
        }
    }

    static List<KnowledgeItem> sources(String rule, String value, Collection<String> annotations, String file,
            int line, RuleSetDefinition definition, List<RuleSetException.Problem> problems) {
        if (value.isBlank()) {
            problems.add(new RuleSetException.Problem(file, line, Optional.of(rule),
                    "no @source(\"...\") metadata naming the knowledge IDs the rule encodes"
                            + CompileHints.misspeltAnnotation(annotations, "source")));
            return List.of();
        }
        // A quote lost in or after @source("...") makes its value take in the rule text up to a
        // later quote: one problem for that, not one "cites" for each word it took in.
        long lines = value.lines().count();
        if (lines > 1 && value.indexOf('"') >= 0) {
            problems.add(new RuleSetException.Problem(file, sourceLine(file, line, definition), Optional.of(rule),
                    "@source's value runs on over " + lines + " lines and holds quotes, so it took in the text after"
                            + " it: a quote in or after @source(\"...\") may be missing"));
            return List.of();
        }
        List<KnowledgeItem> items = new ArrayList<>();
        boolean namesAny = false;
        for (String id : sourceIds(value)) {
            namesAny = true;
            Optional<KnowledgeItem> item = definition.catalogue().find(id);
            if (item.isPresent()) {
                // Cited twice is cited once: an explanation lists each source once.
                if (!items.contains(item.get())) {
                    items.add(item.get());
                }
            } else if (!definition.unreadKnowledge().contains(id)) {
                problems.add(new RuleSetException.Problem(file, sourceLine(file, line, definition), Optional.of(rule),
                        "@source cites \"" + id + "\", which is not in the knowledge catalogue"
                                + " (register your own IDs with Advisor.Builder.addKnowledge)"));
            }
        }
        if (!namesAny) {
            problems.add(new RuleSetException.Problem(file, sourceLine(file, line, definition), Optional.of(rule),
                    "@source(\"" + value + "\") names no knowledge ID"));
        }
        return List.copyOf(items);
    }

    /**
     * The line of the {@code @source} of the rule declared on {@code line} of {@code file}: the
     * first line from there to its {@code when} that holds it, outside comments and strings; else
     * the rule's line. Worked out only for a problem, from the file's text.
     */
    private static int sourceLine(String file, int line, RuleSetDefinition definition) {
        String drl = definition.sources().stream().filter(source -> source.name().equals(file)).map(RuleSource::drl)
                .findFirst().orElse(null);
        if (drl == null || line < 1) {
            return line;
        }
        String[] code = RuleSafety.withoutCommentsAndStrings(drl).split("\n", -1);
        for (int i = line - 1; i < code.length; i++) {
            if (SOURCE_ANNOTATION.matcher(code[i]).find()) {
                return i + 1;
            }
            if (i > line - 1 && WHEN.matcher(code[i]).find()) {
                break;
            }
        }
        return line;
    }

    private static final Pattern SOURCE_ANNOTATION = Pattern.compile("@source\\b");
    private static final Pattern WHEN = Pattern.compile("^\\s*when\\b");

    /**
     * The knowledge IDs an {@code @source} value names, separated as the catalogue allows: IDs hold
     * neither commas nor spaces.
     */
    static List<String> sourceIds(String value) {
        return Arrays.stream(value.split("[,\\s]+")).filter(id -> !id.isEmpty()).toList();
    }

    /**
     * The text of an {@code @source} value, or "": the executable model keeps the DRL's quotes,
     * DRL compiled at run time does not; an array value ({@code @source({"P5", "P7"})}) is its
     * elements, comma-separated.
     */
    static String sourceMetadata(Object value) {
        if (value instanceof Object[] values) {
            return Arrays.stream(values).map(RuleMetadataChecks::sourceMetadata).collect(Collectors.joining(", "));
        }
        if (value instanceof Collection<?> values) {
            return values.stream().map(RuleMetadataChecks::sourceMetadata).collect(Collectors.joining(", "));
        }
        String text = value == null ? "" : value.toString().strip();
        if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
            text = text.substring(1, text.length() - 1);
        }
        return text;
    }
}
