package io.wharf.alert.kafka;

import io.micrometer.core.instrument.Metrics;
import io.wharf.alert.AlertEngine;
import io.wharf.alert.channel.Delivery;
import io.wharf.model.ConsumerLoop;
import io.wharf.model.DeadLetters;
import io.wharf.model.Deal;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads deals from {@code wharf.deals} (group {@code wharf-alert}) and hands each to the {@link AlertEngine}; Kafka
 * offsets are committed only after the engine recorded what it sent. An unreadable record, and an alert a channel
 * would not take after its retries, go to the DLQ (the deal record, the reason, and the channel in
 * {@code wharf.alert.channel}): replaying it sends the alert again to the channels that did not get it. A database
 * outage, or a deal whose article the store has not written yet, pauses the stage at that record and retries it.
 */
public final class AlertStage extends ConsumerLoop {
    private static final Logger LOG = LoggerFactory.getLogger(AlertStage.class);
    public static final String GROUP = "wharf-alert";
    public static final String HEADER_CHANNEL = "wharf.alert.channel";

    private final AlertEngine engine;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> dlq;
    private final Runnable beforeCommit;
    private final AtomicLong read = new AtomicLong();
    private final AtomicLong delivered = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private final AtomicLong paused = new AtomicLong();

    /** @param beforeCommit runs after the database records a batch and before its offsets commit (fault tests stop the stage there) */
    public AlertStage(AlertEngine engine, Map<String, Object> kafka, int maxPollRecords, Runnable beforeCommit) {
        this.engine = engine;
        this.beforeCommit = beforeCommit;
        this.consumer = new KafkaConsumer<>(KafkaClients.consumerConfig(kafka, GROUP, maxPollRecords), new StringDeserializer(),
                new ByteArrayDeserializer());
        this.dlq = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    protected void loop() {
        consumer.subscribe(List.of(Topics.DEALS));
        Duration backoff = Duration.ofSeconds(1);
        while (running()) {
            ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
            Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
            try {
                for (ConsumerRecord<String, byte[]> r : records) {
                    handle(r);
                    done.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
                }
                backoff = Duration.ofSeconds(1);
            } catch (AlertEngine.NotStoredYet e) {
                LOG.debug("alert: {}; retrying in 1 s", e.getMessage());
                rewind(records, done);
                pause(Duration.ofSeconds(1));
            } catch (SQLException | KafkaException | IllegalStateException e) {
                LOG.warn("alert: stopped at a record ({}); retrying in {} s", e.getMessage(), backoff.toSeconds());
                paused.incrementAndGet();
                Metrics.counter("wharf.alert.pauses").increment();
                rewind(records, done);
                pause(backoff);
                backoff = backoff.multipliedBy(2).compareTo(Duration.ofMinutes(1)) > 0 ? Duration.ofMinutes(1) : backoff.multipliedBy(2);
            }
            if (!done.isEmpty()) {
                beforeCommit.run();
                consumer.commitSync(done);
            }
        }
    }

    private void handle(ConsumerRecord<String, byte[]> r) throws SQLException, AlertEngine.NotStoredYet {
        Deal deal;
        try {
            deal = Json.fromBytes(r.value(), Deal.class);
        } catch (IllegalArgumentException e) {
            deadLetter(DeadLetters.of(r, "alert", e.getMessage()));
            return;
        }
        AlertEngine.Result result = engine.handle(deal);
        read.incrementAndGet();
        delivered.addAndGet(result.delivered());
        Metrics.counter("wharf.alert.alerts", "outcome", "delivered").increment(result.delivered());
        for (Delivery.Outcome o : result.failed()) {
            LOG.warn("alert: deal {} not delivered via {}; to the DLQ: {}", deal.id(), o.channel(), o.error());
            ProducerRecord<String, byte[]> dead = DeadLetters.of(r, "alert", o.error());
            dead.headers().add(HEADER_CHANNEL, o.channel().getBytes(StandardCharsets.UTF_8));
            deadLetter(dead);
        }
    }

    /** Waits for the DLQ's acknowledgement; when it fails the record is retried, not committed. */
    private void deadLetter(ProducerRecord<String, byte[]> record) {
        try {
            dlq.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException("could not write to the DLQ: " + e.getMessage(), e);
        }
        deadLettered.incrementAndGet();
        Metrics.counter("wharf.alert.alerts", "outcome", "dead_lettered").increment();
    }

    /** Back to the first record of each partition not yet handled. */
    private void rewind(ConsumerRecords<String, byte[]> records, Map<TopicPartition, OffsetAndMetadata> done) {
        for (TopicPartition tp : records.partitions()) {
            OffsetAndMetadata next = done.get(tp);
            consumer.seek(tp, next != null ? next.offset() : records.records(tp).get(0).offset());
        }
    }

    @Override
    protected void releaseClients() {
        consumer.close();
        dlq.close(Duration.ofSeconds(5));
    }

    /** Deal records handled (whatever they sent). */
    public long read() {
        return read.get();
    }

    public long delivered() {
        return delivered.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /** Times the stage stopped at a record because the database (or the DLQ) failed; each retried after a pause. */
    public long paused() {
        return paused.get();
    }
}
