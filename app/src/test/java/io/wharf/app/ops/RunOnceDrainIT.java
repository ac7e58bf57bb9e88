package io.wharf.app.ops;

import static io.wharf.app.ops.OpsKit.article;
import static io.wharf.app.ops.OpsKit.enriched;
import static io.wharf.app.ops.OpsKit.record;
import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.query.ArticleQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * `run --once` after a run that was killed: three articles wait on wharf.articles and two enriched articles on
 * wharf.enriched, and the feed has nothing new. It stores the five, says so, and exits 0; a later run whose feed
 * holds an item the broker refuses exits 1. Before: it said "0 new, 0 stored", exited 0 and left the five behind.
 */
class RunOnceDrainIT {
    @TempDir
    Path dir;

    @Test
    void drainsWhatAnEarlierRunLeftAndSaysSo() throws Exception {
        try (TestKafka broker = TestKafka.start(dir);
             FeedServer feed = new FeedServer(FeedServer.rss())) {
            String bootstrap = broker.bootstrapServers();
            KafkaSetup.ensureTopics(bootstrap, 3, (short) 1, Duration.ofSeconds(30));
            OpsKit.send(bootstrap, Topics.ARTICLES, List.of(record(Topics.ARTICLES, article(1).id(), article(1)),
                    record(Topics.ARTICLES, article(2).id(), article(2)), record(Topics.ARTICLES, article(3).id(), article(3))));
            OpsKit.send(bootstrap, Topics.ENRICHED, List.of(record(Topics.ENRICHED, enriched(4).id(), enriched(4)),
                    record(Topics.ENRICHED, enriched(5).id(), enriched(5))));
            String url = "jdbc:sqlite:" + dir.resolve("wharf.db");

            OpsKit.Cli first = runOnce(bootstrap, url, feed.sourcesFile(dir), "95000");
            long stored = new ArticleQueries(new Database(url, null, null, null)).count("articles");
            List<ConsumerRecord<String, byte[]>> enrichedTopic = OpsKit.readAll(bootstrap, Topics.ENRICHED);
            OpsKit.printCounts("run --once after a killed run", 5, stored, OpsKit.readAll(bootstrap, Topics.DLQ).size(),
                    OpsKit.duplicateKeys(enrichedTopic));
            assertThat(first.err()).contains("0 new article(s), 5 waiting from an earlier run (3 to classify, 2 to store); 5 stored, "
                    + "0 to the DLQ, 0 source(s) failed");
            assertThat(first.code()).isZero();
            assertThat(stored).isEqualTo(5);
            assertThat(OpsKit.duplicateKeys(enrichedTopic)).isZero();

            Path hugeDir = Files.createDirectories(dir.resolve("huge"));
            try (FeedServer huge = new FeedServer(FeedServer.rss(new String[] {"huge", "Huge", "Kubernetes grew. ".repeat(120_000)}))) {
                OpsKit.Cli second = runOnce(bootstrap, url, huge.sourcesFile(hugeDir), "10000000");
                assertThat(second.err()).contains("0 new article(s), 0 waiting from an earlier run", "1 to the DLQ");
                assertThat(second.code()).isEqualTo(1);
            }
        }
    }

    private OpsKit.Cli runOnce(String bootstrap, String url, Path sources, String maxChars) {
        return OpsKit.cli("run", "--once", "--timeout", "PT3M", "--bootstrap-servers", bootstrap, "--set", "data.dir=" + dir,
                "--set", "store.jdbc.url=" + url, "--set", "ingest.sources.file=" + sources, "--set", "ingest.fetch.allow=127.0.0.1/32",
                "--set", "ingest.pages.enabled=false", "--set", "ingest.max.text.chars=" + maxChars);
    }
}
