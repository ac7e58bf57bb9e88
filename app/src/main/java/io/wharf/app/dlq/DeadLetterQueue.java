package io.wharf.app.dlq;

import io.wharf.app.kafka.TopicScanner;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Reads {@link Topics#DLQ} and puts its records back through the pipeline. A replay publishes each record to its
 * original topic and then commits the DLQ offsets of a consumer group per original topic
 * ({@code wharf-dlq-replay.<topic>}), so the next replay starts after it: a DLQ record is replayed once. Should the
 * process die between the publish and the commit, the next replay publishes those records again; the stages'
 * idempotent upserts make that harmless.
 */
public final class DeadLetterQueue {
    /** The original topics a record can be replayed to. */
    public static final List<String> REPLAYABLE = List.of(Topics.ARTICLES, Topics.ENRICHED, Topics.DEALS);
    public static final String REPLAYED_FROM = "wharf.replayed.from";
    private final Map<String, Object> kafka;

    public DeadLetterQueue(Map<String, Object> kafka) {
        this.kafka = kafka;
    }

    public static String replayGroup(String topic) {
        return "wharf-dlq-replay." + topic;
    }

    /** The DLQ's records, oldest first per partition; only those from {@code topic} (null: all) and at or after {@code since}. */
    public List<DeadLetter> list(String topic, Instant since) {
        List<DeadLetter> out = new ArrayList<>();
        try (TopicScanner scanner = new TopicScanner(kafka, null)) {
            scanner.scan(Topics.DLQ, false, since, r -> {
                DeadLetter d = DeadLetter.of(r);
                if (topic == null || topic.equals(d.originalTopic())) {
                    out.add(d);
                }
            });
        }
        return out;
    }

    /** True when the replay of its original topic has passed this record. */
    public boolean replayed(DeadLetter d, Map<String, Map<TopicPartition, Long>> replayedUpTo) {
        Long upTo = replayedUpTo.computeIfAbsent(d.originalTopic(), this::replayedUpTo).get(new TopicPartition(Topics.DLQ, d.partition()));
        return upTo != null && d.offset() < upTo;
    }

    private Map<TopicPartition, Long> replayedUpTo(String topic) {
        try (TopicScanner scanner = new TopicScanner(kafka, replayGroup(topic))) {
            return scanner.committed(Topics.DLQ);
        }
    }

    /** Replays what the last replay of each topic (or only {@code topic}) left, skipping records older than {@code since}. */
    public List<ReplayResult> replay(String topic, Instant since) throws ExecutionException, InterruptedException {
        List<ReplayResult> out = new ArrayList<>();
        for (String t : topic == null ? REPLAYABLE : List.of(topic)) {
            out.add(replayTopic(t, since));
        }
        return out;
    }

    private ReplayResult replayTopic(String topic, Instant since) throws ExecutionException, InterruptedException {
        List<DeadLetter> wanted = new ArrayList<>();
        int[] notReplayable = {0};
        int[] older = {0};
        try (TopicScanner scanner = new TopicScanner(kafka, replayGroup(topic));
             KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(),
                     new ByteArraySerializer())) {
            Map<TopicPartition, Long> reached = scanner.scan(Topics.DLQ, true, null, r -> {
                DeadLetter d = DeadLetter.of(r);
                if (!topic.equals(d.originalTopic())) {
                    return;
                }
                if (since != null && d.at().isBefore(since)) {
                    older[0]++;
                } else if (!d.replayable()) {
                    notReplayable[0]++;
                } else {
                    wanted.add(d);
                }
            });
            List<Future<RecordMetadata>> acks = new ArrayList<>();
            for (DeadLetter d : wanted) {
                RecordHeaders headers = new RecordHeaders();
                headers.add(REPLAYED_FROM, (Topics.DLQ + ":" + d.ref()).getBytes(StandardCharsets.UTF_8));
                acks.add(producer.send(new ProducerRecord<>(topic, null, d.key(), d.value(), headers)));
            }
            producer.flush();
            for (Future<RecordMetadata> ack : acks) {
                ack.get(); // a failed publish throws before the commit: the next replay tries these again
            }
            scanner.commit(reached);
        }
        return new ReplayResult(topic, wanted.size(), notReplayable[0], older[0]);
    }
}
