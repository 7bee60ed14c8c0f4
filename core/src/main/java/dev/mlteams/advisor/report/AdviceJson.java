package dev.mlteams.advisor.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.CandidateAdvice;
import dev.mlteams.advisor.analysis.WhyNot;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Advice as JSON, and back.
 *
 * <h2>Schema</h2>
 * The document mirrors the result records: an object per record with one property per record
 * component, in declaration order ({@code profile}, {@code archetype}, {@code teamDesign},
 * {@code hiringPlan}, {@code practices}, {@code risks}, {@code warnings}, {@code roadmap},
 * {@code trace}, {@code ruleSet}, {@code locale} for {@link Advice}); enums as their names;
 * {@code Optional} as the value or {@code null}; maps with their keys in order (enum keys, such as
 * {@code mlStaff}'s roles, in declaration order, not alphabetically); a locale as its BCP 47
 * language tag, such as {@code "zh-CN"} (the CLI's {@code --lang}; reading refuses anything else,
 * Java's {@code "zh_CN"} included; the few legacy Java locales whose tag names another locale,
 * such as {@code no_NO_NY}, written {@code "nn-NO"}, read back as that one). Every item has
 * {@code message} ({@code key}, {@code args}, {@code text}) and
 * {@code explanation} ({@code rule}, {@code firing}, {@code sources}, {@code evidence},
 * {@code ruleSet}). The schema changes only with the records, and such changes are listed in the
 * changelog. Output is pretty-printed and byte-for-byte deterministic: lines end in {@code "\n"}
 * on every platform.
 */
public final class AdviceJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new LanguageTagModule())
            .enable(SerializationFeature.INDENT_OUTPUT)
            // Jackson's default indenter ends lines with the platform's separator, "\r\n" on Windows.
            .defaultPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")))
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            // Else a repeated key fails in the record's constructor, with a message that does not name it.
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private AdviceJson() {
    }

    /**
     * The advice as JSON.
     *
     * @param advice the advice to write; not null
     * @return the JSON document, ending in a line break
     * @throws NullPointerException if {@code advice} is null
     */
    public static String write(Advice advice) {
        return toJson(Objects.requireNonNull(advice, "advice"));
    }

    /**
     * A candidate's advice as JSON.
     *
     * @param advice the candidate's advice to write; not null
     * @return the JSON document, ending in a line break
     * @throws NullPointerException if {@code advice} is null
     */
    public static String write(CandidateAdvice advice) {
        return toJson(Objects.requireNonNull(advice, "advice"));
    }

    /**
     * Why-not's answer as JSON, for a host that serves it, as {@link #write(Advice)} writes advice:
     * the {@link WhyNot} record's components, each item it names with its message and
     * explanation. Written only: no reader, as why-not is asked again rather than stored. Unlike
     * advice, a {@code WhyNot} does not name the language of its items' texts: it is the one the
     * host asked for ({@link dev.mlteams.advisor.Advisor#whyNot(dev.mlteams.advisor.OrgProfile,
     * String, java.util.Locale)}), which the host adds to its answer if it needs it.
     *
     * @param why the answer to write; not null
     * @return the JSON document, ending in a line break
     * @throws NullPointerException if {@code why} is null
     */
    public static String write(WhyNot why) {
        return toJson(Objects.requireNonNull(why, "why"));
    }

    /**
     * Reads advice written by {@link #write(Advice)}.
     *
     * @param json the JSON document; not null
     * @return the advice, never null
     * @throws NullPointerException if {@code json} is null
     * @throws AdvisorException     if the text is not advice JSON of this schema, repeats a key or
     *                              has more after the advice; the message names the line and column,
     *                              and any field the schema lacks, a misspelt one included
     */
    public static Advice readAdvice(String json) {
        return fromJson(json, Advice.class);
    }

    /**
     * Reads a candidate's advice written by {@link #write(CandidateAdvice)}.
     *
     * @param json the JSON document; not null
     * @return the candidate's advice, never null
     * @throws NullPointerException if {@code json} is null
     * @throws AdvisorException     if the text is not candidate-advice JSON of this schema, repeats a
     *                              key or has more after the advice; the message names the line and
     *                              column, and any field the schema lacks, a misspelt one included
     */
    public static CandidateAdvice readCandidateAdvice(String json) {
        return fromJson(json, CandidateAdvice.class);
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new AdvisorException("cannot write " + value.getClass().getSimpleName() + " as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        String not = "not " + type.getSimpleName() + " JSON: ";
        try (JsonParser parser = MAPPER.createParser(Objects.requireNonNull(json, "json"))) {
            T value = MAPPER.readValue(parser, type);
            // Jackson reads the JSON literal null as a null object.
            if (value == null) {
                throw new AdvisorException(not + "the text is null");
            }
            // Jackson stops after the first value: the rest would be dropped without a word.
            if (parser.nextToken() != null) {
                throw new AdvisorException(not + "more text after the advice" + where(parser.currentTokenLocation()));
            }
            return value;
        } catch (IOException | IllegalArgumentException e) {
            throw new AdvisorException(not + problem(e, json), e);
        }
    }

    /**
     * Jackson's message with the line and column, but not its location's "Source: REDACTED ..." text;
     * when a record could not be made, first the fields of its object in {@code text} that it has no
     * component for.
     */
    private static String problem(Exception e, String text) {
        if (!(e instanceof JsonProcessingException json) || json.getOriginalMessage() == null) {
            return e.getMessage();
        }
        String chain = json instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                ? " (through reference chain: " + mapping.getPathReference() + ")" : "";
        // A record refuses a component the JSON lacks with a NullPointerException naming it: say so.
        String message = json instanceof ValueInstantiationException && json.getCause() instanceof NullPointerException npe
                && npe.getMessage() != null ? "no value for " + npe.getMessage() : json.getOriginalMessage();
        String unknown = json instanceof ValueInstantiationException creating ? unknownFields(text, creating) : "";
        return unknown + message + where(json.getLocation()) + chain;
    }

    /**
     * "unknown field "x" (line, column); " for each field of the object whose record could not be
     * made that the record has no component for, or "". Jackson reports unknown fields only after
     * the record's constructor ran, so a misspelt field would show only as the value it left missing.
     */
    private static String unknownFields(String json, ValueInstantiationException e) {
        Class<?> type = e.getType().getRawClass();
        if (!type.isRecord()) {
            return "";
        }
        Set<String> known = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                .collect(Collectors.toSet());
        JsonPointer object = JsonPointer.empty();
        for (JsonMappingException.Reference step : e.getPath()) {
            object = step.getFieldName() != null ? object.appendProperty(step.getFieldName())
                    : object.appendIndex(step.getIndex());
        }
        StringBuilder unknown = new StringBuilder();
        try (JsonParser parser = MAPPER.createParser(json)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                JsonStreamContext context = parser.getParsingContext();
                if (token == JsonToken.FIELD_NAME && !known.contains(parser.currentName())
                        && context.getParent().pathAsPointer().equals(object)) {
                    unknown.append("unknown field \"").append(parser.currentName()).append('"')
                            .append(where(parser.currentTokenLocation())).append("; ");
                }
                if (token.isStructEnd() && context.inRoot()) {
                    break;
                }
            }
        } catch (IOException unreadable) {
            // The text was read up to the failing record; the fields found so far are all there are.
        }
        return unknown.toString();
    }

    private static String where(JsonLocation at) {
        return at == null || at.getLineNr() < 1 ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    }
}
