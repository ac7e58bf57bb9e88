package io.wharf.app.cli;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command takes. */
public final class CommonOptions {
    @Option(names = "--config", paramLabel = "FILE", description = "A properties file overriding wharf-defaults.properties.")
    Path configFile;

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
            description = "Kafka cluster to use (else kafka.bootstrap.servers / WHARF_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Override one configuration key; repeatable.")
    Map<String, String> set = new LinkedHashMap<>();

    public WharfConfig load() {
        Map<String, String> overrides = new LinkedHashMap<>(set);
        if (bootstrapServers != null) {
            overrides.put("kafka.bootstrap.servers", bootstrapServers);
        }
        WharfConfig config = WharfConfig.load(configFile, System.getenv(), overrides);
        startMetrics(config);
        return config;
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
            throw new ConfigException("`wharf " + command + "` needs a Kafka cluster: pass --bootstrap-servers or set "
                    + WharfConfig.envName("kafka.bootstrap.servers") + " (or use `wharf run` for the embedded broker)");
        }
        return servers;
    }
}
