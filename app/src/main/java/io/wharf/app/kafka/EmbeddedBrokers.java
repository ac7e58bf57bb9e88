package io.wharf.app.kafka;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;

/**
 * The embedded broker of a configuration, on its configured ports, or on free ones when those are taken (another
 * Kafka on the machine, a Wharf in another folder) and falling back is allowed. A Wharf in the same folder never
 * gets this far: the data folder's lock stops it first.
 */
public final class EmbeddedBrokers {
    private EmbeddedBrokers() {}

    /**
     * @param mayFallBack whether the caller's clients are in this process, so that any port will do (`run`, `dlq`,
     *                    `backfill`); `wharf broker` passes false: stages elsewhere expect its configured port
     */
    public static EmbeddedKafkaBroker of(WharfConfig config, boolean mayFallBack) {
        boolean fallBack = mayFallBack && config.bool("kafka.embedded.port.fallback");
        int port = port(config, "kafka.embedded.port", fallBack);
        int controller = port(config, "kafka.embedded.controller.port", fallBack);
        return new EmbeddedKafkaBroker(config.path("data.dir").resolve("kafka"), port, controller);
    }

    private static int port(WharfConfig config, String key, boolean fallBack) {
        int port = config.integer(key, 1, 65535);
        if (EmbeddedKafkaBroker.isFree(port)) {
            return port;
        }
        if (!fallBack) {
            throw new ConfigException("port " + port + " on 127.0.0.1 is taken (by another Kafka or another Wharf folder): stop what holds it, "
                    + "or set " + key + " (" + WharfConfig.envName(key) + ") to a free port");
        }
        int free = EmbeddedKafkaBroker.freePort();
        System.err.println("wharf: port " + port + " (" + key + ") is taken; the embedded broker uses " + free + " instead");
        return free;
    }
}
