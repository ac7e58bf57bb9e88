package io.wharf.ingest.kafka;

import io.wharf.ingest.RefusedArticle;
import io.wharf.model.Article;
import io.wharf.model.DeadLetters;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles keyed by id with an idempotent, acks=all producer. A text longer than {@code maxTextChars} is
 * cut first (its full length kept in the article), so that one huge item fits the broker's record size; an article
 * the broker still refuses for its own sake goes to the DLQ instead of failing its neighbours. Thread-safe
 * (KafkaProducer is).
 */
public final class ArticlePublisher implements io.wharf.ingest.ArticleOutput, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ArticlePublisher.class);
    private final Producer<String, byte[]> producer;
    private final int maxTextChars;

    public ArticlePublisher(Map<String, Object> kafkaConfig, int maxTextChars) {
        this(new KafkaProducer<>(producerConfig(kafkaConfig), new StringSerializer(), new ByteArraySerializer()), maxTextChars);
    }

    ArticlePublisher(Producer<String, byte[]> producer, int maxTextChars) {
        this.producer = producer;
        this.maxTextChars = maxTextChars;
    }

    public static Map<String, Object> producerConfig(Map<String, Object> base) {
        Map<String, Object> c = KafkaClients.producerConfig(base);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        return c;
    }

    /** Sends and waits for the broker's acknowledgement of every record; any refusal fails the whole call. */
    @Override
    public void publishAll(List<Article> articles) throws ExecutionException, InterruptedException {
        List<RefusedArticle> refused = publishEach(articles);
        if (!refused.isEmpty()) {
            throw new ExecutionException(refused.size() + " article(s) refused, first: " + refused.get(0).reason(), null);
        }
    }

    /**
     * Sends every article and waits for the acknowledgements, so callers may then mark them seen. One the broker
     * refuses for its own sake (too large, unserialisable) is dead-lettered and returned; a retriable failure (the
     * broker down, a timeout) is thrown, so that nothing of the call counts as published.
     */
    @Override
    public List<RefusedArticle> publishEach(List<Article> articles) throws ExecutionException, InterruptedException {
        List<Article> sent = new ArrayList<>(articles.size());
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        for (Article original : articles) {
            Article a = original.capped(maxTextChars);
            if (a != original) {
                LOG.warn("source {}: article {} text cut from {} to {} chars (ingest.max.text.chars) to fit a Kafka record",
                        a.source(), a.url(), original.text().length(), a.text().length());
            }
            sent.add(a);
            acks.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, a.id(), Json.toBytes(a))));
        }
        producer.flush();
        List<RefusedArticle> refused = new ArrayList<>();
        for (int i = 0; i < acks.size(); i++) {
            try {
                acks.get(i).get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RetriableException) {
                    throw e;
                }
                refused.add(new RefusedArticle(sent.get(i), String.valueOf(e.getCause().getMessage())));
            }
        }
        deadLetter(refused);
        return refused;
    }

    /** The DLQ keeps where each refused article came from and why; waits for it, or the poll fails and is retried. */
    private void deadLetter(List<RefusedArticle> refused) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        for (RefusedArticle r : refused) {
            LOG.warn("source {}: article {} not published, to the DLQ: {}", r.article().source(), r.article().url(), r.reason());
            acks.add(producer.send(DeadLetters.unpublished(r.article(), r.reason())));
        }
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
