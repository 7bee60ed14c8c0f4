package dev.mlteams.advisor.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import dev.mlteams.advisor.CandidateProfile;
import dev.mlteams.advisor.OrgProfile;
import dev.mlteams.advisor.ProfileValidationException;
import dev.mlteams.advisor.internal.Nearest;
import dev.mlteams.advisor.internal.OneLineText;
import dev.mlteams.advisor.vocabulary.Role;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Reads a company profile from a YAML or JSON file whose keys are the {@link OrgProfile.Builder}'s
 * fields, for example:
 *
 * <pre>{@code
 * name: Brightdesk
 * industry: SOFTWARE_AND_INTERNET
 * headcount: 600
 * mlHome: PRODUCT_TEAMS
 * mlReportsTo: TEAM_ENGINEERING_LEAD
 * mlStaff: {ML_ENGINEER: 6}
 * plannedHires: 4
 * }</pre>
 *
 * A job candidate's profile, read by {@link #readCandidate(Path)}, holds the {@link
 * CandidateProfile.Builder}'s fields in the same way. Unknown fields, wrong types and invalid
 * values are all reported together. Scenario files use the same mappings under their {@code
 * profile:} and {@code candidate:} keys.
 */
public final class ProfileReader {

    /** More fields than this in one mapping are refused unread, as a mistake or an attack. */
    static final int MAX_FIELDS = 100;
    /** The longest value quoted whole in a problem; a longer one is shortened. */
    private static final int MAX_QUOTED = 60;

    private ProfileReader() {
    }

    /**
     * The profile in {@code file}.
     *
     * @param file the profile file: JSON if its name ends in {@code .json}, else YAML; not null
     * @return the profile, valid
     * @throws NullPointerException if {@code file} is null
     * @throws ScenarioException    naming the file and every problem: unreadable YAML, unknown fields,
     *                              wrong types, and every {@link ProfileValidationException} problem
     * @throws IllegalStateException if a YAML file is read without jackson-dataformat-yaml on the classpath
     */
    public static OrgProfile read(Path file) {
        return read(file, ProfileReader::orgProfile);
    }

    /**
     * The job candidate's profile in {@code file}, for example:
     *
     * <pre>{@code
     * targetRole: ML_ENGINEER
     * softwareEngineeringYears: 4
     * takenMlCourses: true
     * }</pre>
     *
     * @param file the profile file: JSON if its name ends in {@code .json}, else YAML; not null
     * @return the candidate's profile, valid
     * @throws NullPointerException if {@code file} is null
     * @throws ScenarioException    naming the file and every problem: unreadable YAML, unknown fields,
     *                              wrong types, and every {@link ProfileValidationException} problem
     * @throws IllegalStateException if a YAML file is read without jackson-dataformat-yaml on the classpath
     */
    public static CandidateProfile readCandidate(Path file) {
        return read(file, ProfileReader::candidate);
    }

    /** The notations a profile's text can be written in. */
    public enum Format {
        /** JSON, as the {@code "profile"} of a JSON report holds it. */
        JSON,
        /** YAML; reading it needs {@code jackson-dataformat-yaml} on the classpath. */
        YAML
    }

    /**
     * The profile in {@code text}, for a host that receives profiles rather than files, such as
     * the body of an HTTP request; as {@link #read(Path)}, but the exception's message names
     * the text as {@code "the JSON profile"} or {@code "the YAML profile"}.
     *
     * @param text   the profile's text; not null
     * @param format the notation {@code text} is written in; not null
     * @return the profile, valid
     * @throws NullPointerException  if an argument is null
     * @throws ScenarioException     naming every problem: unreadable text, unknown fields, wrong
     *                               types, and every {@link ProfileValidationException} problem
     * @throws IllegalStateException if YAML is read without jackson-dataformat-yaml on the classpath
     */
    public static OrgProfile read(String text, Format format) {
        return read(text, format, ProfileReader::orgProfile);
    }

