package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.deals.DealExtractor;
import io.wharf.classify.categories.CategoryModel;
import io.wharf.classify.categories.CategoryScorer;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.pages.PageSettings;
import io.wharf.store.db.Database;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns configuration into the typed settings each stage takes; stages never read configuration themselves. */
public final class StageSettings {
    private StageSettings() {}

    public static FetchSettings fetch(WharfConfig c) {
        try {
            return new FetchSettings(c.duration("ingest.fetch.connect.timeout"), c.duration("ingest.fetch.total.timeout"),
                    c.longValue("ingest.fetch.max.body.bytes", 1024, 1L << 31), c.integer("ingest.fetch.max.redirects", 0, 20),
                    c.string("ingest.fetch.user.agent"), list(c.optional("ingest.fetch.allow")));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("ingest.fetch: " + e.getMessage(), e);
        }
    }

    public static PageSettings pages(WharfConfig c) {
        return new PageSettings(c.bool("ingest.pages.enabled"), c.integer("ingest.pages.min.summary.chars", 0, 1_000_000));
    }

    /**
     * Classify consumer threads: {@code auto} (the default) is one per core the JVM may use, since annotation is
     * CPU-bound and the threads share one CoreNLP pipeline; otherwise a number from 1 to 64.
     */
    public static int classifyThreads(WharfConfig c) {
        return c.threads("classify.threads", 64);
    }

    /** A number in (0, 1]. */
    static double fraction(WharfConfig c, String key) {
        return c.fraction(key);
    }

    static List<String> list(String commaSeparated) {
        return commaSeparated == null ? List.of()
                : Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(x -> !x.isEmpty()).toList();
    }

    public static NlpSettings nlp(WharfConfig c) {
        try {
            return new NlpSettings(c.string("classify.annotators"), c.integer("classify.max.sentence.length", 10, 10_000),
                    c.integer("classify.max.chars", 100, 10_000_000),
                    java.time.Duration.ofSeconds(c.integer("classify.max.seconds", 1, 3600)));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    /** The classifier with its data; loads the shared CoreNLP pipeline on first use. Remembers no candidate names. */
    public static ArticleClassifier classifier(WharfConfig c) {
        return classifier(c, null);
    }

    /**
     * The log of company names the gazetteer lacks (classify.candidates.file, empty = off), read back from the file an
     * earlier run wrote; written at most once a minute and when the pipeline closes.
     */
    public static io.wharf.classify.companies.CandidateNames candidates(WharfConfig c) {
        String file = c.optional("classify.candidates.file");
        if (file == null) {
            return null;
        }
        try {
            return new io.wharf.classify.companies.CandidateNames(Path.of(file), c.integer("classify.candidates.max", 1, 1_000_000),
                    java.time.Duration.ofMinutes(1), Clock.systemUTC());
        } catch (IllegalArgumentException e) {
            throw new ConfigException("classify.candidates.file: " + e.getMessage(), e);
        }
    }

    /** The classifier with its data, remembering unlinked names in {@code candidates} (null: nowhere). */
    public static ArticleClassifier classifier(WharfConfig c, io.wharf.classify.companies.CandidateNames candidates) {
        NlpSettings nlp = nlp(c);
        Taxonomy taxonomy;
        Gazetteer gazetteer;
        try {
            String taxonomyFile = c.optional("classify.taxonomy.file");
            taxonomy = taxonomyFile == null ? Taxonomy.bundled() : Taxonomy.load(Path.of(taxonomyFile));
            String files = c.optional("classify.gazetteer.files");
            List<Path> extra = list(files).stream().map(Path::of).toList();
            String landscape = c.optional("classify.gazetteer.landscape");
            gazetteer = GazetteerLoader.load(extra, landscape == null ? null : Path.of(landscape), taxonomy);
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        CategoryScorer.Settings categories = categorySettings(c);
        CategoryModel model;
        try {
            String modelFile = c.optional("classify.categories.model");
            model = modelFile == null ? CategoryModel.bundled() : CategoryModel.load(Path.of(modelFile));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
        return new ArticleClassifier(CoreNlpAnnotator.shared(nlp), gazetteer, taxonomy, model, categories, dealParsing(c), candidates,
                Clock.systemUTC());
    }

    /** classify.deals.parse: off, gated or all. */
    public static DealExtractor.Parsing dealParsing(WharfConfig c) {
        String v = c.string("classify.deals.parse").trim().toUpperCase(java.util.Locale.ROOT);
        try {
            return DealExtractor.Parsing.valueOf(v);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("classify.deals.parse must be off, gated or all, was " + c.string("classify.deals.parse"), e);
        }
    }

    public static CategoryScorer.Settings categorySettings(WharfConfig c) {
        try {
            return new CategoryScorer.Settings(fraction(c, "classify.categories.threshold"), c.integer("classify.categories.max", 1, 20));
        } catch (IllegalArgumentException e) {
            throw new ConfigException(e.getMessage(), e);
        }
    }

    public static Database database(WharfConfig c) {
        try {
            return new Database(c.string("store.jdbc.url"), c.optional("store.jdbc.user"), password(c), c.optional("store.jdbc.schema"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("store.jdbc.url: " + e.getMessage(), e);
        }
    }

    /** The password from store.jdbc.password, else from the file store.jdbc.password.file; never logged. */
    static String password(WharfConfig c) {
        String direct = c.optional("store.jdbc.password");
        if (direct != null) {
            return direct;
        }
        String file = c.optional("store.jdbc.password.file");
        if (file == null) {
            return null;
        }
        try {
            return Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            throw new ConfigException("cannot read store.jdbc.password.file " + file + ": " + e.getClass().getSimpleName());
        }
    }

    public static String instanceId(WharfConfig c) {
        String id = c.optional("classify.instance.id");
        if (id != null) {
            return id;
        }
        // Host and process: two classify processes on one machine must not fence each other.
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            host = "local";
        }
        return host + "-" + ProcessHandle.current().pid();
    }
}
