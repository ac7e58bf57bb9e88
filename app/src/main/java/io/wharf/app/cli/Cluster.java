package io.wharf.app.cli;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.kafka.KafkaSetup;
import java.util.Map;

/**
 * The Kafka cluster a command works on: the configured one, or else the embedded broker over this folder's data
 * (started for the command, stopped when it closes), with Wharf's topics in place.
 */
final class Cluster implements AutoCloseable {
    private final EmbeddedKafkaBroker broker;
    private final String bootstrap;

    private Cluster(EmbeddedKafkaBroker broker, String bootstrap) {
        this.broker = broker;
        this.bootstrap = bootstrap;
    }

    static Cluster open(WharfConfig config) {
        String configured = config.optional("kafka.bootstrap.servers");
        EmbeddedKafkaBroker broker = configured == null ? RunCommand.embeddedBroker(config).start() : null;
        Cluster c = new Cluster(broker, broker != null ? broker.bootstrapServers() : configured);
        try {
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
    }
}