    /**
     * The job candidate's profile in {@code text}; see {@link #read(String, Format)}.
     *
     * @param text   the profile's text; not null
     * @param format the notation {@code text} is written in; not null
     * @return the candidate's profile, valid
     * @throws NullPointerException  if an argument is null
     * @throws ScenarioException     naming every problem: unreadable text, unknown fields, wrong
     *                               types, and every {@link ProfileValidationException} problem
     * @throws IllegalStateException if YAML is read without jackson-dataformat-yaml on the classpath
     */
    public static CandidateProfile readCandidate(String text, Format format) {
        return read(text, format, ProfileReader::candidate);
    }

    /** How one kind of profile is built from a file's content, as {@link #orgProfile} and {@link #candidate} do. */
    private interface Mapping<T> {
        Optional<T> build(JsonNode node, String where, List<String> problems);
    }

    private static <T> T read(Path file, Mapping<T> mapping) {
        String name = Objects.requireNonNull(file, "file").toString();
        try {
            return build(name, "the file", ScenarioReader.readTree(file), mapping);
        } catch (IOException e) {
            throw new ScenarioException(name, List.of("cannot read the profile: " + ScenarioReader.oneLine(e)));
        }
    }

    private static <T> T read(String text, Format format, Mapping<T> mapping) {
        Objects.requireNonNull(text, "text");
        String name = "the " + Objects.requireNonNull(format, "format") + " profile";
        // A body saved by some Windows editors starts with a byte-order mark, decoded as U+FEFF;
        // a file's bytes are read by Jackson, which skips it itself.
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text;
        try {
            return build(name, "the text", ScenarioReader.readTree(content, format == Format.JSON), mapping);
        } catch (IOException e) {
            throw new ScenarioException(name, List.of("cannot read the profile: " + ScenarioReader.oneLine(e)));
        }
    }

    private static <T> T build(String name, String holder, JsonNode root, Mapping<T> mapping) {
        List<String> problems = new ArrayList<>();
        if (root != null && !root.isMissingNode() && !root.isObject()) {
            throw new ScenarioException(name, List.of(holder + " must hold a mapping of field names to values, not "
                    + (root.isArray() ? "a list" : "a single value")));
        }
        Optional<T> profile = root == null || root.isMissingNode() ? Optional.empty()
                : mapping.build(root, "", problems);
        if (profile.isEmpty()) {
            throw new ScenarioException(name, problems.isEmpty() ? List.of(holder + " holds no profile") : problems);
        }
        return profile.get();
    }

    static Optional<OrgProfile> orgProfile(JsonNode node, String where, List<String> problems) {
        return build(OrgProfile.builder(), OrgProfile.Builder::build, node, where, problems);
    }

    static Optional<CandidateProfile> candidate(JsonNode node, String where, List<String> problems) {
        return build(CandidateProfile.builder(), CandidateProfile.Builder::build, node, where, problems);
    }

    /**
     * Fills {@code builder} from {@code node} and builds, collecting every problem under {@code
     * where}: the fields that cannot be read and, for the others, every value the builder refuses.
     */
    private static <B, T> Optional<T> build(B builder, Function<B, T> build, JsonNode node, String where,
            List<String> problems) {
        int before = problems.size();
        Set<String> unread = new HashSet<>();
        if (!fill(builder, node, where, problems, unread)) {
            return Optional.empty();
        }
        try {
            T built = build.apply(builder);
            return problems.size() == before ? Optional.of(built) : Optional.empty();
        } catch (ProfileValidationException e) {
            // A field that could not be read is reported already; the builder would only add its default.
            // A field the file does not give reads "not given", not as the null or 0 the builder saw.
            Set<String> fields = setters(builder).keySet();
            e.problems().stream().filter(p -> !unread.contains(p.field()))
                    .map(p -> fields.contains(p.field()) && !node.has(p.field())
                            ? p.field() + ": not given: " + p.allowed()
                            // An empty text shows as the file wrote it, not as nothing at all.
                            : p.value().isEmpty() ? p.field() + " = \"\": " + p.allowed() : p.toString())
                    .forEach(p -> problems.add(where.isEmpty() ? p : where + "." + p));
            return Optional.empty();
        }
    }

