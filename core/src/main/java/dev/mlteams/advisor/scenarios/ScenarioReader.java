package dev.mlteams.advisor.scenarios;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.scenarios.Scenario.DesignExpectation;
import dev.mlteams.advisor.scenarios.Scenario.PositionExpectation;
import dev.mlteams.advisor.vocabulary.Archetype;
import dev.mlteams.advisor.vocabulary.DataOwnership;
import dev.mlteams.advisor.vocabulary.EngineeringResearchBalance;
import dev.mlteams.advisor.vocabulary.ModelOwnership;
import dev.mlteams.advisor.vocabulary.ReportingLine;
import dev.mlteams.advisor.vocabulary.Role;
import dev.mlteams.advisor.vocabulary.Seniority;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads scenario files. A file holds one scenario, in YAML ({@code .yaml}, {@code .yml}) or JSON
 * ({@code .json}):
 *
 * <pre>{@code
 * name: the added rule advises a risk reviewer in a regulated industry
 * profile:                       # the OrgProfile builder's fields; or "candidate:" with CandidateProfile's
 *   name: Acme Health
 *   industry: HEALTHCARE
 *   headcount: 5000
 *   mlHome: PRODUCT_TEAMS
 *   mlReportsTo: TEAM_ENGINEERING_LEAD
 *   mlStaff: {ML_ENGINEER: 8, DATA_ENGINEER: 2}
 *   modelsInProduction: true
 *   modelMaintainer: ML_TEAM
 *   plannedHires: 4
 * expect:
 *   archetype: PRODUCT_EMBEDDED                  # optional
 *   present: [acme.risk-reviewer, ACME-1]        # message keys or knowledge IDs
 *   fired: ["acme: regulated industries hire an ML risk reviewer"]   # optional
 * }</pre>
 *
 * This is {@code examples/custom-rules/src/test/scenarios/added-rule-fires-for-regulated-industries.yaml},
 * run against that example's advisor. {@code absent} lists message keys or knowledge IDs that must
 * not appear, {@code notFired} names of rules that must not fire. Each list holds text: quote a rule
 * name that contains {@code ": "}, or YAML reads it as a mapping. A company's scenario can also
 * check the team design and the hiring plan's positions:
 *
 * <pre>{@code
 * expect:
 *   design:                     # any of the four; each names a value of its enum
 *     engineeringVsResearch: GENERALIST_ENGINEERING
 *     dataOwnership: BORROWS_FROM_OWNERS
 *     modelOwnership: BUILDERS_OWN_END_TO_END
 *     reportingLine: CTO
 *   positions:                  # every position, in the plan's order; all but role optional
 *     - {role: ML_ENGINEER, seniority: SENIOR, count: 1, priority: 1}
 *     - {role: ML_ENGINEER, seniority: JUNIOR}
 * }</pre>
 *
 * {@code positions: []} expects a plan without positions. Unknown keys are errors, with the nearest
 * known key if one is close ({@code unknown key 'expect.presnt' (did you mean 'present'?)}), so a
 * typo never silently weakens a scenario.
 */
public final class ScenarioReader {

    static final ObjectMapper JSON = strict(new ObjectMapper());
    private static final Set<String> TOP = Set.of("name", "profile", "candidate", "expect");
    private static final Set<String> EXPECT =
            Set.of("archetype", "design", "positions", "present", "absent", "fired", "notFired");
    private static final Set<String> DESIGN =
            Set.of("engineeringVsResearch", "dataOwnership", "modelOwnership", "reportingLine");
    private static final Set<String> POSITION = Set.of("role", "seniority", "count", "priority");

    private ScenarioReader() {
    }

    /**
     * A repeated key, a second YAML document and text after the JSON value are errors: read
     * leniently, each would drop part of a file without a word, and a scenario could pass while
     * one of its checks was never read.
     */
    private static ObjectMapper strict(ObjectMapper mapper) {
        return mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    /**
     * The content of a YAML file, or of a JSON file if its name ends in {@code .json}.
     *
     * @throws IllegalStateException naming the dependency, if a YAML file is read without it
     */
    static JsonNode readTree(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException("it is a directory");
        }
        // Through the file system of the path, so that a file in a zip file system reads too.
        try (InputStream in = Files.newInputStream(file)) {
            return (file.toString().endsWith(".json") ? JSON : yaml()).readTree(in);
        }
    }

