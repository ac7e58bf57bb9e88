package io.wharf.app.kafka;

import io.wharf.app.config.ConfigException;
import io.wharf.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Checks that the cluster answers and creates Wharf's topics when missing. */
public final class KafkaSetup {
    private static final Logger LOG = LoggerFactory.getLogger(KafkaSetup.class);

    private KafkaSetup() {}

    /** Client settings shared by every producer and consumer of the process. */
    public static Map<String, Object> clientConfig(String bootstrapServers, String clientId) {
        return Map.of(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    }

    public static void ensureTopics(String bootstrapServers, int partitions, short replication, Duration timeout) {
        Map<String, Object> c = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 10_000));
        try (Admin admin = Admin.create(c)) {
            Set<String> existing;
            try {
                existing = admin.listTopics().names().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                throw new ConfigException("cannot reach Kafka at " + bootstrapServers + " within " + timeout.toSeconds()
                        + " s: is the broker running and kafka.bootstrap.servers right?", e);
            }
            List<NewTopic> missing = new ArrayList<>();
            for (String t : Topics.ALL) {
                if (!existing.contains(t)) {
                    missing.add(new NewTopic(t, partitions, replication));
                }
            }
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                LOG.info("created topics {} ({} partitions, replication {})", missing.stream().map(NewTopic::name).toList(), partitions, replication);
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw new ConfigException("cannot create topics on " + bootstrapServers + ": " + e.getCause().getMessage(), e);
                }
            } catch (TimeoutException e) {
                throw new ConfigException("creating topics on " + bootstrapServers + " timed out after " + timeout.toSeconds() + " s", e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ConfigException("interrupted while connecting to Kafka", e);
        }
    }
}
