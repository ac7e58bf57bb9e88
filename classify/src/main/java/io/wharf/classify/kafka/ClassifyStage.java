package io.wharf.classify.kafka;

import io.micrometer.core.instrument.Metrics;
import io.wharf.classify.ArticleClassifier;
import io.wharf.model.Article;
import io.wharf.model.ConsumerLoop;
import io.wharf.model.DeadLetters;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.CommitFailedException;
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
 * same transaction and the stage moves on. One instance per thread; the classifier is shared. The transactional id is
 * the instance's own, so instances of the group never fence each other; an instance the group has moved on from (a
 * pause longer than the session timeout) is fenced by the group generation its offsets carry: the broker refuses its
 * commit, and its batch is dropped for the partitions' new owner to classify.
 */
public final class ClassifyStage extends ConsumerLoop {
    private static final Logger LOG = LoggerFactory.getLogger(ClassifyStage.class);
    public static final String GROUP = "wharf-classify";

    private final ArticleClassifier classifier;
    private final ExecutorService preparers;
    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<String, byte[]> producer;
    private final AtomicLong classified = new AtomicLong();
    private final AtomicLong deadLettered = new AtomicLong();
    private String lastError = "";
    /** The last commit was refused because this consumer's group generation is stale (a zombie). Loop thread only. */
    private boolean groupMovedOn;

    public ClassifyStage(ArticleClassifier classifier, Map<String, Object> kafka, String instanceId, int maxPollRecords) {
        this(classifier, kafka, instanceId, maxPollRecords, null);
    }

