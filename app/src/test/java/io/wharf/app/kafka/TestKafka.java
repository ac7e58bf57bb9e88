package io.wharf.app.kafka;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The Kafka broker of an integration test: Testcontainers' {@link KafkaContainer} (image apache/kafka at the version of
 * the Kafka jars on the classpath) where a Docker engine answers, else the same Kafka in this JVM
 * ({@link EmbeddedKafkaBroker}), as the PostgreSQL tests choose between a container and the local server. A fresh
 * broker per call: tests count what is on the topics and must not see each other's records. Tests that need the
 * broker itself (stopped and restarted on the same port, or `wharf`'s own embedded broker) keep {@link EmbeddedKafkaBroker}.
 */
public final class TestKafka implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    /** The version of the Kafka jars on the classpath (the pom's kafka.version), as kafka-clients records it. */
    static final String KAFKA_VERSION = kafkaVersion();
    private static Boolean docker;
    private final KafkaContainer container;
    private final EmbeddedKafkaBroker embedded;

    private TestKafka(KafkaContainer container, EmbeddedKafkaBroker embedded) {
        this.container = container;
        this.embedded = embedded;
    }

    /** A started broker; {@code dir} holds the in-process broker's log when there is no Docker. */
    public static TestKafka start(Path dir) {
        if (dockerAvailable()) {
            KafkaContainer c = new KafkaContainer("apache/kafka:" + KAFKA_VERSION)
                    // as the embedded broker and docker-compose.yml: topics only as Wharf creates them, no rebalance delay
                    .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "false")
                    .withEnv("KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS", "0")
                    .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                    .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
            c.start();
            return new TestKafka(c, null);
        }
        return new TestKafka(null, EmbeddedKafkaBroker.onFreePorts(dir.resolve("kafka")).start());
    }

    private static String kafkaVersion() {
        java.util.Properties p = new java.util.Properties();
        try (java.io.InputStream in = org.apache.kafka.clients.producer.KafkaProducer.class.getResourceAsStream("/kafka/kafka-version.properties")) {
            p.load(in);
        } catch (java.io.IOException | NullPointerException e) {
            throw new IllegalStateException("cannot read the Kafka version of kafka-clients", e);
        }
        return p.getProperty("version");
    }

    public String bootstrapServers() {
        return container != null ? container.getBootstrapServers() : embedded.bootstrapServers();
    }

    /** Checked once per JVM, and said once: which broker the Kafka tests of this run use. */
    private static synchronized boolean dockerAvailable() {
        if (docker == null) {
            try {
                docker = DockerClientFactory.instance().isDockerAvailable();
            } catch (RuntimeException | LinkageError e) {
                docker = false;
            }
            if (docker) {
                LOG.info("a Docker engine answers: the Kafka tests use Testcontainers' KafkaContainer (apache/kafka:{})", KAFKA_VERSION);
            } else {
                LOG.info("no Docker engine: the Kafka tests use the in-process broker (Apache Kafka {}, KRaft)", KAFKA_VERSION);
            }
        }
        return docker;
    }

    @Override
    public void close() {
        if (container != null) {
            container.stop();
        } else {
            embedded.close();
        }
    }
}
