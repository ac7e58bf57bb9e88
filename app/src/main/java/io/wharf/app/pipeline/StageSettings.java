package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.classify.nlp.NlpSettings;
import io.wharf.ingest.fetch.FetchSettings;
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
                    c.string("ingest.fetch.user.agent"));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("ingest.fetch: " + e.getMessage(), e);
        }
    }

    public static NlpSettings nlp(WharfConfig c) {
        try {
            return new NlpSettings(c.string("classify.annotators"), c.integer("classify.max.sentence.length", 10, 10_000),
                    c.integer("classify.max.chars", 100, 10_000_000));
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
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "local";
        }
    }
}
