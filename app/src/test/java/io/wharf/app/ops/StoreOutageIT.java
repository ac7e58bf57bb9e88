package io.wharf.app.ops;

import static io.wharf.app.ops.OpsKit.enriched;
import static io.wharf.app.ops.OpsKit.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.query.ArticleQueries;
import io.wharf.store.sink.JdbcArticleSink;
import io.wharf.store.testing.PostgresTestDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot take writes (read-only file, missing table) pauses the store stage: nothing goes to the DLQ,
 * no offset moves, and once the cause is fixed every article is stored, once. Only a record bad in itself is
 * dead-lettered. Before: a read-only SQLite file sent every article to the DLQ and marked it done.
 */
class StoreOutageIT {
    @TempDir
    Path dir;
    TestKafka broker;

    @BeforeEach
    void start() {
        broker = TestKafka.start(dir);
        KafkaSetup.ensureTopics(broker.bootstrapServers(), 1, (short) 1, Duration.ofSeconds(30));
    }

    @AfterEach
    void stop() {
        broker.close();
    }

    @Test
    void aReadOnlySqliteFileIsWaitedOutAndNothingIsLost() throws Exception {
        Path file = dir.resolve("ro.db");
        Database writableDb = new Database("jdbc:sqlite:" + file, null, null, null);
        writableDb.migrate();
        writableDb.connect().close(); // WAL mode, as a store that ran before: a read-only open then fails at the write
        int dlqBefore = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ).size();
        List<ProducerRecord<String, byte[]>> in = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            in.add(record(Topics.ENRICHED, enriched(i).id(), enriched(i)));
        }
        in.add(record(Topics.ENRICHED, "poison", "{not json".getBytes(StandardCharsets.UTF_8))); // bad in itself
        OpsKit.send(broker.bootstrapServers(), Topics.ENRICHED, in);
        AtomicLong storeEvents = new AtomicLong();

        // SQLite opened read-only (as a file the user cannot write): SQLITE_READONLY on every write.
        try (StoreStage readOnly = stage(new Database("jdbc:sqlite:" + file + "?open_mode=1", null, null, null), storeEvents)) {
            Thread t = new Thread(readOnly);
            t.start();
            OpsKit.await("two paused batches", Duration.ofSeconds(30), () -> readOnly.paused() >= 2);
            readOnly.stop();
            t.join();
            assertThat(readOnly.deadLettered()).isZero();
        }
        assertThat(OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ)).hasSize(dlqBefore);
        ArticleQueries q = new ArticleQueries(new Database("jdbc:sqlite:" + file, null, null, null));
        assertThat(q.count("articles")).isZero();

        // The file is writable again: a new process of the same group stores all of it from the kept offsets.
        try (StoreStage writable = stage(new Database("jdbc:sqlite:" + file, null, null, null), storeEvents)) {
            Thread t = new Thread(writable);
            t.start();
            OpsKit.await("six stored and the poison dead-lettered", Duration.ofSeconds(30),
                    () -> writable.stored() >= 6 && writable.deadLettered() >= 1);
            writable.stop();
            t.join();
        }
        int dlq = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ).size() - dlqBefore;
        OpsKit.printCounts("read-only SQLite, then writable", in.size(), q.count("articles"), dlq, storeEvents.get() - 6);
        assertThat(q.count("articles")).isEqualTo(6);
        assertThat(dlq).isEqualTo(1);
        assertThat(storeEvents.get()).isEqualTo(6);
    }

    @Test
    void aMissingPostgresqlTableIsWaitedOutWhileTheStageRuns() throws Exception {
        try (PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            pg.database().migrate();
            int dlqBefore = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ).size();
            try (Connection c = pg.database().connect(); Statement s = c.createStatement()) {
                s.execute("ALTER TABLE article_categories RENAME TO article_categories_away"); // an operator's slip
            }
            List<ProducerRecord<String, byte[]>> in = new ArrayList<>();
            for (int i = 10; i < 15; i++) {
                in.add(record(Topics.ENRICHED, enriched(i).id(), enriched(i)));
            }
            AtomicLong storeEvents = new AtomicLong();
            try (StoreStage stage = stage(pg.database(), storeEvents)) {
                Thread t = new Thread(stage);
                t.start();
                OpsKit.send(broker.bootstrapServers(), Topics.ENRICHED, in);
                OpsKit.await("a paused batch", Duration.ofSeconds(30), () -> stage.paused() >= 1);
                assertThat(stage.deadLettered()).isZero();
                try (Connection c = pg.database().connect(); Statement s = c.createStatement()) {
                    s.execute("ALTER TABLE article_categories_away RENAME TO article_categories"); // fixed
                }
                OpsKit.await("all stored", Duration.ofSeconds(60), () -> storeEvents.get() >= 5);
                stage.stop();
                t.join();
                ArticleQueries q = new ArticleQueries(pg.database());
                int dlq = OpsKit.readAll(broker.bootstrapServers(), Topics.DLQ).size() - dlqBefore;
                OpsKit.printCounts("missing PostgreSQL table, then restored", in.size(), q.count("articles"), dlq, storeEvents.get() - 5);
                assertThat(q.count("articles")).isEqualTo(5);
                assertThat(dlq).isZero();
                assertThat(stage.deadLettered()).isZero();
            }
        }
    }

    /** A store stage of the real group: it goes on from where the group stands. */
    private StoreStage stage(Database db, AtomicLong storeEvents) {
        return new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), KafkaSetup.clientConfig(broker.bootstrapServers(), "it"), 50,
                batch -> storeEvents.addAndGet(batch.size()));
    }
}
