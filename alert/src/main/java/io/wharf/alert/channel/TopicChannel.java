package io.wharf.alert.channel;

import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Alerts as JSON records on {@code wharf.alerts}, keyed by deal id; the idempotency key is also a header. */
public final class TopicChannel implements Channel {
    public static final String TOPIC = io.wharf.model.Topics.ALERTS;
    public static final String KEY_HEADER = "wharf.idempotency.key";
    private final KafkaProducer<String, byte[]> producer;
    private final Duration timeout;

    public TopicChannel(Map<String, Object> kafka, Duration timeout) {
        this.producer = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(), new ByteArraySerializer());
        this.timeout = timeout;
    }

    @Override
    public String name() {
        return "topic";
    }

    @Override
    public void send(Alert a) throws Exception {
        ProducerRecord<String, byte[]> r = new ProducerRecord<>(TOPIC, a.dealId(), Json.toBytes(a));
        r.headers().add(KEY_HEADER, a.idempotencyKey().getBytes(StandardCharsets.UTF_8));
        producer.send(r).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
