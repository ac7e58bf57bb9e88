package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedBrokers;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.process.DataDirLock;
import io.wharf.app.kafka.KafkaSetup;
import java.util.Map;

/**
 * The Kafka cluster a command works on: the configured one, or else the embedded broker over this folder's data
 * (started for the command, stopped when it closes), with Wharf's topics in place.
 */
final class Cluster implements AutoCloseable {
    private final DataDirLock lock;
    private EmbeddedKafkaBroker broker;
    private String bootstrap;

    private Cluster(DataDirLock lock) {
        this.lock = lock;
    }

    /** @param command named in the lock file, for the message a second process prints */
    static Cluster open(WharfConfig config, String command) {
        String configured = config.optional("kafka.bootstrap.servers");
        // The embedded broker works on this folder's Kafka log: the folder's lock first.
        Cluster c = new Cluster(configured == null ? DataDirLock.acquire(config.path("data.dir"), DataDirLock.BROKER, command) : null);
        try {
            c.broker = configured == null ? EmbeddedBrokers.of(config, true).start() : null;
            c.bootstrap = c.broker != null ? c.broker.bootstrapServers() : configured;
            if (c.lock != null) {
                c.lock.note(c.bootstrap);
            }
            KafkaSetup.ensureTopics(c.bootstrap, config.integer("kafka.topics.partitions", 1, 1000),
                    (short) config.integer("kafka.topics.replication", 1, 10), config.duration("kafka.connect.timeout"));
        } catch (RuntimeException e) {
            c.close();
            throw e;
        }
        return c;
    }

    String bootstrapServers() {
        return bootstrap;
    }

    Map<String, Object> clientConfig(String clientId) {
        return KafkaSetup.clientConfig(bootstrap, clientId);
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
        if (lock != null) {
            lock.release();
        }
    }
}
