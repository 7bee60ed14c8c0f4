package dev.mlteams.advisor.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.IllformedLocaleException;
import java.util.Locale;

/**
 * A {@link Locale} in advice JSON as its BCP 47 language tag, {@code "zh-CN"}, the form the CLI's
 * {@code --lang} takes, rather than Jackson's default, Java's {@code "zh_CN"}. Reading takes a
 * well-formed tag only: Jackson would take any text, and a typo would become a language with no
 * texts, that is, English.
 */
final class LanguageTagModule extends SimpleModule {

    LanguageTagModule() {
        super("LanguageTagModule");
        addSerializer(Locale.class, new TagWriter());
        addDeserializer(Locale.class, new TagReader());
    }

    private static final class TagWriter extends StdSerializer<Locale> {

        TagWriter() {
            super(Locale.class);
        }

        @Override
        public void serialize(Locale locale, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeString(locale.toLanguageTag());
        }
    }

    private static final class TagReader extends StdScalarDeserializer<Locale> {

        TagReader() {
            super(Locale.class);
        }

        @Override
        public Locale deserialize(JsonParser json, DeserializationContext context) throws IOException {
            if (!json.hasToken(JsonToken.VALUE_STRING)) {
                return (Locale) context.handleUnexpectedToken(Locale.class, json);
            }
            String tag = json.getText();
            try {
                // The builder refuses an ill-formed tag (and an empty one), which
                // Locale.forLanguageTag would turn into the root locale without a word.
                return new Locale.Builder().setLanguageTag(tag).build();
            } catch (IllformedLocaleException e) {
                throw context.weirdStringException(tag, Locale.class, "not a BCP 47 language tag such as \"zh-CN\"");
            }
        }
    }
}
