package io.wharf.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.ops.OpsKit;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test 3: the broker stops and starts again (same log directory, same port) while a producer sends and the store
 * stage consumes. The producer (idempotent, acks=all, as ingest's and classify's) holds its records and resends them; the
 * stage keeps its uncommitted batch and retries. The stored set equals the input set, and nothing is there twice.
 */
class BrokerRestartIT {
    @TempDir
    Path dir;

    @Test
    @org.junit.jupiter.api.Timeout(value = 4, unit = java.util.concurrent.TimeUnit.MINUTES) // fail, never hang CI
    void theStoredSetEqualsTheInputSetAcrossABrokerRestart() throws Exception {
        int port = EmbeddedKafkaBroker.freePort();
        int controller = EmbeddedKafkaBroker.freePort();
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(dir.resolve("kafka"), port, controller).start();
        String bootstrap = broker.bootstrapServers();
        Database db = new Database("jdbc:sqlite:" + dir.resolve("restart.db"), null, null, null);
        db.migrate();
        KafkaSetup.ensureTopics(bootstrap, 3, (short) 1, Duration.ofSeconds(30));
        Map<String, Object> kafka = KafkaSetup.clientConfig(bootstrap, "broker-restart-it");
        Set<String> input = new HashSet<>();
        List<Future<RecordMetadata>> acks = new ArrayList<>();
        AtomicLong deliveries = new AtomicLong();
        StoreStage stage = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), kafka, 10, b -> deliveries.addAndGet(b.size()));
        Thread t = new Thread(stage);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(),
                new ByteArraySerializer())) {
            t.start();
            send(producer, 0, 50, input, acks);
            OpsKit.await("a first part stored", Duration.ofSeconds(60), () -> stage.stored() >= 20);
            broker.close(); // mid-run: the stage is still reading the first fifty
            // The broker comes back on another thread: while it is down, send() may block on metadata (max.block.ms)
            // for every record, so restarting it after the sends made this test hang for minutes on a slow run.
            java.util.concurrent.CompletableFuture<EmbeddedKafkaBroker> restarted = java.util.concurrent.CompletableFuture.supplyAsync(() -> {
                try {
                    Thread.sleep(2000);
                    return new EmbeddedKafkaBroker(dir.resolve("kafka"), port, controller).start();
                } catch (Exception e) {
                    throw new IllegalStateException("broker restart failed", e);
                }
            });
            send(producer, 50, 100, input, acks); // held by the producer while the broker is down
            broker = restarted.get(60, java.util.concurrent.TimeUnit.SECONDS);
            send(producer, 100, 150, input, acks);
            for (Future<RecordMetadata> f : acks) {
                f.get();
            }
            OpsKit.await("every article stored", Duration.ofSeconds(90), () -> FaultKit.count(db, "SELECT COUNT(*) FROM articles") >= 150);
            Thread.sleep(1000); // a late replay would land now
            stage.stop();
            t.join();
            List<ConsumerRecord<String, byte[]>> onTopic = OpsKit.readAll(bootstrap, Topics.ENRICHED);
            long topicDuplicates = onTopic.size() - onTopic.stream().map(ConsumerRecord::key).distinct().count();
            FaultKit.Rows rows = FaultKit.Rows.of(db);
            System.out.printf("[counts] broker stopped and started mid-run: records in %d, on the topic %d (duplicates %d), "
                    + "delivered to the database %d; %s; stored set equals input set: %s%n", input.size(), onTopic.size(), topicDuplicates,
                    deliveries.get(), rows, FaultKit.articleIds(db).equals(input));
            assertThat(FaultKit.articleIds(db)).isEqualTo(input);
            assertThat(topicDuplicates).as("the idempotent producer wrote each record once").isZero();
            assertThat(rows).isEqualTo(new FaultKit.Rows(150, 0, 150, 150, 150, 0));
            assertThat(stage.deadLettered()).isZero();
        } finally {
            stage.close();
            broker.close();
        }
    }

    private static void send(KafkaProducer<String, byte[]> p, int from, int to, Set<String> input, List<Future<RecordMetadata>> acks) {
        for (int i = from; i < to; i++) {
            EnrichedArticle e = FaultKit.enriched("broker-restart", i, 1);
            input.add(e.id());
            acks.add(p.send(new ProducerRecord<>(Topics.ENRICHED, e.id(), Json.toBytes(e))));
        }
    }
}
