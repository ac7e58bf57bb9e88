package io.wharf.app.cli;

import java.util.Map;
import picocli.CommandLine.Option;

/** {@link CommonOptions} and the Kafka cluster: for the commands that publish, consume or read topics. */
public final class ClusterOptions extends CommonOptions {
    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT,...",
            description = "Kafka cluster to use (else kafka.bootstrap.servers / WHARF_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Override
    Map<String, String> overrides() {
        Map<String, String> overrides = super.overrides();
        if (bootstrapServers != null) {
            overrides.put("kafka.bootstrap.servers", bootstrapServers);
        }
        return overrides;
    }
}
