package dev.mlteams.advisor.internal;

import dev.mlteams.advisor.AdvisorException;
import dev.mlteams.advisor.knowledge.KnowledgeCatalogue;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the default rule set on the classpath through the index that {@code advisor-rules}
 * ships, so that core holds no knowledge and needs no classpath scanning.
 */
public final class DefaultRules {

    /** The index resource: names the rule set and lists the DRL files, the catalogue and the message bundle. */
    public static final String INDEX = "META-INF/dev.mlteams.advisor/default-rules.properties";

    /**
     * The optional index of the executable model generated from the default rules at build time:
     * {@code model} (the model classes), {@code fingerprint} (of the DRL they came from) and the
     * default rule set's {@link #CONTENT_HASH content hash}.
     */
    public static final String MODEL_INDEX = "META-INF/dev.mlteams.advisor/default-rules-model.properties";

    /** The model index's entries for the default rule set's content hash and the checksum of what it covered. */
    public static final String CONTENT_HASH = "content-hash";

    /** See {@link #CONTENT_HASH}. */
    public static final String CONTENT_CHECKSUM = "content-checksum";

    private static final Logger LOG = LoggerFactory.getLogger(DefaultRules.class);

    private DefaultRules() {
    }

    /**
     * Reads the default rule set's files.
     *
     * @throws AdvisorException if {@code advisor-rules} is not on the classpath or a listed file is missing
     */
    public static RuleSetDefinition load(ClassLoader loader) {
        Properties index = new Properties();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new AdvisorException("the default rules are not on the classpath (" + INDEX
                        + " not found): add the dependency dev.mlteams:advisor-rules");
            }
            index.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AdvisorException("cannot read " + INDEX, e);
        }
        List<RuleSource> sources = new ArrayList<>();
        for (String path : required(index, "drl").split("\\s*,\\s*")) {
            sources.add(new RuleSource(path, read(loader, path)));
        }
        String cataloguePath = required(index, "catalogue");
        KnowledgeCatalogue catalogue;
        try (Reader reader = new StringReader(read(loader, cataloguePath))) {
            catalogue = KnowledgeCatalogue.parse(cataloguePath, reader);
        } catch (IOException | IllegalArgumentException e) {
            throw new AdvisorException("cannot read the knowledge catalogue " + cataloguePath + ": " + e.getMessage(), e);
        }
        MessageSource messages;
        try {
            messages = MessageSource.classpath(required(index, "messages"), loader);
        } catch (MissingResourceException e) {
            throw new AdvisorException(INDEX + " names the message bundle " + required(index, "messages")
                    + ", which is not on the classpath", e);
        }
        return RuleSetDefinition.of(required(index, "name"), required(index, "version"), sources, catalogue, messages,
                loader, precompiled(loader, sources));
    }

    /**
     * The executable model of {@code sources}, if the build generated it from exactly these files.
     * Without it (or if it is stale) the DRL is compiled at run time: slower to start, same advice.
     */
    private static Optional<PrecompiledRules> precompiled(ClassLoader loader, List<RuleSource> sources) {
        Properties model = new Properties();
        try (InputStream in = loader.getResourceAsStream(MODEL_INDEX)) {
            if (in == null) {
                LOG.debug("no executable model of the default rules ({} not found); compiling the DRL", MODEL_INDEX);
                return Optional.empty();
            }
            model.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AdvisorException("cannot read " + MODEL_INDEX, e);
        }
        if (!PrecompiledRules.fingerprint(sources).equals(model.getProperty("fingerprint"))) {
            LOG.warn("the executable model of the default rules was generated from other rule files or for other "
                    + "versions of advisor-core or Drools; compiling their DRL instead, which takes longer");
            return Optional.empty();
        }
        String hash = model.getProperty(CONTENT_HASH);
        String checksum = model.getProperty(CONTENT_CHECKSUM);
        return Optional.of(new PrecompiledRules(List.of(required(model, "model", MODEL_INDEX).split("\\s*,\\s*")),
                sources, hash == null || checksum == null ? Optional.empty()
                        : Optional.of(new PrecompiledRules.BuiltHash(hash.strip(), checksum.strip()))));
    }

    private static String required(Properties index, String key) {
        return required(index, key, INDEX);
    }

    private static String required(Properties index, String key, String file) {
        String value = index.getProperty(key);
        if (value == null || value.isBlank()) {
            throw new AdvisorException(file + " has no '" + key + "' entry");
        }
        return value.strip();
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new AdvisorException(INDEX + " lists " + path + ", which is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AdvisorException("cannot read " + path, e);
        }
    }
}
