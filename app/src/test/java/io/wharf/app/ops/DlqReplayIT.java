package io.wharf.app.ops;

import static io.wharf.app.ops.OpsKit.enriched;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.model.DeadLetters;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.query.ArticleQueries;
import io.wharf.store.sink.JdbcArticleSink;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `wharf dlq list|show|replay` on a DLQ holding what the old store stage dead-lettered when its SQLite file was
 * read-only (four good articles), a classify reject and an item ingest could not publish: the reasons are shown,
 * a replay puts the four back on wharf.enriched once, a second replay finds nothing, and the store keeps each once.
 */
class DlqReplayIT {
    @TempDir
    Path dir;

    @Test
    void listShowAndReplayOnce() throws Exception {
        try (TestKafka broker = TestKafka.start(dir)) {
            String bootstrap = broker.bootstrapServers();
            KafkaSetup.ensureTopics(bootstrap, 2, (short) 1, Duration.ofSeconds(30));
            List<ProducerRecord<String, byte[]>> dead = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                ConsumerRecord<String, byte[]> lost = new ConsumerRecord<>(Topics.ENRICHED, 0, i, enriched(i).id(), Json.toBytes(enriched(i)));
                dead.add(DeadLetters.of(lost, "store", "database refused the record: [SQLITE_READONLY] Attempt to write a readonly database"));
            }
            dead.add(DeadLetters.of(new ConsumerRecord<>(Topics.ARTICLES, 1, 7, "k", "{not json".getBytes()), "classify", "not Article JSON"));
            dead.add(DeadLetters.unpublished(OpsKit.article(9), "The message is 4190000 bytes when serialized which is larger than 1048576"));
            OpsKit.send(bootstrap, Topics.DLQ, dead);

            OpsKit.Cli list = OpsKit.cli("dlq", "list", "--bootstrap-servers", bootstrap);
            assertThat(list.code()).isZero();
            assertThat(rows(list)).hasSize(6);
            assertThat(list.out()).contains("SQLITE_READONLY", "store\twharf.enriched", "classify\twharf.articles", "not-replayable", "pending");
            assertThat(rows(OpsKit.cli("dlq", "list", "--topic", Topics.ENRICHED, "--bootstrap-servers", bootstrap))).hasSize(4);
            assertThat(rows(OpsKit.cli("dlq", "list", "--since", "2999-01-01T00:00:00Z", "--bootstrap-servers", bootstrap))).isEmpty();
            String ingestRef = rows(list).stream().filter(l -> l.contains("not-replayable")).findFirst().orElseThrow().split("\t")[0];
            OpsKit.Cli show = OpsKit.cli("dlq", "show", ingestRef, "--bootstrap-servers", bootstrap);
            assertThat(show.out()).contains("wharf.source: ops", "wharf.url: https://ops.test/article-9", "wharf.stage: ingest",
                    "wharf.error: The message is 4190000 bytes", "(no value");
            assertThat(OpsKit.cli("dlq", "list", "--topic", "wharf.nope", "--bootstrap-servers", bootstrap).code()).isEqualTo(2);

            OpsKit.Cli replay = OpsKit.cli("dlq", "replay", "--topic", Topics.ENRICHED, "--bootstrap-servers", bootstrap);
            assertThat(replay.err()).contains("wharf.enriched: 4 replayed");
            OpsKit.Cli again = OpsKit.cli("dlq", "replay", "--bootstrap-servers", bootstrap);
            assertThat(again.err()).contains("wharf.enriched: 0 replayed", "wharf.articles: 1 replayed, 1 without a value");
            assertThat(OpsKit.cli("dlq", "replay", "--bootstrap-servers", bootstrap).err()).contains("wharf.articles: 0 replayed");
            assertThat(rows(OpsKit.cli("dlq", "list", "--topic", Topics.ENRICHED, "--bootstrap-servers", bootstrap)))
                    .hasSize(4).allSatisfy(l -> assertThat(l).contains("\treplayed\t"));

            Database db = new Database("jdbc:sqlite:" + dir.resolve("w.db"), null, null, null);
            db.migrate();
            AtomicLong storeEvents = new AtomicLong();
            try (StoreStage store = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), KafkaSetup.clientConfig(bootstrap, "it"), 50,
                    b -> storeEvents.addAndGet(b.size()))) {
                Thread t = new Thread(store);
                t.start();
                OpsKit.await("four stored", Duration.ofSeconds(30), () -> store.stored() >= 4);
                Thread.sleep(1500); // time for a second delivery, were there one
                store.stop();
                t.join();
            }
            List<ConsumerRecord<String, byte[]>> enrichedTopic = OpsKit.readAll(bootstrap, Topics.ENRICHED);
            long stored = new ArticleQueries(db).count("articles");
            OpsKit.printCounts("dlq replay of four lost articles", dead.size(), stored, OpsKit.readAll(bootstrap, Topics.DLQ).size(),
                    OpsKit.duplicateKeys(enrichedTopic) + storeEvents.get() - stored);
            assertThat(enrichedTopic).hasSize(4);
            assertThat(stored).isEqualTo(4);
            assertThat(storeEvents.get()).isEqualTo(4);
        }
    }

    /** The record lines of `dlq list` (log lines of the same stream left out). */
    private static List<String> rows(OpsKit.Cli cli) {
        return cli.out().lines().filter(l -> l.matches("\\d+@\\d+\t.*")).toList();
    }
}