    /**
     * @param preparers workers shared by the process's classify stages, to classify a batch's records side by side
     *                  (null: one after another). Partitions are rarely even: without sharing, the stage holding the
     *                  most records works alone while the others idle.
     */
    public ClassifyStage(ArticleClassifier classifier, Map<String, Object> kafka, String instanceId, int maxPollRecords,
                         ExecutorService preparers) {
        this.classifier = classifier;
        this.preparers = preparers;
        Map<String, Object> c = KafkaClients.consumerConfig(kafka, GROUP, maxPollRecords);
        // A whole batch must be classified within this, or the group evicts us: give each article its time limit.
        long worstBatch = maxPollRecords * classifier.timeLimit().toMillis() + 60_000;
        c.put(ConsumerConfig.MAX_POLL_INTERVAL_MS_CONFIG, (int) Math.min(Integer.MAX_VALUE, Math.max(300_000, worstBatch)));
        this.consumer = new KafkaConsumer<>(c, new StringDeserializer(), new ByteArrayDeserializer());
        Map<String, Object> p = KafkaClients.producerConfig(kafka);
        p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "wharf-classify-" + instanceId);
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        this.producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    }

    @Override
    protected void loop() {
        try {
            producer.initTransactions();
            consumer.subscribe(List.of(Topics.ARTICLES));
            while (running()) {
                ConsumerRecords<String, byte[]> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    processBatch(records);
                }
            }
        } catch (ProducerFencedException e) {
            throw new IllegalStateException("classify instance fenced by another with the same transactional id "
                    + "(set classify.instance.id per process)", e);
        }
    }

    @Override
    protected void releaseClients() {
        consumer.close();
        producer.close(Duration.ofSeconds(5));
    }

    /** What one input record becomes: its outputs (enriched article and deals) or its DLQ record. */
    private record Prepared(ConsumerRecord<String, byte[]> in, List<ProducerRecord<String, byte[]>> out, boolean dead) {}

    /**
     * Classifies the batch once, then publishes it in one transaction; if that fails, record by record, so that a
     * record whose result cannot be published (too large, say) goes to the DLQ alone and the partition moves on.
     */
    private void processBatch(ConsumerRecords<String, byte[]> records) {
        groupMovedOn = false;
        List<Prepared> prepared = prepareAll(records);
        if (commit(prepared)) {
            return;
        }
        for (Prepared p : prepared) {
            if (!groupMovedOn && commit(List.of(p))) {
                continue;
            }
            if (groupMovedOn) { // refused for this instance's stale group generation, not for the record
                dropBatch(records);
                return;
            }
            Prepared dead = new Prepared(p.in(), List.of(DeadLetters.of(p.in(), "classify", "could not publish the result: " + lastError)), true);
            if (!commit(List.of(dead))) {
                LOG.warn("classify: cannot publish even to the DLQ ({}); retrying from the last commit", lastError);
                rewind(records.partitions());
                pause(Duration.ofSeconds(1));
                return;
            }
        }
    }

    /** Its partitions are another instance's now, which classifies them again: nothing of this batch may go out. */
    private void dropBatch(ConsumerRecords<String, byte[]> records) {
        LOG.info("classify: the group moved on while this batch was classified ({}); its results are dropped, and the "
                + "partitions' new owner classifies them", lastError);
        rewind(records.partitions());
    }

    private List<Prepared> prepareAll(ConsumerRecords<String, byte[]> records) {
        List<Prepared> prepared = new ArrayList<>();
        if (preparers == null || records.count() == 1) {
            records.forEach(r -> prepared.add(prepare(r)));
            return prepared;
        }
        List<Future<Prepared>> futures = new ArrayList<>();
        records.forEach(r -> futures.add(preparers.submit(() -> prepare(r))));
        for (Future<Prepared> f : futures) {
            try {
                prepared.add(f.get()); // in record order: the transaction's outputs follow the input order
            } catch (InterruptedException e) {
                futures.forEach(x -> x.cancel(true));
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while classifying a batch", e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("classifying failed: " + e.getCause(), e.getCause());
            }
        }
        return prepared;
    }

    private Prepared prepare(ConsumerRecord<String, byte[]> r) {
        try {
            EnrichedArticle enriched = classifier.classify(Json.fromBytes(r.value(), Article.class));
            List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
            out.add(new ProducerRecord<>(Topics.ENRICHED, enriched.id(), Json.toBytes(enriched)));
            for (Deal d : enriched.deals()) {
                out.add(new ProducerRecord<>(Topics.DEALS, d.id(), Json.toBytes(d)));
            }
            return new Prepared(r, out, false);
        } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("classify: {}-{}@{} to the DLQ: {}", r.topic(), r.partition(), r.offset(), reason);
            return new Prepared(r, List.of(DeadLetters.of(r, "classify", reason)), true);
        }
    }

    /** One transaction: the outputs and the input offsets; counts only what committed. */
    private boolean commit(List<Prepared> batch) {
        producer.beginTransaction();
        try {
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            for (Prepared p : batch) {
                p.out().forEach(producer::send);
                offsets.put(new TopicPartition(p.in().topic(), p.in().partition()), new OffsetAndMetadata(p.in().offset() + 1));
            }
            producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            throw e; // fatal for this producer
        } catch (CommitFailedException e) {
            // The broker checked the group generation sent with the offsets: this instance was out of the group (a pause
            // longer than the session timeout, a removed member) and its partitions may have been classified since.
            lastError = e.getMessage();
            groupMovedOn = true;
            producer.abortTransaction();
            return false;
        } catch (KafkaException e) {
            lastError = e.getMessage();
            producer.abortTransaction();
            return false;
        }
        long dead = batch.stream().filter(Prepared::dead).count();
        deadLettered.addAndGet(dead);
        classified.addAndGet(batch.size() - dead);
        Metrics.counter("wharf.classify.articles", "outcome", "classified").increment(batch.size() - dead);
        Metrics.counter("wharf.classify.articles", "outcome", "dead_lettered").increment(dead);
        return true;
    }

    private void rewind(Set<TopicPartition> partitions) {
        Set<TopicPartition> owned = new java.util.HashSet<>(partitions);
        owned.retainAll(consumer.assignment()); // after a rebalance some are no longer ours to seek
        Map<TopicPartition, OffsetAndMetadata> committed = consumer.committed(owned);
        for (TopicPartition tp : owned) {
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
}
