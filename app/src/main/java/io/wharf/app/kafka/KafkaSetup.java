package io.wharf.app.kafka;

import io.wharf.app.config.ConfigException;
import io.wharf.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
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

    /**
     * Creates the Wharf topics that are missing with {@code partitions} partitions each; topics that exist keep theirs
     * (Kafka never changes them by itself), and when they have fewer than asked the log says so once: at most that
     * many instances of a stage share the work, the others stand by.
     */
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
            warnWhenFewer(admin, existing, partitions, bootstrapServers, timeout);
            if (missing.isEmpty()) {
                return;
            }
            try {
                admin.createTopics(missing).all().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
                awaitLeaders(admin, missing, timeout);
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

    private static void warnWhenFewer(Admin admin, Set<String> existing, int partitions, String bootstrapServers, Duration timeout)
            throws InterruptedException {
        Map<String, Integer> fewer = fewerPartitions(admin, existing, partitions, timeout);
        if (!fewer.isEmpty()) {
            LOG.warn("topics on {} have fewer partitions than kafka.topics.partitions={} asks: {}; at most that many instances of a stage "
                            + "share the work and the others stand by (partitions are set only when a topic is created: add them with "
                            + "kafka-topics.sh --alter --topic T --partitions {})", bootstrapServers, partitions, fewer, partitions);
        }
    }

    /** The Wharf topics among {@code existing} with fewer than {@code partitions} partitions, and how many each has. */
    static Map<String, Integer> fewerPartitions(Admin admin, Set<String> existing, int partitions, Duration timeout) throws InterruptedException {
        List<String> ours = Topics.ALL.stream().filter(existing::contains).toList();
        Map<String, Integer> fewer = new java.util.TreeMap<>();
        try {
            admin.describeTopics(ours).allTopicNames().get(timeout.toMillis(), TimeUnit.MILLISECONDS).forEach((name, d) -> {
                if (d.partitions().size() < partitions) {
                    fewer.put(name, d.partitions().size());
                }
            });
        } catch (ExecutionException | TimeoutException e) {
            LOG.debug("could not count the partitions of {}: {}", ours, e.toString()); // a check only: the stages run without it
        }
        return fewer;
    }

    /**
     * Returns once the leader of every partition of the new topics answers for it. The controller confirms a creation
     * before the broker has applied it, and an idempotent producer that sends in between can lose records (KAFKA-15591:
     * its first request fails NOT_LEADER_OR_FOLLOWER, a later one is appended, and the first is retried with an
     * out-of-order sequence until delivery.timeout.ms drops it). Listing the end offsets asks the partitions' leaders;
     * the admin client retries until each answers.
     */
    private static void awaitLeaders(Admin admin, List<NewTopic> created, Duration timeout) throws InterruptedException, ExecutionException {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        for (NewTopic t : created) {
            for (int p = 0; p < t.numPartitions(); p++) {
                partitions.put(new TopicPartition(t.name(), p), OffsetSpec.latest());
            }
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try {
                admin.listOffsets(partitions).all().get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                throw new ConfigException("the topics created on the cluster had no leader within " + timeout.toSeconds() + " s", e);
            } catch (ExecutionException e) {
                // The admin client gives up at once when the broker does not know a new topic's metadata yet
                // (UnknownTopicOrPartition, a retriable error): ask again until the deadline.
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.RetriableException) || System.nanoTime() > deadline) {
                    throw e;
                }
                Thread.sleep(50);
            }
        }
    }
}
