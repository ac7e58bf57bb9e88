package io.wharf.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.alert.AlertKit;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.ops.OpsKit;
import io.wharf.model.DeadLetters;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Fault test 2: one poison record among twenty on wharf.enriched. The nineteen good ones are stored, the poison goes to
 * wharf.dlq unchanged (key and value) with where it came from and why, and the stage goes on.
 */
class StorePoisonIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void onePoisonRecordAmongTwentyGoesToTheDlqAndNineteenAreStored(String kind) throws Exception {
        AlertKit.Db kit = AlertKit.Db.of(kind, dir);
        Database db = kit.database();
        try (TestKafka broker = TestKafka.start(dir)) {
            KafkaSetup.ensureTopics(broker.bootstrapServers(), 1, (short) 1, Duration.ofSeconds(30));
            List<ProducerRecord<String, byte[]>> in = new ArrayList<>();
            Set<String> good = new HashSet<>();
            byte[] poison = "{\"article\": {\"id\": \"truncated".getBytes(StandardCharsets.UTF_8); // a record cut short
            for (int i = 0; i < 20; i++) {
                if (i == 7) {
                    in.add(FaultKit.record(Topics.ENRICHED, "poison-7", poison));
                    continue;
                }
                EnrichedArticle e = FaultKit.enriched("poison-" + kind, i, 1);
                good.add(e.id());
                in.add(FaultKit.record(Topics.ENRICHED, e.id(), e));
            }
            FaultKit.send(broker.bootstrapServers(), in);
            try (StoreStage stage = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()),
                    KafkaSetup.clientConfig(broker.bootstrapServers(), "poison-it"), 50, b -> { })) {
                Thread t = new Thread(stage);
                t.start();
                OpsKit.await("19 stored and 1 dead-lettered", Duration.ofSeconds(60), () -> stage.stored() >= 19 && stage.deadLettered() >= 1);
                stage.stop();
                t.join();
            }
            List<ConsumerRecord<String, byte[]>> dlq = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ);
            FaultKit.Rows rows = FaultKit.Rows.of(db);
            System.out.printf("[counts] one poison among twenty (%s): records in %d, %s, DLQ %d%n", kind, in.size(), rows, dlq.size());
            assertThat(rows).isEqualTo(new FaultKit.Rows(19, 0, 19, 19, 19, 0));
            assertThat(FaultKit.articleIds(db)).isEqualTo(good);
            assertThat(dlq).hasSize(1);
            ConsumerRecord<String, byte[]> dead = dlq.get(0);
            assertThat(dead.key()).isEqualTo("poison-7");
            assertThat(dead.value()).isEqualTo(poison);
            assertThat(DeadLetters.header(dead.headers(), Topics.HEADER_ORIGINAL_TOPIC)).isEqualTo(Topics.ENRICHED);
            assertThat(DeadLetters.header(dead.headers(), Topics.HEADER_ORIGINAL_PARTITION)).isEqualTo("0");
            assertThat(DeadLetters.header(dead.headers(), Topics.HEADER_ORIGINAL_OFFSET)).isEqualTo("7");
            assertThat(DeadLetters.header(dead.headers(), Topics.HEADER_STAGE)).isEqualTo("store");
            assertThat(DeadLetters.header(dead.headers(), Topics.HEADER_ERROR)).isNotBlank();
        } finally {
            kit.close();
        }
    }
}
