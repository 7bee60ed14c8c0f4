package dev.mlteams.advisor.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import dev.mlteams.advisor.Advice;
import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.CandidateAdvice;
import java.util.Objects;

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
            .build();

    private AdviceJson() {
    }

    /** The advice as JSON. */
    public static String write(Advice advice) {
        return toJson(Objects.requireNonNull(advice, "advice"));
    }

    /** A candidate's advice as JSON. */
    public static String write(CandidateAdvice advice) {
        return toJson(Objects.requireNonNull(advice, "advice"));
    }

    /**
     * Reads advice written by {@link #write(Advice)}.
     *
     * @throws AdvisorException if the text is not advice JSON of this schema
     */
    public static Advice readAdvice(String json) {
        return fromJson(json, Advice.class);
    }

    /**
     * Reads a candidate's advice written by {@link #write(CandidateAdvice)}.
     *
     * @throws AdvisorException if the text is not candidate-advice JSON of this schema
     */
    public static CandidateAdvice readCandidateAdvice(String json) {
        return fromJson(json, CandidateAdvice.class);
    }

    private static String toJson(Object value) {
        try {
            return MAPPER.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new AdvisorException("cannot write advice as JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T fromJson(String json, Class<T> type) {
        T value;
        try {
            value = MAPPER.readValue(Objects.requireNonNull(json, "json"), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new AdvisorException("not " + type.getSimpleName() + " JSON: " + e.getMessage(), e);
        }
        // Jackson reads the JSON literal null as a null object.
        if (value == null) {
            throw new AdvisorException("not " + type.getSimpleName() + " JSON: the text is null");
        }
        return value;
    }
}
