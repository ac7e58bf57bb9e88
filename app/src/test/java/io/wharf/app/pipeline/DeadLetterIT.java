package io.wharf.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.TestKafka;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.DeadLetters;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.query.ArticleQueries;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Poison records go to the DLQ with their reason; the good records around them are stored, replays only once. */
class DeadLetterIT {
    @TempDir
    Path dir;

    @Test
    void poisonGoesToTheDlqAndTheStageGoesOn() throws Exception {
        try (TestKafka broker = TestKafka.start(dir)) {
            String url = "jdbc:sqlite:" + dir.resolve("w.db");
            WharfConfig config = WharfConfig.defaults(Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                    "store.jdbc.url", url, "classify.max.chars", "400", "data.dir", dir.toString()));
            Article good = article("https://x.test/good", "IBM opens a cloud region", "IBM said it opened a region in Madrid.");
            Article tooLong = article("https://x.test/long", "Long", "Kubernetes adoption grew again. ".repeat(40));
            String invalid = Json.toString(good).replace("\"url\":\"https://x.test/good\"", "\"url\":\"\"");
            try (Pipeline p = new Pipeline(config, broker.bootstrapServers(), EnumSet.of(Stage.CLASSIFY, Stage.STORE), b -> { })) {
                p.start(false);
                try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                        Map.of("bootstrap.servers", broker.bootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
                    send(producer, "k1", "{not json".getBytes(StandardCharsets.UTF_8));
                    send(producer, good.id(), Json.toBytes(good));
                    send(producer, "k3", invalid.getBytes(StandardCharsets.UTF_8));
                    send(producer, tooLong.id(), Json.toBytes(tooLong));
                    send(producer, good.id(), Json.toBytes(good)); // a duplicate delivery
                }
                assertThat(p.awaitDrained(5, Duration.ofMinutes(2))).isTrue();
            }
            List<ConsumerRecord<String, byte[]>> dlq = readAll(broker.bootstrapServers(), Topics.DLQ, 3);
            assertThat(dlq).extracting(r -> DeadLetters.header(r.headers(), Topics.HEADER_STAGE)).containsOnly("classify");
            assertThat(dlq).extracting(r -> DeadLetters.header(r.headers(), Topics.HEADER_ERROR))
                    .anySatisfy(e -> assertThat(e).contains("not Article JSON"))
                    .anySatisfy(e -> assertThat(e).contains("article.url"))
                    .anySatisfy(e -> assertThat(e).contains("classify.max.chars"));
            assertThat(dlq).extracting(r -> DeadLetters.header(r.headers(), Topics.HEADER_ORIGINAL_TOPIC)).containsOnly(Topics.ARTICLES);
            ArticleQueries q = new ArticleQueries(new Database(url, null, null, null));
            assertThat(q.count("articles")).isEqualTo(1);
            assertThat(q.recent(5).get(0).companies()).contains("IBM");
        }
    }

    private static Article article(String url, String title, String text) {
        return new Article(ArticleIds.of(url), url, url, "test", title, text, "", Instant.parse("2024-01-01T00:00:00Z"),
                Instant.now(), "en", null);
    }

    private static void send(KafkaProducer<String, byte[]> p, String key, byte[] value) throws Exception {
        p.send(new ProducerRecord<>(Topics.ARTICLES, key, value)).get();
    }

    static List<ConsumerRecord<String, byte[]>> readAll(String bootstrap, String topic, int expected) {
        List<ConsumerRecord<String, byte[]>> out = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> c = new KafkaConsumer<>(Map.of("bootstrap.servers", bootstrap, "group.id", "it-reader",
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            c.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (out.size() < expected && System.nanoTime() < deadline) {
                c.poll(Duration.ofMillis(200)).forEach(out::add);
            }
        }
        return out;
    }
}
