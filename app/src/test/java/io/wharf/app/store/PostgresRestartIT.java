package io.wharf.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.ops.OpsKit;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import io.wharf.store.testing.ThrowawayPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test 4: PostgreSQL stops (fast shutdown: connections cut) and starts again while the store stage runs. The stage
 * pauses with its batch uncommitted, reconnects, and stores everything once; nothing goes to the DLQ. The server is a
 * throwaway cluster of the test's own ({@link ThrowawayPostgres}): stopping the machine's shared server would break
 * everyone else's tests.
 */
class PostgresRestartIT {
    @TempDir
    Path dir;

    @Test
    void postgresqlStoppedAndStartedMidRunLosesNothingAndDoublesNothing() throws Exception {
        try (ThrowawayPostgres pg = ThrowawayPostgres.start();
             TestKafka broker = TestKafka.start(dir)) {
            Database db = pg.database();
            db.migrate();
            KafkaSetup.ensureTopics(broker.bootstrapServers(), 1, (short) 1, Duration.ofSeconds(30));
            Set<String> input = new HashSet<>();
            AtomicLong deliveries = new AtomicLong();
            StoreStage stage = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()),
                    KafkaSetup.clientConfig(broker.bootstrapServers(), "pg-restart-it"), 10, b -> deliveries.addAndGet(b.size()));
            Thread t = new Thread(stage);
            t.start();
            try {
                FaultKit.send(broker.bootstrapServers(), records(0, 20, input));
                OpsKit.await("the first twenty stored", Duration.ofSeconds(60), () -> stage.stored() >= 20);
                pg.stopServer();
                FaultKit.send(broker.bootstrapServers(), records(20, 40, input));
                OpsKit.await("a batch held back by the outage", Duration.ofSeconds(60), () -> stage.paused() >= 1);
                long storedDuringOutage = stage.stored();
                pg.startServer();
                FaultKit.send(broker.bootstrapServers(), records(40, 60, input));
                OpsKit.await("every article stored", Duration.ofSeconds(90), () -> stage.stored() >= 60);
                Thread.sleep(1000); // a late replay would land now
                stage.stop();
                t.join();
                FaultKit.Rows rows = FaultKit.Rows.of(db);
                int dlq = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ).size();
                System.out.printf("[counts] PostgreSQL stopped and started mid-run: records in %d, batches paused %d, stored while down %d, "
                        + "delivered to the database %d; %s; DLQ %d; stored set equals input set: %s%n", input.size(), stage.paused(),
                        storedDuringOutage - 20, deliveries.get(), rows, dlq, FaultKit.articleIds(db).equals(input));
                assertThat(storedDuringOutage).as("nothing stored while the server was down").isEqualTo(20);
                assertThat(FaultKit.articleIds(db)).isEqualTo(input);
                assertThat(rows).isEqualTo(new FaultKit.Rows(60, 0, 60, 60, 60, 0));
                assertThat(dlq).isZero();
                assertThat(stage.deadLettered()).isZero();
            } finally {
                stage.close();
                t.join(Duration.ofSeconds(30).toMillis());
            }
        }
    }

    private static List<ProducerRecord<String, byte[]>> records(int from, int to, Set<String> input) {
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
        for (int i = from; i < to; i++) {
            EnrichedArticle e = FaultKit.enriched("pg-restart", i, 1);
            input.add(e.id());
            out.add(FaultKit.record(Topics.ENRICHED, e.id(), e));
        }
        return out;
    }
}
