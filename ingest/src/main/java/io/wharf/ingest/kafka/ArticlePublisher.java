package io.wharf.ingest.kafka;

import io.wharf.model.Article;
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
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Publishes articles keyed by id with an idempotent, acks=all producer. Thread-safe (KafkaProducer is). */
public final class ArticlePublisher implements io.wharf.ingest.ArticleOutput, AutoCloseable {
    private final Producer<String, byte[]> producer;

    public ArticlePublisher(Map<String, Object> kafkaConfig) {
        this(new KafkaProducer<>(producerConfig(kafkaConfig), new StringSerializer(), new ByteArraySerializer()));
    }

    ArticlePublisher(Producer<String, byte[]> producer) {
        this.producer = producer;
    }

    public static Map<String, Object> producerConfig(Map<String, Object> base) {
        Map<String, Object> c = KafkaClients.producerConfig(base);
        c.putIfAbsent(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        c.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, 20);
        return c;
    }

    /** Sends and waits for the broker's acknowledgement of every record, so callers may then mark them seen. */
    @Override
    public void publishAll(List<Article> articles) throws ExecutionException, InterruptedException {
        List<Future<RecordMetadata>> acks = new ArrayList<>(articles.size());
        for (Article a : articles) {
            acks.add(producer.send(new ProducerRecord<>(Topics.ARTICLES, a.id(), Json.toBytes(a))));
        }
        producer.flush();
        for (Future<RecordMetadata> ack : acks) {
            ack.get();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
