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
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes articles keyed by id with an idempotent, acks=all producer. A text longer than {@code maxTextChars} is
 * cut first (its full length kept in the article), so that one huge item fits the broker's record size; an article
 * the broker still refuses for its own sake goes to the DLQ instead of failing its neighbours. Thread-safe
 * (KafkaProducer is): the poller's threads send concurrently.
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
        List<CompletableFuture<RefusedArticle>> acks = new ArrayList<>(articles.size());
        for (Article a : articles) {
            acks.add(send(a));
        }
        producer.flush();
        List<RefusedArticle> refused = new ArrayList<>();
        for (CompletableFuture<RefusedArticle> ack : acks) {
            RefusedArticle r = ack.get();
            if (r != null) {
                refused.add(r);
            }
        }
        return refused;
    }

    /**
     * Sends one article now (the producer batches for at most its linger time); the future completes on the broker's
     * acknowledgement, or, for a refusal of the article itself, once it is in the DLQ. A retriable failure (the broker
     * down, a timeout) completes it exceptionally: the caller must not count the article as published.
     */
    @Override
    public CompletableFuture<RefusedArticle> send(Article original) {
        Article a = original.capped(maxTextChars);
        if (a != original) {
            LOG.warn("source {}: article {} text cut from {} to {} chars (ingest.max.text.chars) to fit a Kafka record",
                    a.source(), a.url(), original.text().length(), a.text().length());
        }
        CompletableFuture<RefusedArticle> acked = new CompletableFuture<>();
        try {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, a.id(), Json.toBytes(a)), (meta, e) -> {
                if (e == null) {
                    acked.complete(null);
                } else if (e instanceof RetriableException) {
                    acked.completeExceptionally(e);
                } else {
                    acked.complete(new RefusedArticle(a, String.valueOf(e.getMessage())));
                }
            });
        } catch (RuntimeException e) {
            acked.completeExceptionally(e); // refused before sending (serialisation, a closed producer)
        }
        // Dead-lettering sends again: not on the producer's I/O thread, where the callback runs. An accepted article's
        // future completes there, so what waits on it must be quick (marking it seen is).
        return acked.thenCompose(r -> r == null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(() -> deadLetter(r)).thenCompose(done -> done));
    }

    /** The DLQ keeps where the refused article came from and why; done once the DLQ acknowledged it. */
    private CompletableFuture<RefusedArticle> deadLetter(RefusedArticle r) {
        LOG.warn("source {}: article {} not published, to the DLQ: {}", r.article().source(), r.article().url(), r.reason());
        CompletableFuture<RefusedArticle> done = new CompletableFuture<>();
        producer.send(DeadLetters.unpublished(r.article(), r.reason()), (meta, e) -> {
            if (e == null) {
                done.complete(r);
            } else {
                done.completeExceptionally(e);
            }
        });
        return done;
    }

    @Override
    public void close() {
        producer.close();
    }
}
