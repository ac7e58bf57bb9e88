package io.wharf.app.config;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The type and range of every key's value, checked as soon as the configuration is read: a mistake ends the command
 * in milliseconds, before a broker starts or CoreNLP loads (it took 8 to 26 s to surface where a stage first read
 * the value). The stages still read their values through the same {@link WharfConfig} getters, with the same
 * bounds; {@code ConfigSchemaTest} checks that every key of the defaults file has its rule here.
 */
public final class ConfigSchema {
    private static final Map<String, Consumer<WharfConfig>> RULES = new LinkedHashMap<>();

    static {
        text("data.dir", "kafka.bootstrap.servers", "ingest.sources.file", "ingest.fetch.user.agent", "ingest.fetch.allow",
                "ingest.state.file", "ingest.dedup.file", "classify.annotators", "classify.gazetteer.files", "classify.gazetteer.landscape",
                "classify.taxonomy.file", "classify.categories.model", "classify.instance.id", "classify.candidates.file", "store.jdbc.url", "store.jdbc.user",
                "store.jdbc.password", "store.jdbc.password.file", "store.jdbc.schema", "alert.rules.file", "alert.rates.file",
                "alert.webhook.url", "alert.webhook.secret", "alert.webhook.secret.file", "alert.webhook.allow", "alert.email.smtp.host",
                "alert.email.smtp.user", "alert.email.smtp.password", "alert.email.smtp.password.file", "alert.email.from", "alert.email.to");
        duration("shutdown.timeout", "kafka.connect.timeout", "ingest.poll.interval", "ingest.fetch.connect.timeout",
                "ingest.fetch.total.timeout", "ingest.fetch.host.delay", "ingest.dedup.max.age", "alert.store.wait", "alert.retry.backoff",
                "alert.retry.backoff.max", "alert.send.timeout");
        bool("kafka.embedded.port.fallback", "ingest.pages.enabled", "alert.webhook.slack", "alert.email.smtp.starttls");
        fraction("ingest.dedup.threshold", "classify.categories.threshold");
        whole("metrics.port", 0, 65535);
        whole("kafka.embedded.port", 1, 65535);
        whole("kafka.embedded.controller.port", 1, 65535);
        whole("kafka.topics.partitions", 1, 1000);
        whole("kafka.topics.replication", 1, 10);
        whole("ingest.fetch.max.body.bytes", 1024, 1L << 31);
        whole("ingest.fetch.max.redirects", 0, 20);
        whole("ingest.poll.threads", 1, 256);
        whole("ingest.seen.max", 100, 100_000_000);
        whole("ingest.pages.min.summary.chars", 0, 1_000_000);
        whole("ingest.dedup.capacity", 100, 10_000_000);
        whole("ingest.max.text.chars", 1_000, 10_000_000);
        RULES.put("classify.threads", c -> c.threads("classify.threads", 64));
        whole("classify.max.sentence.length", 10, 10_000);
        whole("classify.max.chars", 100, 10_000_000);
        whole("classify.max.seconds", 1, 3600);
        whole("classify.max.poll.records", 1, 10_000);
        whole("classify.categories.max", 1, 20);
        whole("classify.candidates.max", 1, 1_000_000);
        whole("store.max.poll.records", 1, 10_000);
        whole("alert.max.poll.records", 1, 10_000);
        whole("alert.links.max", 0, 100);
        whole("alert.retry.attempts", 1, 100);
        whole("alert.email.smtp.port", 1, 65535);
        RULES.put("classify.deals.parse", c -> oneOf(c, "classify.deals.parse", "off", "gated", "all"));
    }

    private ConfigSchema() {}

    /** What is wrong with the values, one line each; empty when nothing is. */
    public static List<String> problems(WharfConfig c) {
        List<String> out = new ArrayList<>();
        for (String key : c.keys()) {
            Consumer<WharfConfig> rule = RULES.get(key);
            if (rule == null) {
                out.add(key + " has no rule in ConfigSchema (a bug: every key needs one)");
                continue;
            }
            try {
                rule.accept(c);
            } catch (ConfigException e) {
                out.add(e.getMessage());
            }
        }
        return out;
    }

    /** Throws the first problem, saying how many more there are. */
    public static void requireValid(WharfConfig c) {
        List<String> problems = problems(c);
        if (!problems.isEmpty()) {
            throw new ConfigException(problems.get(0) + (problems.size() == 1 ? ""
                    : " (and " + (problems.size() - 1) + " more problem(s): `wharf config --check` lists them)"));
        }
    }

    static boolean covers(String key) {
        return RULES.containsKey(key);
    }

    private static void text(String... keys) {
        for (String k : keys) {
            RULES.put(k, c -> c.string(k)); // any text; files, URLs and lists are checked where they are opened (Preflight)
        }
    }

    private static void duration(String... keys) {
        for (String k : keys) {
            RULES.put(k, c -> c.duration(k));
        }
    }

    private static void bool(String... keys) {
        for (String k : keys) {
            RULES.put(k, c -> c.bool(k));
        }
    }

    private static void fraction(String... keys) {
        for (String k : keys) {
            RULES.put(k, c -> c.fraction(k));
        }
    }

    private static void whole(String key, long min, long max) {
        RULES.put(key, c -> c.longValue(key, min, max));
    }

    private static void oneOf(WharfConfig c, String key, String... allowed) {
        String v = c.string(key).toLowerCase(java.util.Locale.ROOT);
        if (!List.of(allowed).contains(v)) {
            throw new ConfigException(key + " must be one of " + String.join(", ", allowed) + ", was '" + c.string(key) + "'");
        }
    }
}