    /**
     * Calls the builder's setter of each field's name; {@code mlStaff} takes a map of role to count.
     * The names of fields whose values cannot be read go to {@code unread}, as the builder's
     * problems name them ({@code mlStaff[ROLE]} for one count, {@code mlStaff} for the whole map).
     *
     * @return false if {@code node} is not a mapping at all
     */
    private static boolean fill(Object builder, JsonNode node, String where, List<String> problems,
            Set<String> unread) {
        if (!node.isObject()) {
            // A top-level value that is not a mapping is refused before this, in the words of its holder.
            problems.add("'" + where + "' must be a mapping of field names to values");
            return false;
        }
        Map<String, Method> setters = setters(builder);
        if (node.size() > MAX_FIELDS) {
            // Each unknown field would be a problem of its own, with a suggestion: bounded work and
            // a bounded message for a host that reads profiles from requests.
            problems.add((where.isEmpty() ? "the profile" : "'" + where + "'") + " has " + node.size()
                    + " fields; a profile has "
                    + setters.size() + (builder instanceof OrgProfile.Builder ? " and mlStaff" : "")
                    + ", so more than " + MAX_FIELDS + " are not read");
            return false;
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            String path = where.isEmpty() ? field.getKey() : where + "." + field.getKey();
            if (field.getKey().equals("mlStaff") && builder instanceof OrgProfile.Builder org) {
                staff(org, field.getValue(), path, problems, unread);
                continue;
            }
            Method setter = setters.get(field.getKey());
            if (setter == null) {
                Set<String> known = new TreeSet<>(setters.keySet());
                if (builder instanceof OrgProfile.Builder) {
                    known.add("mlStaff");
                }
                Optional<String> meant = field.getKey().codePointCount(0, field.getKey().length()) > MAX_QUOTED
                        ? Optional.empty()
                        : meant(field.getKey(), known);
                problems.add("unknown field '" + quoted(path) + "'"
                        + meant.map(name -> " (did you mean '" + name + "'?)").orElse("")
                        + "; known: " + new TreeSet<>(setters.keySet())
                        + (builder instanceof OrgProfile.Builder ? " and mlStaff" : ""));
                // The field it meant is then unset, unless the file gives it too: the builder's word
                // on an unset field would only repeat this.
                meant.filter(name -> !node.has(name)).ifPresent(unread::add);
                continue;
            }
            if (field.getValue().isNull() && optional(builder, field.getKey())) {
                // As the JSON report writes a profile that declares no archetype: none given.
                continue;
            }
            Optional<?> value = convert(field.getValue(), setter.getParameterTypes()[0], path, problems);
            if (value.isEmpty()) {
                unread.add(field.getKey());
                continue;
            }
            try {
                setter.invoke(builder, value.get());
            } catch (IllegalAccessException | InvocationTargetException e) {
                problems.add(path + ": " + e.getMessage());
                unread.add(field.getKey());
            }
        }
        return true;
    }

    /**
     * {@code value} as a problem quotes it: a line break or direction override masked, and only its
     * start and length if it is too long to quote whole.
     */
    static String quoted(String value) {
        return OneLineText.shortened(value, MAX_QUOTED, MAX_QUOTED);
    }

    /** The name {@code written} most likely meant: the same letters in another case, else the nearest spelling. */
    static Optional<String> meant(String written, Collection<String> names) {
        return names.stream().filter(name -> name.equalsIgnoreCase(written)).findFirst()
                .or(() -> Nearest.to(written, names));
    }

    /** Whether the profile that {@code builder} builds holds {@code field} as an {@link Optional}. */
    private static boolean optional(Object builder, String field) {
        RecordComponent[] components = builder.getClass().getEnclosingClass().getRecordComponents();
        return components != null && Arrays.stream(components)
                .anyMatch(c -> c.getName().equals(field) && c.getType() == Optional.class);
    }

