package io.wharf.app.ops;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.TestKafka;
import io.wharf.model.Article;
import io.wharf.model.DeadLetters;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import java.nio.file.Path;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One item with 2 MB of text beside a small one. With the default cap its text is cut and it is published with its
 * full length; with a cap the broker cannot take, it goes to the DLQ with its source and reason, and its neighbour
 * is published and marked seen either way. Before: every poll failed on the raw Kafka exception with exit 0, and the
 * small item was published again on every poll.
 */
class OversizedItemIT {
    private static final String HUGE = "Kubernetes clusters grew again this quarter. ".repeat(45_000); // 2 MB

    @TempDir
    Path dir;

    @Test
    void theDefaultCapCutsTheTextAndKeepsItsLength() throws Exception {
        Topics2 t = pollTwice(null, 0, 0);
        List<ConsumerRecord<String, byte[]>> articles = t.articles();
        Article big = articles.stream().map(r -> Json.fromBytes(r.value(), Article.class)).filter(a -> a.title().equals("Huge"))
                .findFirst().orElseThrow();
        assertThat(big.text()).hasSize(95_000);
        assertThat(big.fullTextLength()).isEqualTo(HUGE.strip().length());
        assertThat(articles).allSatisfy(r -> assertThat(r.serializedValueSize()).isLessThan(1_000_000));
        assertThat(t.dlq()).isEmpty();
    }

    @Test
    void anItemTheBrokerRefusesGoesToTheDlqAndItsNeighbourIsPublishedOnce() throws Exception {
        List<ConsumerRecord<String, byte[]>> dlq = pollTwice("10000000", 1, 1).dlq();
        assertThat(dlq).hasSize(1);
        assertThat(DeadLetters.header(dlq.get(0).headers(), Topics.HEADER_SOURCE)).isEqualTo("big");
        assertThat(DeadLetters.header(dlq.get(0).headers(), Topics.HEADER_URL)).isEqualTo("https://ops.test/huge");
        assertThat(DeadLetters.header(dlq.get(0).headers(), Topics.HEADER_ERROR)).contains("larger than");
    }

    /** What the topics hold after the polls. */
    private record Topics2(List<ConsumerRecord<String, byte[]>> articles, List<ConsumerRecord<String, byte[]>> dlq) {}

    /** `wharf ingest --once` twice on the same feed. */
    private Topics2 pollTwice(String maxChars, int firstExit, int expectedDlq) throws Exception {
        try (TestKafka broker = TestKafka.start(dir);
             FeedServer feed = new FeedServer(FeedServer.rss(new String[] {"huge", "Huge", HUGE},
                     new String[] {"small", "Small", "Docker raised a round, the company said on Monday."}))) {
            String bootstrap = broker.bootstrapServers();
            String[] args = {"ingest", "--once", "--bootstrap-servers", bootstrap, "--set", "data.dir=" + dir,
                    "--set", "ingest.sources.file=" + feed.sourcesFile(dir), "--set", "ingest.fetch.allow=127.0.0.1/32",
                    "--set", "ingest.pages.enabled=false", "--set", "ingest.max.text.chars=" + (maxChars == null ? "95000" : maxChars)};
            OpsKit.Cli first = OpsKit.cli(args);
            OpsKit.Cli second = OpsKit.cli(args);
            List<ConsumerRecord<String, byte[]>> articles = OpsKit.readAll(bootstrap, Topics.ARTICLES);
            List<ConsumerRecord<String, byte[]>> dlq = OpsKit.readAll(bootstrap, Topics.DLQ);
            OpsKit.printCounts("2 MB item, ingest.max.text.chars=" + args[args.length - 1].split("=")[1], 2, articles.size(), dlq.size(),
                    OpsKit.duplicateKeys(articles));
            assertThat(first.code()).isEqualTo(firstExit);
            assertThat(first.err()).contains("source big: 2 item(s), " + (2 - expectedDlq) + " new");
            assertThat(second.code()).isZero();
            assertThat(second.err()).contains("source big: 2 item(s), 0 new");
            assertThat(articles).hasSize(2 - expectedDlq);
            assertThat(OpsKit.duplicateKeys(articles)).isZero();
            return new Topics2(articles, dlq);
        }
    }
}
