package io.wharf.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.alert.channel.Channel;
import io.wharf.alert.kafka.AlertStage;
import io.wharf.app.alert.AlertKit;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.ops.OpsKit;
import io.wharf.app.pipeline.AlertWiring;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fault test 1: the store stage dies after its database commit and before its Kafka offset commit, and a new one takes
 * over. The new one is handed the same records again; the upserts absorb them (no row twice), and the alert stage
 * running beside them tells of each deal once.
 *
 * <p>Where it dies: the stage's {@code beforeCommit} hook, which throws an Error there. A SIGKILL of a forked store
 * process cannot be aimed between two calls (it would land in a poll almost every time and prove nothing), while the hook
 * hits the window on every run. The Error skips the commit and everything after it, as a kill would; the consumer then
 * closes without committing (auto-commit is off), so the only difference from a kill is that the group notices at once
 * instead of after the session timeout.
 */
class StoreCrashIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aStoreKilledBetweenTheDatabaseCommitAndTheOffsetCommitDoublesNothing(String kind) throws Exception {
        AlertKit.Db kit = AlertKit.Db.of(kind, dir);
        Database db = kit.database();
        List<Channel> channels = new ArrayList<>();
        ExecutorService senders = AlertWiring.senders();
        try (TestKafka broker = TestKafka.start(dir)) {
            KafkaSetup.ensureTopics(broker.bootstrapServers(), 1, (short) 1, Duration.ofSeconds(30));
            Map<String, Object> kafka = KafkaSetup.clientConfig(broker.bootstrapServers(), "crash-it");
            List<ProducerRecord<String, byte[]>> articles = new ArrayList<>();
            List<ProducerRecord<String, byte[]>> deals = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                EnrichedArticle e = FaultKit.enriched("crash-" + kind, i, 2); // ten deals, two reports each
                articles.add(FaultKit.record(Topics.ENRICHED, e.id(), e));
                Deal d = e.deals().get(0);
                deals.add(FaultKit.record(Topics.DEALS, d.id(), d));
            }
            FaultKit.send(broker.bootstrapServers(), articles);
            FaultKit.send(broker.bootstrapServers(), deals);

            AtomicBoolean killed = new AtomicBoolean();
            StoreStage doomed = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), kafka, 50, b -> { }, StoreStage.GROUP,
                    () -> {
                        killed.set(true);
                        throw new Error("killed between the database commit and the offset commit");
                    });
            AlertStage alerts = new AlertStage(AlertWiring.engine(WharfConfig.defaults(alertSettings()), db, kafka, channels, senders),
                    kafka, 50, () -> { });
            Thread alertThread = new Thread(alerts);
            alertThread.start();
            Thread t = new Thread(doomed);
            t.setUncaughtExceptionHandler((th, e) -> { });
            t.start();
            t.join(Duration.ofSeconds(60).toMillis());
            assertThat(killed).as("the stage reached the window").isTrue();
            long atKill = FaultKit.count(db, "SELECT COUNT(*) FROM articles");

            AtomicLong replayed = new AtomicLong();
            try (StoreStage restarted = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), kafka, 50, b -> replayed.addAndGet(b.size()))) {
                Thread r = new Thread(restarted);
                r.start();
                OpsKit.await("every article stored and every deal read by the alert stage", Duration.ofSeconds(60),
                        () -> FaultKit.count(db, "SELECT COUNT(*) FROM articles") >= 20 && alerts.read() >= 20);
                Thread.sleep(1000); // anything more either stage would do, it does now
                restarted.stop();
                alerts.stop();
                r.join();
                alertThread.join();
            }
            FaultKit.Rows rows = FaultKit.Rows.of(db);
            List<ConsumerRecord<String, byte[]>> sent = OpsKit.readAll(broker.bootstrapServers(), Topics.ALERTS);
            long distinctAlerts = sent.stream().map(ConsumerRecord::key).distinct().count();
            System.out.printf("[counts] store killed before its offset commit (%s): records in %d, stored at the kill %d, "
                            + "handed again to the restarted stage %d; %s; alerts %d for %d deals, repeats %d%n", kind, articles.size(), atKill,
                    replayed.get(), rows, sent.size(), distinctAlerts, sent.size() - distinctAlerts);
            assertThat(atKill).as("the killed stage committed its batch to the database").isPositive();
            assertThat(replayed.get()).as("nothing was committed to Kafka: the batch came back").isGreaterThanOrEqualTo(atKill);
            assertThat(rows).isEqualTo(new FaultKit.Rows(20, 0, 20, 10, 20, 0));
            assertThat(sent).hasSize(10);
            assertThat(distinctAlerts).isEqualTo(10);
        } finally {
            channels.forEach(Channel::close);
            senders.shutdownNow();
            kit.close();
        }
    }

    /** One rule: acquisitions by Palo Alto Networks, to the wharf.alerts topic, which the test reads back. */
    private Map<String, String> alertSettings() throws Exception {
        Path rules = Files.writeString(dir.resolve("rules.yml"), """
                rules:
                  - name: crash-it
                    type: acquisition
                    watchlist: [palo-alto-networks]
                    channels: [topic]
                """);
        return Map.of("alert.rules.file", rules.toString());
    }
}
