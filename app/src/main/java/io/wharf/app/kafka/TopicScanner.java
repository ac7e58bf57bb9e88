package io.wharf.app.kafka;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic once, from where a consumer group stands (or its start, or a time) to the end it had when the
 * scan began, without joining the group: partitions are assigned, not subscribed, so a stage of that group is never
 * rebalanced by a scan. Only committed transactions are read. Not thread-safe: one scan at a time.
 */
public final class TopicScanner implements AutoCloseable {
    private static final Duration MAX_SCAN = Duration.ofMinutes(10);
    private final KafkaConsumer<String, byte[]> consumer;
    private final String group;

    /** @param group whose committed offsets a scan may start from and {@link #commit} moves; null: none */
    public TopicScanner(Map<String, Object> kafka, String group) {
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, group == null ? "wharf-scan-unused" : group);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        this.group = group;
    }

    /**
     * Hands each record from the start to the end as of now to {@code each}; returns the position reached on each
     * partition (what {@link #commit} takes). Start: the group's committed offset when {@code fromCommitted} and it
     * has one, else the topic's start; with {@code since}, never before the first record written at or after it.
     */
    public Map<TopicPartition, Long> scan(String topic, boolean fromCommitted, Instant since, Consumer<ConsumerRecord<String, byte[]>> each) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<TopicPartition, OffsetAndMetadata> committed = group != null && fromCommitted ? consumer.committed(Set.copyOf(partitions)) : Map.of();
        Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions);
        Map<TopicPartition, OffsetAndTimestamp> atTime = since == null ? Map.of() : consumer.offsetsForTimes(timestamps(partitions, since));
        for (TopicPartition tp : partitions) {
            long start = committed.get(tp) != null ? committed.get(tp).offset() : begin.get(tp);
            if (since != null) {
                OffsetAndTimestamp t = atTime.get(tp);
                start = Math.max(start, t == null ? end.get(tp) : t.offset());
            }
            consumer.seek(tp, Math.min(start, end.get(tp)));
        }
        long deadline = System.nanoTime() + MAX_SCAN.toNanos();
        while (!reached(partitions, end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reading " + topic + " did not reach its end within " + MAX_SCAN.toMinutes() + " minutes");
            }
            for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                if (r.offset() < end.get(new TopicPartition(r.topic(), r.partition()))) {
                    each.accept(r);
                }
            }
        }
        Map<TopicPartition, Long> reached = new HashMap<>();
        partitions.forEach(tp -> reached.put(tp, Math.min(consumer.position(tp), end.get(tp))));
        return reached;
    }

    /** The group's committed offset per partition of the topic (partitions it never committed are absent). */
    public Map<TopicPartition, Long> committed(String topic) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, Long> out = new HashMap<>();
        if (group != null) {
            consumer.committed(Set.copyOf(partitions)).forEach((tp, om) -> {
                if (om != null) {
                    out.put(tp, om.offset());
                }
            });
        }
        return out;
    }

    /** Commits the positions for the group: a later scan from committed offsets starts after them. */
    public void commit(Map<TopicPartition, Long> positions) {
        if (group == null) {
            throw new IllegalStateException("a scanner without a group commits nothing");
        }
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        positions.forEach((tp, offset) -> offsets.put(tp, new OffsetAndMetadata(offset)));
        consumer.commitSync(offsets);
    }

    private boolean reached(List<TopicPartition> partitions, Map<TopicPartition, Long> end) {
        return partitions.stream().allMatch(tp -> consumer.position(tp) >= end.get(tp));
    }

    private static Map<TopicPartition, Long> timestamps(List<TopicPartition> partitions, Instant since) {
        Map<TopicPartition, Long> m = new HashMap<>();
        partitions.forEach(tp -> m.put(tp, since.toEpochMilli()));
        return m;
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
