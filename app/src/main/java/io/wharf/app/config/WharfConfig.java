package io.wharf.app.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Configuration: the commented defaults file on the classpath, then an optional user file, then WHARF_*
 * environment variables, then command-line overrides. Only keys of the defaults file exist; any other key in a
 * file or override is an error. Immutable and thread-safe once built.
 */
public final class WharfConfig {
    public static final String DEFAULTS = "/wharf-defaults.properties";
    private static final Pattern REF = Pattern.compile("\\$\\{([a-z0-9.]+)}");
    /** Environment variables of the test harness and the benchmarks, not of the app. */
    private static final String TEST_ENV_PREFIX = "WHARF_TEST_";
    private static final String BENCH_ENV_PREFIX = "WHARF_BENCH_";
    /**
     * WHARF_ variables that are not configuration keys: read by the ./wharf script (JAVA_OPTS, CDS), logback.xml
     * (LOG_LEVEL), docker-compose.yml (PG_PASSWORD) and .ci/vulnerability-check (VULN_*), so they may well be set in
     * the shell that starts Wharf.
     */
    private static final java.util.Set<String> NOT_KEYS = java.util.Set.of("WHARF_JAVA_OPTS", "WHARF_CDS", "WHARF_LOG_LEVEL",
            "WHARF_PG_PASSWORD", "WHARF_VULN_REQUIRED", "WHARF_VULN_DATA_DIR");

    private final Map<String, String> values;

    private WharfConfig(Map<String, String> values) {
        this.values = Collections.unmodifiableMap(values);
    }

