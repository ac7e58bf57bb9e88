package io.wharf.app.cli;

import io.wharf.app.config.ConfigSchema;
import io.wharf.app.config.WharfConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * Options every command that reads the configuration takes. Commands that talk to a Kafka cluster take
 * {@link ClusterOptions} instead, so that `--bootstrap-servers` shows only where it means something.
 */
public class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file overriding wharf-defaults.properties.")
    Path configFile;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key; repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    /** The configuration with every value's type and range checked: a mistake ends the command here, in one line. */
    public WharfConfig load() {
        WharfConfig config = loadUnchecked();
        ConfigSchema.requireValid(config);
        startMetrics(config);
        return config;
    }

    /** Only unknown keys and unreadable files refused (`wharf config --check` reports the values' problems itself). */
    WharfConfig loadUnchecked() {
        return WharfConfig.load(configFile, System.getenv(), overrides());
    }

    Map<String, String> overrides() {
        return new LinkedHashMap<>(set);
    }

    private static io.wharf.app.metrics.MetricsEndpoint metrics;

    /** Once per process, when metrics.port is set. */
    private static synchronized void startMetrics(WharfConfig config) {
        int port = config.integer("metrics.port", 0, 65535);
        if (port > 0 && metrics == null) {
            metrics = io.wharf.app.metrics.MetricsEndpoint.start(port);
            System.err.println("wharf: metrics at http://localhost:" + metrics.port() + "/metrics");
        }
    }

    /** The configured cluster; stage commands cannot run without one. */
    static String requireBootstrap(WharfConfig config, String command) {
        String servers = config.optional("kafka.bootstrap.servers");
        if (servers == null) {
            throw new io.wharf.app.config.ConfigException("`wharf " + command + "` needs a Kafka cluster: pass --bootstrap-servers or set "
                    + WharfConfig.envName("kafka.bootstrap.servers") + " (or use `wharf run` for the embedded broker)");
        }
        return servers;
    }
}
