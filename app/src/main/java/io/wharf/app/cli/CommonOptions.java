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
        return WharfConfig.load(configFile, System.getenv(), overrides);
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
