package io.wharf.model;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/** The client settings every stage shares, so that a delivery guarantee is set in one place. */
public final class KafkaClients {
    private KafkaClients() {}

    /** Idempotent, acknowledged by all in-sync replicas: no loss, no duplicates from retries. */
    public static Map<String, Object> producerConfig(Map<String, Object> base) {
        Map<String, Object> p = new HashMap<>(base);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return p;
    }

    /**
     * A stage's consumer: its own group, offsets committed by the stage after its durable write, only committed
     * transactions read, and a new group starting from the beginning.
     */
    public static Map<String, Object> consumerConfig(Map<String, Object> base, String group, int maxPollRecords) {
        Map<String, Object> c = new HashMap<>(base);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        return c;
    }
}