    /** The builder's setters, by field name. */
    private static Map<String, Method> setters(Object builder) {
        Map<String, Method> setters = new TreeMap<>();
        for (Method m : builder.getClass().getMethods()) {
            if (m.getReturnType() == builder.getClass() && m.getParameterCount() == 1) {
                setters.put(m.getName(), m);
            }
        }
        return setters;
    }

    /**
     * Sets each role's count. An entry that cannot be read hides neither the builder's checks of the
     * other entries nor its check of the total: the other entries' total can only grow once the entry
     * is fixed, so a total over the headcount is a problem already. A value that is not a map of
     * roles at all hides the check of the total.
     */
    private static void staff(OrgProfile.Builder builder, JsonNode node, String path, List<String> problems,
            Set<String> unread) {
        if (!node.isObject()) {
            problems.add("'" + path + "' must map roles " + Arrays.toString(Role.values()) + " to counts");
            unread.add("mlStaff");
            return;
        }
        if (node.size() > MAX_FIELDS) {
            problems.add("'" + path + "' has " + node.size() + " entries; there are " + Role.values().length
                    + " roles, so more than " + MAX_FIELDS + " are not read");
            unread.add("mlStaff");
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            Optional<Role> role = convert(JsonNodeFactory.instance.textNode(e.getKey()), Role.class, path, problems);
            Optional<Integer> count = convert(e.getValue(), int.class, path + "." + e.getKey(), problems);
            if (role.isPresent() && count.isPresent()) {
                builder.mlStaff(role.get(), count.get());
            } else {
                role.ifPresent(r -> unread.add("mlStaff[" + r + "]"));
            }
        }
    }

    static <T> Optional<T> convert(JsonNode value, Class<T> type, String path, List<String> problems) {
        try {
            if (value == null || value.isNull() || value.isMissingNode()) {
                throw new IllegalArgumentException("no value given");
            }
            if (type.isEnum() && !value.isTextual()) {
                throw new IllegalArgumentException("expected one of " + Arrays.toString(type.getEnumConstants()));
            }
            if (type.isEnum()) {
                for (T constant : type.getEnumConstants()) {
                    if (((Enum<?>) constant).name().equals(value.asText())) {
                        return Optional.of(constant);
                    }
                }
                List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
                Optional<String> meant = value.asText().codePointCount(0, value.asText().length()) > MAX_QUOTED
                        ? Optional.empty()
                        : meant(value.asText(), names);
                throw new IllegalArgumentException("'" + quoted(value.asText()) + "' is not one of " + names
                        + meant.map(name -> " (did you mean " + name + "?)").orElse(""));
            }
            if (type == String.class && !value.isValueNode()) {
                throw new IllegalArgumentException("expected text, found a " + (value.isArray() ? "list" : "mapping"));
            }
            if (type == String.class && !value.isTextual()) {
                // YAML reads name: 0123 as the number 83: the text would not be the one written.
                throw new IllegalArgumentException("expected text, found " + (value.isNumber() ? "the number " : "")
                        + quoted(value.asText()) + ": put the text in quotes");
            }
            if ((type == int.class && !(value.isIntegralNumber() && value.canConvertToInt()))
                    || (type == boolean.class && !value.isBoolean())) {
                // "300" or "true" in quotes is text to YAML and JSON: say so, as the value reads right.
                boolean quoted = value.isTextual() && (type == int.class ? value.asText().strip().matches("-?\\d+")
                        : value.asText().strip().matches("true|false"));
                throw new IllegalArgumentException("expected " + (type == int.class ? "a whole number" : "true or false")
                        + ", found '" + quoted(value.asText()) + "'" + (quoted ? " in quotes, which makes it text: leave"
                        + " out the quotes" : ""));
            }
            Class<?> boxed = type == int.class ? Integer.class : type == boolean.class ? Boolean.class : type;
            @SuppressWarnings("unchecked")
            T converted = (T) ScenarioReader.JSON.convertValue(value, boxed);
            return Optional.of(converted);
        } catch (IllegalArgumentException e) {
            problems.add(path + ": " + e.getMessage());
            return Optional.empty();
        }
    }
}
