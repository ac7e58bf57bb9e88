package io.wharf.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.kafka.EmbeddedKafkaBroker;
import io.wharf.app.ops.OpsKit;
import io.wharf.classify.kafka.ClassifyStage;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stages as separate services (issue 14): `wharf broker`, two `wharf classify` and one `wharf store`, each its own
 * JVM from the packaged jar. One classify process is SIGKILLed mid-stream; its sibling takes its partitions once the
 * group notices (session timeout), and every article is on wharf.enriched exactly once (read_committed) and in the
 * store once. Prints its counts; the processes' logs are under target/procs/classify-scale-out.
 */
class ClassifyScaleOutIT {
    private static final int ARTICLES = 300;
    private static final int PARTITIONS = 6;
    /** A's committed count at which it is killed: past its first transactions, far from its share of the articles. */
    private static final int KILL_AFTER = 30;
    private static final String CLASSIFIED = "outcome=\"classified\"";

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 8, unit = TimeUnit.MINUTES) // fail, never hang CI (failsafe's fork timeout is 10 min for all ITs)
    void aKilledClassifyProcessesPartitionsGoToItsSiblingAndEveryArticleIsEnrichedOnce() throws Exception {
        try (WharfProcesses procs = new WharfProcesses(Path.of("target", "procs", "classify-scale-out"))) {
            try {
                run(procs);
            } catch (Throwable e) {
                throw new AssertionError(e.getMessage() + "\n" + procs.tails(40), e);
            }
        }
    }

    private void run(WharfProcesses procs) throws Exception {
        long t0 = System.nanoTime();
        int port = EmbeddedKafkaBroker.freePort();
        int metricsA = EmbeddedKafkaBroker.freePort();
        int metricsB = EmbeddedKafkaBroker.freePort();
        String bootstrap = "127.0.0.1:" + port;
        // All four at once: CoreNLP loads (the longest part) while the broker starts; the stages wait for it.
        var broker = procs.start("broker", "768m", "broker", "--set", "data.dir=" + dir.resolve("broker"),
                "--set", "kafka.embedded.port=" + port, "--set", "kafka.embedded.controller.port=" + EmbeddedKafkaBroker.freePort());
        Path db = dir.resolve("store").resolve("wharf.db");
        var a = procs.start("classify-a", "1g", stage("classify", bootstrap, "a", "--set", "metrics.port=" + metricsA,
                "--set", "classify.max.poll.records=10", "--set", "classify.threads=1"));
        var b = procs.start("classify-b", "1g", stage("classify", bootstrap, "b", "--set", "metrics.port=" + metricsB,
                "--set", "classify.max.poll.records=10", "--set", "classify.threads=1"));
        var store = procs.start("store", "512m", stage("store", bootstrap, "store", "--set", "store.jdbc.url=jdbc:sqlite:" + db));
        await("the broker to listen", Duration.ofMinutes(3), () -> broker.stderrContains("broker listening at " + bootstrap), broker);
        for (var p : List.of(a, b, store)) {
            await(p.name + " to run", Duration.ofMinutes(4), () -> p.stderrContains("stage running"), p);
        }
        // One consumer per process (classify.threads=1; the default follows the cores), so the group is two members of 3.
        // Small polls (classify.max.poll.records=10): many transactions per process, so the kill lands between two or inside one.
        await("both classify processes to share the partitions", Duration.ofMinutes(1), () -> members(bootstrap).equals(List.of(3, 3)));
        double startup = seconds(t0);

        long t1 = System.nanoTime();
        Set<String> ids = produce(bootstrap);
        await("classify-a to commit " + KILL_AFTER + " articles", Duration.ofMinutes(2), () -> classified(metricsA) >= KILL_AFTER, a);
        double aAtKill = classified(metricsA);
        double bAtKill = classified(metricsB);
        a.kill();
        long onTopicAtKill = distinctKeys(OpsKit.readAll(bootstrap, Topics.ENRICHED));
        long tKill = System.nanoTime();

        await("every article on " + Topics.ENRICHED, Duration.ofMinutes(3), () -> distinctKeys(OpsKit.readAll(bootstrap, Topics.ENRICHED)) >= ARTICLES, b);
        double takeover = seconds(tKill);
        Database database = new Database("jdbc:sqlite:" + db, null, null, null);
        await("every article stored", Duration.ofMinutes(1), () -> count(database, "SELECT COUNT(*) FROM articles") >= ARTICLES, store);
        Thread.sleep(2000); // a late duplicate would land now
        List<ConsumerRecord<String, byte[]>> enriched = OpsKit.readAll(bootstrap, Topics.ENRICHED);
        Map<String, Integer> times = new HashMap<>();
        enriched.forEach(r -> times.merge(r.key(), 1, Integer::sum));
        long duplicates = enriched.size() - times.size();
        long missing = ids.stream().filter(id -> !times.containsKey(id)).count();
        long strangers = times.keySet().stream().filter(id -> !ids.contains(id)).count();
        double bTotal = classified(metricsB);
        long rows = count(database, "SELECT COUNT(*) FROM articles");
        int dlq = OpsKit.readAll(bootstrap, Topics.DLQ).size();
        List<Integer> after = members(bootstrap);
        System.out.printf("[counts] stages as processes, %d articles, %d partitions: classify-a committed %.0f before SIGKILL "
                        + "(%d in all = articles - classify-b's), classify-b %.0f before and %.0f after; on %s at the kill %d, at the end %d "
                        + "records for %d articles: duplicates %d, missing %d; stored rows %d; DLQ %d; group before 3+3 partitions, after %s; "
                        + "start-up %.1f s, articles in to the kill %.1f s, kill to all enriched %.1f s, elapsed %.1f s%n",
                ARTICLES, PARTITIONS, aAtKill, ARTICLES - (long) bTotal, bAtKill, bTotal - bAtKill, Topics.ENRICHED, onTopicAtKill,
                enriched.size(), times.size(), duplicates, missing, rows, dlq, after, startup, (tKill - t1) / 1e9, takeover, seconds(t0));

        assertThat(aAtKill).as("classify-a enriched some before the kill").isGreaterThanOrEqualTo(KILL_AFTER);
        assertThat(onTopicAtKill).as("killed mid-stream").isLessThan(ARTICLES);
        assertThat(after).as("classify-b holds every partition").isEqualTo(List.of(PARTITIONS));
        assertThat(duplicates).as("duplicates on " + Topics.ENRICHED).isZero();
        assertThat(missing).as("articles missing from " + Topics.ENRICHED).isZero();
        assertThat(strangers).isZero();
        assertThat(bTotal - bAtKill).as("classify-b enriched what classify-a left").isGreaterThan(0);
        assertThat((long) bTotal + (long) aAtKill).as("each committed by one process").isLessThanOrEqualTo(ARTICLES);
        assertThat(rows).isEqualTo(ARTICLES);
        assertThat(dlq).isZero();
    }

    /**
     * A stage command against the broker: the topics it finds missing are created with {@link #PARTITIONS} partitions
     * (the README's way), and it waits for the broker as long as a loaded machine may need to start it.
     */
    private String[] stage(String command, String bootstrap, String name, String... more) {
        List<String> args = new ArrayList<>(List.of(command, "--bootstrap-servers", bootstrap, "--set", "kafka.topics.partitions=" + PARTITIONS,
                "--set", "kafka.connect.timeout=PT3M", "--set", "data.dir=" + dir.resolve(name)));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    /** Short news items, a different company and number in each: fast to annotate, each its own id. */
    private static Set<String> produce(String bootstrap) throws Exception {
        String[] companies = {"Red Hat", "Docker", "Mirantis", "Sysdig", "Weaveworks", "Rancher Labs", "Portworx", "Tigera"};
        Set<String> ids = new java.util.HashSet<>();
        List<ProducerRecord<String, byte[]>> records = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String company = companies[i % companies.length];
            String url = "https://scale-out.test/news/" + i;
            Article art = new Article(ArticleIds.of(url), url, url, "scale-out", company + " ships release " + i,
                    company + " released version " + i + " of its Kubernetes platform on Tuesday. The update adds storage and "
                            + "networking features for container clusters.", "", Instant.parse("2026-12-01T00:00:00Z").plusSeconds(i),
                    Instant.parse("2026-12-02T00:00:00Z"), "en", null);
            ids.add(art.id());
            records.add(new ProducerRecord<>(Topics.ARTICLES, art.id(), Json.toBytes(art)));
        }
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(KafkaClients.producerConfig(Map.of("bootstrap.servers", bootstrap)),
                new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(p::send);
            p.flush();
        }
        return ids;
    }

    /** Partitions of wharf.articles per member of the classify group, fewest first. */
    private static List<Integer> members(String bootstrap) {
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", bootstrap))) {
            return admin.describeConsumerGroups(List.of(ClassifyStage.GROUP)).all().get(10, TimeUnit.SECONDS).get(ClassifyStage.GROUP)
                    .members().stream().map(MemberDescription::assignment)
                    .map(asg -> (int) asg.topicPartitions().stream().filter(tp -> tp.topic().equals(Topics.ARTICLES)).count())
                    .sorted().toList();
        } catch (Exception e) {
            return List.of();
        }
    }

    private static double classified(int metricsPort) {
        try {
            return WharfProcesses.Proc.metric(metricsPort, "wharf_classify_articles_total", CLASSIFIED);
        } catch (Exception e) {
            return -1; // not serving yet, or dead
        }
    }

    private static long distinctKeys(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream().map(ConsumerRecord::key).distinct().count();
    }

    private static long count(Database db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1; // the store has not created the table yet
        }
    }

    /** Waits for {@code done}; fails at once when a process it needs has died. */
    private static void await(String what, Duration timeout, BooleanSupplier done, WharfProcesses.Proc... needed) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!done.getAsBoolean()) {
            for (var p : needed) {
                if (!p.process.isAlive()) {
                    throw new AssertionError(p.name + " exited (" + p.process.exitValue() + ") while waiting for " + what);
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
            }
            Thread.sleep(200);
        }
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }
}