    /**
     * {@code text} read as JSON or as YAML.
     *
     * @throws IllegalStateException naming the dependency, if YAML is read without it
     */
    static JsonNode readTree(String text, boolean json) throws IOException {
        return (json ? JSON : yaml()).readTree(text);
    }

    /** Jackson's YAML reader, an optional dependency of advisor-core, loaded when first needed. */
    private static final class Yaml {
        static final ObjectMapper MAPPER = strict(new ObjectMapper(new YAMLFactory()));
    }

    private static ObjectMapper yaml() {
        try {
            return Yaml.MAPPER;
        } catch (NoClassDefFoundError e) {
            throw new IllegalStateException("reading YAML needs com.fasterxml.jackson.dataformat:jackson-dataformat-yaml"
                    + " " + com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION + " (the Jackson version of"
                    + " advisor-core) on the classpath (in the test scope for scenario tests, at run time to read YAML profiles"
                    + " in a service), or write the file as JSON (.json)", e);
        }
    }

    /** Why a file could not be parsed, on one line: the parser's message and where, without its excerpt. */
    static String oneLine(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        String message = e.getMessage();
        String where = "";
        if (e instanceof JsonProcessingException parse && parse.getOriginalMessage() != null) {
            message = parse.getOriginalMessage();
            JsonLocation at = parse.getLocation();
            if (at != null && at.getLineNr() > 0) {
                where = " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
            }
        }
        String said = String.valueOf(message);
        if (said.startsWith("Trailing token")) {
            // Jackson's words name its own setting; the reader needs to know what to remove.
            return "a second document or value follows the first; a file holds one" + where;
        }
        return yamlSyntax(said).orElse(said.replaceAll("\\s+", " ").strip() + where);
    }

    /** SnakeYAML's mark of a place: a line, the quoted text, and a caret under the spot. */
    private static final Pattern YAML_MARK =
            Pattern.compile("\\n? in '[^']*', line (\\d+), column (\\d+):\\n[^\\n]*\\n\\s*\\^[^\\n]*");

    /**
     * A YAML syntax error on one line, without the quoted text and caret SnakeYAML draws: "expected
     * ',' or ']', but got {@code <stream end>} (line 3, column 1), while parsing a flow sequence from line
     * 1, column 7".
     */
    private static Optional<String> yamlSyntax(String message) {
        Matcher mark = YAML_MARK.matcher(message);
        List<String> parts = new ArrayList<>();
        int from = 0;
        while (mark.find()) {
            String said = message.substring(from, mark.start()).replaceAll("\\s+", " ").strip();
            parts.add(said + " (line " + mark.group(1) + ", column " + mark.group(2) + ")");
            from = mark.end();
        }
        if (parts.isEmpty()) {
            return Optional.empty();
        }
        String rest = message.substring(from).replaceAll("\\s+", " ").strip();
        if (!rest.isEmpty()) {
            parts.add(rest);
        }
        // SnakeYAML says the context first ("while parsing ..."), then the problem.
        if (parts.size() >= 2 && parts.get(0).startsWith("while ")) {
            parts.add(parts.remove(0).replaceFirst(" \\(line", " from line").replaceFirst("\\)$", ""));
        }
        return Optional.of(String.join(", ", parts));
    }

