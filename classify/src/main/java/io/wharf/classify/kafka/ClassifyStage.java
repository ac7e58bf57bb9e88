package io.wharf.classify.kafka;

import io.wharf.classify.ArticleClassifier;
import io.wharf.model.Article;
import io.wharf.model.DeadLetters;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Consumes articles and produces enriched articles and deals, exactly once: each poll's outputs and its input
 * offsets are committed in one Kafka transaction (read_committed downstream), so a crash replays the batch
 * without leaving half of it visible. A record that cannot be read or classified goes to the DLQ inside the
 * same transaction and the stage moves on. One instance per thread; the classifier is shared.
 */
public final class ClassifyStage implements Runnable, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifyStage.class);
    public static final String GROUP = "wharf-classify";

    private final ArticleClassifier classifier;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong classified = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private volatile boolean running = true;

    public ClassifyStage(ArticleClassifier classifier, Map<String, Object> kafka, String instanceId, int maxPollRecords) {
        this.classifier = classifier;
        Map<String, Object> c = new HashMap<>(kafka);
        c.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        c.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        c.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        // CoreNLP may take seconds per long article; a batch of max.poll.records must finish within this.
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, 300_000);
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        Map<String, Object> p = new HashMap<>(kafka);
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "wharf-classify-" + instanceId);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    public void run() {
        try {
            producer.initTransactions();
            consumer.subscribe(List.of(Topics.ARTICLES));
            while (running) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    processBatch(records);
                }
            }
        } catch (ProducerFencedException e) {
            LOG.error("classify instance fenced by another with the same transactional id; stopping: {}", e.getMessage());
        } finally {
            consumer.close();
            producer.close(Duration.ofSeconds(5));
        }
    }

    private void processBatch(ConsumerRecords<String, byte[]> records) {
        producer.beginTransaction();
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (ConsumerRecord<String, byte[]> r : records) {
                send(r);
                offsets.put(new TopicPartition(r.topic(), r.partition()), new OffsetAndMetadata(r.offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            throw e; // fatal for this producer
        } catch (KafkaException e) {
            LOG.warn("classify transaction aborted, the batch will be retried: {}", e.getMessage());
            producer.abortTransaction();
            rewind(records.partitions());
        }
    }

    private void send(ConsumerRecord<String, byte[]> r) {
        EnrichedArticle enriched;
        try {
            Article article = Json.fromBytes(r.value(), Article.class);
            enriched = classifier.classify(article);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("classify: {}-{}@{} to the DLQ: {}", r.topic(), r.partition(), r.offset(), reason);
            producer.send(DeadLetters.of(r, "classify", reason));
            deadLettered.incrementAndGet();
            return;
        }
        producer.send(new ProducerRecord<>(Topics.ENRICHED, enriched.id(), Json.toBytes(enriched)));
        for (Deal d : enriched.deals()) {
            producer.send(new ProducerRecord<>(Topics.DEALS, d.id(), Json.toBytes(d)));
        }
        classified.incrementAndGet();
    }

    private void rewind(Set<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(partitions);
        for (TopicPartition tp : partitions) {
            OffsetAndMetadata om = committed.get(tp);
            if (om == null) {
                consumer.seekToBeginning(List.of(tp));
            } else {
                consumer.seek(tp, om.offset());
            }
        }
    }

    public long classified() {
        return classified.get();
    }

    public long deadLettered() {
        return deadLettered.get();
    }

    /**
     * Asks the loop to finish its batch and close; safe from any thread. No consumer wakeup: it could land in the
     * middle of a transaction; the loop polls at most every 500 ms.
     */
    public void stop() {
        running = false;
    }

    @Override
    public void close() {
        stop();
    }
}