    public static WharfConfig load(Path userFile, Map<String, String> env, Map<String, String> overrides) {
        Map<String, String> v = new LinkedHashMap<>(read(WharfConfig.class.getResourceAsStream(DEFAULTS), "defaults"));
        if (userFile != null) {
            if (!Files.isRegularFile(userFile)) {
                throw new ConfigException("config file " + userFile + " does not exist");
            }
            try (InputStream in = Files.newInputStream(userFile)) {
                merge(v, read(in, userFile.toString()), "config file " + userFile);
            } catch (IOException e) {
                throw new ConfigException("cannot read config file " + userFile + ": " + e.getMessage(), e);
            }
        }
        Map<String, String> fromEnv = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : env.entrySet()) {
            if (!e.getKey().startsWith("WHARF_") || e.getKey().startsWith(TEST_ENV_PREFIX) || e.getKey().startsWith(BENCH_ENV_PREFIX)
                    || NOT_KEYS.contains(e.getKey())) {
                continue;
            }
            String key = keyForEnv(v, e.getKey());
            if (key == null) {
                // As an unknown --set key is: a typo (WHARF_STORE_JDBC_URI) silently ignored would run against the wrong store.
                throw new ConfigException("environment variable " + e.getKey() + " names no configuration key"
                        + NearestName.suggestion(v.keySet().stream().map(WharfConfig::envName).toList(), e.getKey()) + " (the keys are listed in wharf-defaults.properties)");
            }
            fromEnv.put(key, e.getValue());
        }
        merge(v, fromEnv, "environment");
        merge(v, overrides, "command line");
        return new WharfConfig(resolveRefs(v));
    }

    /** Defaults only (tests and tools). */
    public static WharfConfig defaults(Map<String, String> overrides) {
        return load(null, Map.of(), overrides);
    }

    public static String envName(String key) {
        return "WHARF_" + key.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static String keyForEnv(Map<String, String> known, String envName) {
        for (String k : known.keySet()) {
            if (envName(k).equals(envName)) {
                return k;
            }
        }
        return null;
    }

    private static Map<String, String> read(InputStream in, String name) {
        if (in == null) {
            throw new ConfigException("the defaults file " + name + " is missing from the classpath");
        }
        Properties p = new Properties();
        try (Reader r = new java.io.InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(r);
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read " + name + ": " + e.getMessage(), e);
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String k : new TreeSet<>(p.stringPropertyNames())) {
            out.put(k, p.getProperty(k).trim());
        }
        return out;
    }

    /** Keys that existed once, with what replaced them: a clearer message than "unknown". */
    private static final Map<String, String> RETIRED = Map.of("classify.categories.relative",
            "categories are now chosen by a learned model's probability; tune classify.categories.threshold (a probability) instead");

    private static void merge(Map<String, String> into, Map<String, String> from, String where) {
        for (Map.Entry<String, String> e : from.entrySet()) {
            if (RETIRED.containsKey(e.getKey())) {
                throw new ConfigException("configuration key '" + e.getKey() + "' in " + where + " is retired: " + RETIRED.get(e.getKey()));
            }
            if (!into.containsKey(e.getKey())) {
                throw new ConfigException("unknown configuration key '" + e.getKey() + "' in " + where
                        + " (the keys are listed in wharf-defaults.properties)");
            }
            into.put(e.getKey(), e.getValue() == null ? "" : e.getValue().trim());
        }
    }

    private static Map<String, String> resolveRefs(Map<String, String> v) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : v.entrySet()) {
            String value = e.getValue();
            for (int depth = 0; value.contains("${"); depth++) {
                if (depth > 10) {
                    throw new ConfigException("configuration key " + e.getKey() + " refers to itself");
                }
                Matcher m = REF.matcher(value);
                StringBuilder sb = new StringBuilder();
                while (m.find()) {
                    String ref = v.get(m.group(1));
                    if (ref == null) {
                        throw new ConfigException("configuration key " + e.getKey() + " refers to unknown key " + m.group(1));
                    }
                    m.appendReplacement(sb, Matcher.quoteReplacement(ref));
                }
                m.appendTail(sb);
                value = sb.toString();
            }
            out.put(e.getKey(), value);
        }
        return out;
    }

    public String string(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new ConfigException("no configuration key " + key);
        }
        return v;
    }

    /** Null when the value is empty. */
    public String optional(String key) {
        String v = string(key);
        return v.isEmpty() ? null : v;
    }

    /** A thread count: {@code auto} is one per core the JVM may use (at most {@code max}), else a number from 1 to {@code max}. */
    public int threads(String key, int max) {
        if ("auto".equalsIgnoreCase(string(key).trim())) {
            return Math.max(1, Math.min(max, Runtime.getRuntime().availableProcessors()));
        }
        return integer(key, 1, max);
    }

    public int integer(String key, int min, int max) {
        long v = longValue(key, min, max);
        return (int) v;
    }

    public long longValue(String key, long min, long max) {
        String raw = string(key);
        try {
            long v = Long.parseLong(raw);
            if (v < min || v > max) {
                throw new ConfigException(key + " must be between " + min + " and " + max + ", was " + raw);
            }
            return v;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + " must be a whole number, was '" + raw + "'");
        }
    }

    public Duration duration(String key) {
        String raw = string(key);
        try {
            Duration d = Duration.parse(raw);
            if (d.isNegative() || d.isZero()) {
                throw new ConfigException(key + " must be a positive duration, was " + raw);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new ConfigException(key + " must be an ISO-8601 duration such as PT30S, was '" + raw + "'");
        }
    }

    /** true or false, nothing else (a "yes" or "True" is a mistake worth a message, not a silent false). */
    public boolean bool(String key) {
        String v = string(key);
        if (!v.equals("true") && !v.equals("false")) {
            throw new ConfigException(key + " must be true or false, was '" + v + "'");
        }
        return v.equals("true");
    }

    /** A number in (0, 1]. */
    public double fraction(String key) {
        try {
            double v = Double.parseDouble(string(key));
            if (v > 0 && v <= 1) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigException(key + " must be a number in (0, 1], was '" + string(key) + "'");
    }

    /** Every key, sorted. */
    public java.util.Set<String> keys() {
        return values.keySet();
    }

    public Path path(String key) {
        return Path.of(string(key));
    }

    /** All values, secrets masked, for `wharf config`. */
    public Map<String, String> describe() {
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k, (k.contains("password") || k.contains("secret")) && !k.endsWith(".file") && !v.isEmpty() ? "***"
                : io.wharf.store.db.Database.redact(v)));
        return out;
    }
}
