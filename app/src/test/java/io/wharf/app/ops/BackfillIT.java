package io.wharf.app.ops;

import static io.wharf.app.ops.OpsKit.enriched;
import static io.wharf.app.ops.OpsKit.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.pipeline.Backlog;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.query.ArticleQueries;
import io.wharf.store.sink.JdbcArticleSink;
import io.wharf.store.testing.PostgresTestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Moving from SQLite to PostgreSQL: the pipeline's store group has stored everything into SQLite, so a store stage on
 * the new database gets nothing; `wharf backfill --from-topic` fills it from wharf.enriched, once however often it
 * runs, without moving the pipeline's offsets.
 */
class BackfillIT {
    @TempDir
    Path dir;

    @Test
    void aNewPostgresqlStoreIsFilledFromTheTopic() throws Exception {
        try (TestKafka broker = TestKafka.start(dir);
             PostgresTestDatabase pg = PostgresTestDatabase.create()) {
            String bootstrap = broker.bootstrapServers();
            KafkaSetup.ensureTopics(bootstrap, 3, (short) 1, Duration.ofSeconds(30));
            List<ProducerRecord<String, byte[]>> in = new ArrayList<>();
            for (int i = 0; i < 5; i++) {
                in.add(record(Topics.ENRICHED, enriched(i).id(), enriched(i)));
            }
            in.add(record(Topics.ENRICHED, enriched(0).id(), enriched(0))); // a second delivery, as after a crash
            OpsKit.send(bootstrap, Topics.ENRICHED, in);
            Database sqlite = new Database("jdbc:sqlite:" + dir.resolve("old.db"), null, null, null);
            sqlite.migrate();
            try (StoreStage old = new StoreStage(new JdbcArticleSink(sqlite, Clock.systemUTC()), KafkaSetup.clientConfig(bootstrap, "it"),
                    50, b -> { })) {
                Thread t = new Thread(old);
                t.start();
                OpsKit.await("the old store", Duration.ofSeconds(30), () -> old.stored() >= 6);
                old.stop();
                t.join();
            }
            assertThat(Backlog.measure(KafkaSetup.clientConfig(bootstrap, "it")).enriched()).isZero(); // nothing left for a new store

            String[] args = {"backfill", "--from-topic", "--bootstrap-servers", bootstrap, "--set", "data.dir=" + dir,
                    "--set", "store.jdbc.url=" + pg.url(), "--set", "store.jdbc.user=" + pg.user(),
                    "--set", "store.jdbc.password=" + pg.password(), "--set", "store.jdbc.schema=" + pg.schema()};
            OpsKit.Cli first = OpsKit.cli(args);
            OpsKit.Cli again = OpsKit.cli(args);
            long stored = new ArticleQueries(pg.database()).count("articles");
            OpsKit.printCounts("backfill of a new PostgreSQL store", in.size(), stored, OpsKit.readAll(bootstrap, Topics.DLQ).size(),
                    stored - in.stream().map(ProducerRecord::key).distinct().count());
            assertThat(first.code()).isZero();
            assertThat(first.err()).contains("backfill: 6 record(s) on wharf.enriched; 6 stored, 0 to the DLQ");
            assertThat(again.code()).isZero();
            assertThat(stored).isEqualTo(5);
            assertThat(new ArticleQueries(sqlite).count("articles")).isEqualTo(5);
            assertThat(Backlog.measure(KafkaSetup.clientConfig(bootstrap, "it")).enriched()).isZero();
        }
    }
}
