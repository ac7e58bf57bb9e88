package io.wharf.store.kafka;

import io.micrometer.core.instrument.Metrics;
import io.wharf.model.ConsumerLoop;
import io.wharf.model.DeadLetters;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import io.wharf.store.db.DatabaseFailure;
import io.wharf.store.sink.JdbcArticleSink;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes enriched articles and writes them to the database, committing Kafka offsets only after the database
 * commit (at least once; the upserts make replays harmless). A record that cannot be read, or that the
 * database refuses for the record's own sake while the database is healthy, goes to the DLQ; anything else (an
 * outage, a read-only file, a full disk, a missing table, a failed login) pauses the stage and retries the batch
 * from its first offset. One instance per thread.
 */
public final class StoreStage extends ConsumerLoop {
    private static final Logger LOG = LoggerFactory.getLogger(StoreStage.class);
    public static final String GROUP = "wharf-store";

    private final JdbcArticleSink sink;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> dlq;
    private final Consumer<List<EnrichedArticle>> onStored;
    private final Runnable beforeCommit;
    private final AtomicLong stored = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong paused = new AtomicLong();

    public StoreStage(JdbcArticleSink sink, Map<String, Object> kafka, int maxPollRecords, Consumer<List<EnrichedArticle>> onStored) {
        this(sink, kafka, maxPollRecords, onStored, GROUP);
    }

    /** @param group the consumer group; a backfill uses a new one to read the topic from its start */
    public StoreStage(JdbcArticleSink sink, Map<String, Object> kafka, int maxPollRecords, Consumer<List<EnrichedArticle>> onStored,
                      String group) {
        this(sink, kafka, maxPollRecords, onStored, group, () -> { });
    }

    /**
     * @param beforeCommit runs after the database commit (and the DLQ's acknowledgement) and before the offset commit: the
     *                     window a crash leaves for a replay. Fault tests stop the stage there, as the alert stage's do.
     */
    public StoreStage(JdbcArticleSink sink, Map<String, Object> kafka, int maxPollRecords, Consumer<List<EnrichedArticle>> onStored,
                      String group, Runnable beforeCommit) {
        this.sink = sink;
        this.onStored = onStored;
        this.beforeCommit = beforeCommit;
        this.consumer = new KafkaConsumer<>(KafkaClients.consumerConfig(kafka, group, maxPollRecords), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.dlq = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    protected void loop() {
        consumer.subscribe(List.of(Topics.ENRICHED));
        Duration backoff = Duration.ofSeconds(1);
        while (running()) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            if (records.isEmpty()) {
                continue;
            }
            try {
                storeBatch(records);
                backoff = Duration.ofSeconds(1);
            } catch (CommitFailedException | RebalanceInProgressException e) {
                // The partitions moved to another instance; it replays from the last commit (upserts absorb it).
                LOG.warn("store: offsets not committed after a rebalance; the batch will be replayed: {}", e.getMessage());
            } catch (SQLException | KafkaException | IllegalStateException e) {
                LOG.warn("store: batch not stored ({}); retrying it in {} s", e.getMessage(), backoff.toSeconds());
                paused.incrementAndGet();
                Metrics.counter("wharf.store.pauses").increment();
                rewind(records);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : backoff.multipliedBy(2);
            }
        }
    }

    @Override
    protected void releaseClients() {
        consumer.close();
        dlq.close(Duration.ofSeconds(5));
        sink.close();
    }

    /** A record bad in itself and why; it goes to the DLQ only once the rest of its batch is stored. */
    private record Poison(ConsumerRecord<String, byte[]> record, String reason) {}

    private void storeBatch(ConsumerRecords<String, byte[]> records) throws SQLException {
        List<EnrichedArticle> ok = new ArrayList<>();
        List<ConsumerRecord<String, byte[]>> okRecords = new ArrayList<>();
        List<Poison> poison = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            try {
                ok.add(Json.fromBytes(r.value(), EnrichedArticle.class));
                okRecords.add(r);
            } catch (IllegalArgumentException e) {
                poison.add(new Poison(r, e.getMessage()));
            }
        }
        try {
            sink.write(ok);
        } catch (SQLException batchFailure) {
            if (outage(batchFailure)) {
                throw batchFailure; // nothing sent to the DLQ yet: the retried batch does not dead-letter twice
            }
            ok = writeOneByOne(ok, okRecords, poison);
        }
        deadLetter(poison);
        beforeCommit.run();
        consumer.commitSync(nextOffsets(records));
        stored.addAndGet(ok.size());
        Metrics.counter("wharf.store.articles", "outcome", "stored").increment(ok.size());
        if (!ok.isEmpty()) {
            try {
                onStored.accept(ok);
            } catch (RuntimeException e) {
                LOG.warn("store: the stored-articles listener failed (the articles are stored): {}", e.toString());
            }
        }
    }

    /** The database is up but refused the batch: find the records it refuses and dead-letter only those. */
    private List<EnrichedArticle> writeOneByOne(List<EnrichedArticle> batch, List<ConsumerRecord<String, byte[]>> records,
                                                List<Poison> poison) throws SQLException {
        List<EnrichedArticle> written = new ArrayList<>();
        for (int i = 0; i < batch.size(); i++) {
            try {
                sink.write(List.of(batch.get(i)));
                written.add(batch.get(i));
            } catch (SQLException e) {
                if (outage(e)) {
                    throw e;
                }
                poison.add(new Poison(records.get(i), "database refused the record: " + e.getMessage()));
            }
        }
        return written;
    }

    /**
     * True when the database, not the record, is at fault (see {@link DatabaseFailure}): the batch is retried. A
     * record's fault while the database does not answer is an outage too.
     */
    boolean outage(SQLException e) {
        return DatabaseFailure.of(e, sink.dialect()) == DatabaseFailure.DATABASE || !sink.healthy();
    }

    /** Sends the batch's poison to the DLQ and waits; if that fails the batch is not committed and is retried. */
    private void deadLetter(List<Poison> poison) {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (Poison p : poison) {
            ConsumerRecord<String, byte[]> r = p.record();
            LOG.warn("store: {}-{}@{} to the DLQ: {}", r.topic(), r.partition(), r.offset(), p.reason());
            acks.add(dlq.send(DeadLetters.of(r, "store", p.reason())));
        }
        for (Future<RecordMetadata> f : acks) {
            try {
                f.get();
            } catch (Exception e) {
                // Not committing is the safe answer: the stage rewinds and retries the batch.
                throw new IllegalStateException("could not write to the DLQ: " + e.getMessage(), e);
            }
        }
        deadLettered.addAndGet(poison.size());
        Metrics.counter("wharf.store.articles", "outcome", "dead_lettered").increment(poison.size());
    }

    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(ConsumerRecords<String, byte[]> records) {
        Map<TopicPartition, OffsetAndMetadata> out = new HashMap<>();
        for (TopicPartition tp : records.partitions()) {
            List<ConsumerRecord<String, byte[]>> rs = records.records(tp);
            out.put(tp, new OffsetAndMetadata(rs.get(rs.size() - 1).offset() + 1));
        }
        return out;
    }

    private void rewind(ConsumerRecords<String, byte[]> records) {
        for (TopicPartition tp : records.partitions()) {
            consumer.seek(tp, records.records(tp).get(0).offset());
        }
    }

    public long stored() {
        return stored.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Batches not stored because the database could not take them (each retried after a pause). */
    public long paused() {
        return paused.get();
    }
}