    /**
     * Every scenario file below {@code directory}, recursively, in path order.
     *
     * @param directory the directory to read the {@code .yaml}, {@code .yml} and {@code .json} files of; not null
     * @return the scenarios, one per file, in path order; never empty
     * @throws NullPointerException     if {@code directory} is null
     * @throws IllegalArgumentException if {@code directory} is not a directory or holds no scenario file
     * @throws ScenarioException        naming the directory and every problem of every file that cannot be
     *                                  read, each after that file's path below the directory
     * @throws IllegalStateException    if a YAML file is read without jackson-dataformat-yaml on the classpath
     */
    public static List<Scenario> readAll(Path directory) {
        Objects.requireNonNull(directory, "directory");
        List<Scenario> scenarios = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files(directory)) {
            try {
                scenarios.add(read(file));
            } catch (ScenarioException e) {
                // Read on, so that one run names every file to fix.
                e.problems().forEach(problem -> problems.add(directory.relativize(file) + ": " + problem));
            }
        }
        if (!problems.isEmpty()) {
            throw new ScenarioException(directory.toString(), problems);
        }
        return scenarios;
    }

    /**
     * The scenario files below {@code directory}, recursively, in path order.
     *
     * @throws IllegalArgumentException if {@code directory} is not a directory or holds no scenario file
     * @throws ScenarioException        if the directory cannot be listed
     */
    static List<Path> files(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("not a directory of scenarios: " + directory);
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(ScenarioReader::isScenarioFile).sorted().toList();
        } catch (IOException e) {
            throw new ScenarioException(directory.toString(), List.of("cannot list the directory: " + e.getMessage()));
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException("no .yaml, .yml or .json scenario files below " + directory);
        }
        return files;
    }

    private static boolean isScenarioFile(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".yaml") || name.endsWith(".yml") || name.endsWith(".json");
    }

    /**
     * One scenario file.
     *
     * @param file the file: JSON if its name ends in {@code .json}, else YAML; not null
     * @return the scenario it describes
     * @throws NullPointerException if {@code file} is null
     * @throws ScenarioException    naming the file and every problem in it
     * @throws IllegalStateException if a YAML file is read without jackson-dataformat-yaml on the classpath
     */
    public static Scenario read(Path file) {
        String name = Objects.requireNonNull(file, "file").toString();
        JsonNode root;
        try {
            root = readTree(file);
        } catch (IOException e) {
            throw new ScenarioException(name, List.of("not valid " + (name.endsWith(".json") ? "JSON" : "YAML")
                    + ": " + oneLine(e)));
        }
        if (root == null || !root.isObject()) {
            throw new ScenarioException(name, List.of("expected a mapping with name, profile or candidate, expect"));
        }
        List<String> problems = new ArrayList<>();
        unknownKeys(root, TOP, "", problems);
        String title = root.path("name").asText(file.getFileName().toString());
        JsonNode expect = root.path("expect");
        int misread = problems.size();
        if (!expect.isObject()) {
            problems.add("missing 'expect' mapping");
        } else {
            unknownKeys(expect, EXPECT, "expect.", problems);
        }
        misread = problems.size() - misread;
        Optional<OrgProfile> profile = root.has("profile")
                ? ProfileReader.orgProfile(root.get("profile"), "profile", problems) : Optional.empty();
        Optional<CandidateProfile> candidate = root.has("candidate")
                ? ProfileReader.candidate(root.get("candidate"), "candidate", problems) : Optional.empty();
        if (root.has("profile") == root.has("candidate")) {
            problems.add("give exactly one of 'profile' and 'candidate'");
        }
        Optional<Archetype> archetype = Optional.empty();
        int beforeChecks = problems.size();
        if (expect.has("archetype") && root.has("candidate")) {
            // Candidate advice names no archetype, so such a scenario could never pass.
            problems.add("expect.archetype: a candidate's advice has no archetype;"
                    + " expect present, absent, fired or notFired");
        } else if (expect.has("archetype")) {
            archetype = ProfileReader.convert(expect.get("archetype"), Archetype.class, "expect.archetype", problems);
        }
        DesignExpectation design = DesignExpectation.NONE;
        Optional<List<PositionExpectation>> positions = Optional.empty();
        if (root.has("candidate")) {
            // Each one given, as a candidate's advice has neither: null is none given.
            for (String part : List.of("design", "positions")) {
                if (expect.hasNonNull(part)) {
                    problems.add("expect." + part + ": a candidate's advice has no team design or hiring plan;"
                            + " expect present, absent, fired or notFired");
                }
            }
        } else {
            design = design(expect.path("design"), problems);
            positions = positions(expect.path("positions"), problems);
        }
        List<String> present = strings(expect.path("present"), "expect.present", problems);
        List<String> absent = strings(expect.path("absent"), "expect.absent", problems);
        List<String> fired = strings(expect.path("fired"), "expect.fired", problems);
        List<String> notFired = strings(expect.path("notFired"), "expect.notFired", problems);
        // Only where nothing was written to check: a misspelt key or a value that cannot be read says more.
        misread += problems.size() - beforeChecks;
        if (expect.isObject() && misread == 0 && archetype.isEmpty() && design.equals(DesignExpectation.NONE)
                && positions.isEmpty() && present.isEmpty() && absent.isEmpty() && fired.isEmpty()
                && notFired.isEmpty()) {
            problems.add("'expect' names nothing to check: give an archetype, design, positions, present, absent,"
                    + " fired or notFired");
        }
        if (!problems.isEmpty() || (profile.isEmpty() && candidate.isEmpty())) {
            throw new ScenarioException(name, problems.isEmpty() ? List.of("the profile is invalid") : problems);
        }
        return new Scenario(title, name, profile, candidate, archetype, design, positions, present, absent, fired,
                notFired);
    }

    private static DesignExpectation design(JsonNode node, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return DesignExpectation.NONE;
        }
        if (!node.isObject()) {
            problems.add("'expect.design' must be a mapping of " + new TreeSet<>(DESIGN));
            return DesignExpectation.NONE;
        }
        unknownKeys(node, DESIGN, "expect.design.", problems);
        return new DesignExpectation(
                optional(node, "engineeringVsResearch", EngineeringResearchBalance.class, "expect.design.", problems),
                optional(node, "dataOwnership", DataOwnership.class, "expect.design.", problems),
                optional(node, "modelOwnership", ModelOwnership.class, "expect.design.", problems),
                optional(node, "reportingLine", ReportingLine.class, "expect.design.", problems));
    }

    private static Optional<List<PositionExpectation>> positions(JsonNode node, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isArray()) {
            problems.add("'expect.positions' must be a list");
            return Optional.empty();
        }
        List<PositionExpectation> positions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode entry = node.get(i);
            String path = "expect.positions, item " + (i + 1);
            if (!entry.isObject()) {
                problems.add(path + ": expected a mapping such as {role: ML_ENGINEER, seniority: SENIOR}");
                continue;
            }
            List<String> unknown = new ArrayList<>();
            unknownKeys(entry, POSITION, "", unknown);
            unknown.forEach(problem -> problems.add(path + ": " + problem));
            Optional<Role> role = ProfileReader.convert(entry.get("role"), Role.class, path + ", role", problems);
            Optional<Seniority> seniority = optional(entry, "seniority", Seniority.class, path + ", ", problems);
            OptionalInt count = atLeastOne(entry, "count", path, problems);
            OptionalInt priority = atLeastOne(entry, "priority", path, problems);
            role.ifPresent(r -> positions.add(new PositionExpectation(r, seniority, count, priority)));
        }
        return Optional.of(positions);
    }

    private static <T> Optional<T> optional(JsonNode node, String key, Class<T> type, String prefix,
            List<String> problems) {
        return node.has(key) ? ProfileReader.convert(node.get(key), type, prefix + key, problems) : Optional.empty();
    }

    /** A count or priority: a position has at least one of each, so 0 could never match. */
    private static OptionalInt atLeastOne(JsonNode entry, String key, String path, List<String> problems) {
        Optional<Integer> value = optional(entry, key, int.class, path + ", ", problems);
        if (value.isPresent() && value.get() < 1) {
            problems.add(path + ", " + key + ": must be at least 1, was " + value.get());
            return OptionalInt.empty();
        }
        return value.map(OptionalInt::of).orElse(OptionalInt.empty());
    }

    private static List<String> strings(JsonNode node, String path, List<String> problems) {
        if (node.isMissingNode() || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            problems.add("'" + path + "' must be a list");
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            JsonNode value = node.get(i);
            if (value.isValueNode() && !value.isNull()) {
                values.add(value.asText());
            } else {
                // As text, a mapping or a list would be an empty or odd entry that could never match.
                problems.add(path + ", item " + (i + 1) + ": expected text, found "
                        + (value.isObject() ? "a mapping; quote text that contains ': '"
                                : value.isArray() ? "a list" : "nothing"));
            }
        }
        return values;
    }

    private static void unknownKeys(JsonNode node, Set<String> known, String prefix, List<String> problems) {
        node.fieldNames().forEachRemaining(key -> {
            if (!known.contains(key)) {
                // As an unknown field of a profile: the key it most likely meant, if one is close.
                problems.add("unknown key '" + prefix + key + "'" + ProfileReader.meant(key, known)
                        .map(name -> " (did you mean '" + name + "'?)").orElse("")
                        + "; known: " + new TreeSet<>(known));
            }
        });
    }
}
