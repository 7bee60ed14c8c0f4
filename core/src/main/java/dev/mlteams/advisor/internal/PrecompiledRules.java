package dev.mlteams.advisor.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.zip.CRC32;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.internal.conf.AlphaThresholdOption;

/**
 * Rule files compiled at build time into Drools' executable model: Java classes, so that start-up
 * loads them instead of parsing and compiling DRL. The DRL stays the source of truth: the model is
 * used only while the files it was generated from are part of the rule set unchanged. The same
 * build step computes the content hash of the rule set they make on their own.
 *
 * @param modelClasses the generated {@link Model} classes, one per DRL package
 * @param sources      the rule files the model was generated from
 * @param builtHash    the content hash of the rule set of {@code sources} alone, as the build
 *                     computed it, if it did
 */
public record PrecompiledRules(List<String> modelClasses, List<RuleSource> sources, Optional<BuiltHash> builtHash) {

    /** @throws IllegalArgumentException if no model class is named */
    public PrecompiledRules {
        modelClasses = List.copyOf(modelClasses);
        sources = List.copyOf(sources);
        Objects.requireNonNull(builtHash, "builtHash");
        if (modelClasses.isEmpty()) {
            throw new IllegalArgumentException("a precompiled rule set names at least one model class");
        }
    }

    /** A model without a content hash computed at build time. */
    public PrecompiledRules(List<String> modelClasses, List<RuleSource> sources) {
        this(modelClasses, sources, Optional.empty());
    }

    /**
     * A content hash computed at build time, and the {@link ContentHash#checksum checksum} of
     * the content it covered.
     */
    public record BuiltHash(String hash, String checksum) {

        /** @throws NullPointerException if an argument is null */
        public BuiltHash {
            Objects.requireNonNull(hash, "hash");
            Objects.requireNonNull(checksum, "checksum");
        }
    }

    /** The hash the build computed, if {@code content} is still what it covered. */
    Optional<String> contentHash(List<byte[]> content) {
        return builtHash.filter(built -> built.checksum().equals(ContentHash.checksum(content))).map(BuiltHash::hash);
    }

    /**
     * A fingerprint of what a model is generated from and runs against: the rule files, and the
     * versions of advisor-core (whose classes the generated code calls) and of Drools. A checksum,
     * not a security measure: it guards against a stale or mismatched build, and costs nothing at
     * start-up (a SHA-256 of the default rules took 20 ms there).
     */
    public static String fingerprint(List<RuleSource> sources) {
        CRC32 crc = new CRC32();
        crc.update(Versions.BOTH);
        for (RuleSource source : sources) {
            crc.update(source.name().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
            crc.update(source.drl().getBytes(StandardCharsets.UTF_8));
            crc.update(0);
        }
        return "crc32:" + Long.toHexString(crc.getValue()) + ":" + sources.size();
    }

    /** The advisor-core and Drools versions, read once: they cannot change while the JVM runs. */
    private static final class Versions {
        static final byte[] BOTH = (coreVersion() + "\0" + droolsVersion() + "\0").getBytes(StandardCharsets.UTF_8);
    }

    /** The version of advisor-core on the classpath, from the file Maven fills in. */
    private static String coreVersion() {
        Properties core = new Properties();
        try (InputStream in = PrecompiledRules.class.getResourceAsStream(CORE_VERSION)) {
            if (in != null) {
                core.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + CORE_VERSION, e);
        }
        return core.getProperty("version", "unknown");
    }

    private static final String CORE_VERSION = "/META-INF/dev.mlteams.advisor/advisor-core.properties";

    /** The version of Drools' model loader on the classpath, from its jar's manifest. */
    private static String droolsVersion() {
        return String.valueOf(KieBaseBuilder.class.getPackage().getImplementationVersion());
    }

    /**
     * A new rule base holding the model's rules.
     *
     * @param drlToFollow whether DRL compiled at run time will be added to the rule base
     * @throws ReflectiveOperationException if a model class cannot be loaded or created
     * @throws LinkageError                 if the model was generated for another Drools version
     */
    InternalKnowledgeBase load(ClassLoader loader, boolean drlToFollow) throws ReflectiveOperationException {
        List<Model> models = new ArrayList<>();
        for (String name : modelClasses) {
            models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
        }
        // Drools indexes the tests of one field for one value ("ceoInvestsInMl == true") by that
        // value, one test per value. A model's test and the same test compiled from DRL are not
        // shared as one, yet take the same slot: the later replaces the earlier, whose rules then
        // never fire, and removing either rule (an override, disableRule) empties the slot for
        // both. Without the index every test stays (UserRulesCallBenchmark measures the cost).
        return drlToFollow
                ? KieBaseBuilder.createKieBaseFromModel(models, AlphaThresholdOption.get(Integer.MAX_VALUE))
                : KieBaseBuilder.createKieBaseFromModel(models);
    }

    /** Whether {@code files} includes every file this model was generated from, unchanged. */
    boolean coveredBy(List<RuleSource> files) {
        return files.containsAll(sources);
    }

    @Override
    public String toString() {
        return "PrecompiledRules" + modelClasses + " of " + sources.stream().map(RuleSource::name).toList();
    }
}
