package io.wharf.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.alert.AlertEngine;
import io.wharf.alert.channel.Channel;
import io.wharf.alert.kafka.AlertStage;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.ops.OpsKit;
import io.wharf.app.pipeline.AlertWiring;
import io.wharf.model.Article;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.model.Topics;
import io.wharf.store.sink.JdbcArticleSink;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The alert stage on the real broker and real databases (a SQLite file; a fresh PostgreSQL schema each): deals
 * reported by many articles out of order, a receiver that fails before it answers, and a stage that dies between
 * sending and committing. Each test prints its counts.
 */
class AlertFaultsIT {
    @TempDir
    Path dir;
    static TestKafka broker;
    static Map<String, Object> kafka;

    /** A broker per test: a record a test leaves uncommitted in group wharf-alert must not reach the next test's stage. */
    @BeforeEach
    void start() {
        broker = TestKafka.start(dir);
        KafkaSetup.ensureTopics(broker.bootstrapServers(), 1, (short) 1, Duration.ofSeconds(30));
        kafka = KafkaSetup.clientConfig(broker.bootstrapServers(), "alert-it");
    }

    /** The channels and sender threads of this test's stages: a producer left open would keep calling a stopped broker. */
    private final List<Channel> openedChannels = new ArrayList<>();
    private final List<ExecutorService> senderPools = new ArrayList<>();

    @AfterEach
    void stop() {
        openedChannels.forEach(Channel::close);
        senderPools.forEach(ExecutorService::shutdownNow);
        broker.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void twentyReportsOutOfOrderGiveOneFirstAlertWithTheLatestStatus(String kind) throws Exception {
        String target = kind.equals("sqlite") ? "twistlock" : "portworx"; // security and storage in the gazetteer
        String name = kind.equals("sqlite") ? "Twistlock" : "Portworx";
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(0)) {
            List<Deal> reports = new ArrayList<>();
            List<EnrichedArticle> stored = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Article a = AlertKit.article(kind + "-twenty", i);
                // completed first, then rumours and announcements; a price from the fourth report on
                Deal.Status s = i == 0 ? Deal.Status.COMPLETED : i % 2 == 1 ? Deal.Status.RUMORED : Deal.Status.ANNOUNCED;
                Deal d = AlertKit.deal(target, name, a.id(), s, i >= 3 ? 410_000_000L : null);
                reports.add(d);
                stored.add(AlertKit.enriched(a, d));
            }
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(stored);
            }
            String dealId = reports.get(0).id();
            AlertStage stage = stage(db, hook, "categories: [storage, security]", List.of("webhook", "topic", "log"), "[completed, terminated]", () -> { });
            publish(reports);
            run(stage, () -> stage.read() >= 20);
            List<ConsumerRecord<String, byte[]>> onTopic = alertsOf(dealId);
            long rows = db.count("SELECT COUNT(*) FROM deals WHERE id = ?", dealId);
            long evidence = db.count("SELECT COUNT(*) FROM deal_articles WHERE deal_id = ?", dealId);
            long sentRows = db.count("SELECT COUNT(*) FROM alerts_sent WHERE deal_id = ? AND outcome = 'SENT'", dealId);
            System.out.printf("[counts] twenty reports (%s): deal records in %d, deal rows %d, evidence rows %d, webhook alerts %d, "
                            + "topic alerts %d, alerts_sent rows %d, status %s%n", kind, stage.read(), rows, evidence, hook.delivered.size(),
                    onTopic.size(), sentRows, db.text("SELECT status FROM deals WHERE id = ?", dealId));
            assertThat(rows).isEqualTo(1);
            assertThat(evidence).isEqualTo(20);
            assertThat(hook.delivered).hasSize(1);
            assertThat(onTopic).hasSize(1);
            assertThat(sentRows).as("webhook, topic, log").isEqualTo(3);
            assertThat(db.text("SELECT status FROM deals WHERE id = ?", dealId)).isEqualTo("COMPLETED");
            var alert = Json.mapper().readTree(hook.delivered.get(0));
            assertThat(alert.get("text").asText()).startsWith("Palo Alto Networks acquired " + name + " (").contains("— 20 sources");
            assertThat(db.text("SELECT amount FROM alert_deals WHERE deal_id = ?", dealId)).as("the price stated by later reports").isEqualTo("410000000");
            assertThat(db.count("SELECT version FROM alert_deals WHERE deal_id = ?", dealId)).as("first report, then the price").isEqualTo(2);
            assertThat(alert.get("links")).hasSize(5);
            assertThat(alert.get("idempotencyKey").asText()).isEqualTo(dealId + ":v1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aReceiverAnswering500ThreeTimesThen200GetsOneDelivery(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(3)) {
            Article a = AlertKit.article(kind + "-retry", 0);
            Deal d = AlertKit.deal(null, "Retry Target " + kind, a.id(), Deal.Status.ANNOUNCED, null);
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(List.of(AlertKit.enriched(a, d)));
            }
            int dlqBefore = readAll(Topics.DLQ).size();
            AlertStage stage = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> { });
            publish(List.of(d));
            run(stage, () -> stage.read() >= 1);
            int dlq = readAll(Topics.DLQ).size() - dlqBefore;
            System.out.printf("[counts] webhook 500x3 then 200 (%s): requests %d, delivered %d, DLQ %d%n", kind, hook.requests.get(),
                    hook.delivered.size(), dlq);
            assertThat(hook.requests.get()).isEqualTo(4);
            assertThat(hook.delivered).hasSize(1);
            assertThat(dlq).isZero();
            assertThat(db.count("SELECT COUNT(*) FROM alerts_sent WHERE deal_id = ? AND outcome = 'SENT'", d.id())).isEqualTo(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aStageKilledAfterSendingButBeforeItsOffsetCommitSendsNothingTwice(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(0)) {
            Article a = AlertKit.article(kind + "-restart", 0);
            Deal d = AlertKit.deal(null, "Restart Target " + kind, a.id(), Deal.Status.ANNOUNCED, 25_000_000L);
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(List.of(AlertKit.enriched(a, d)));
            }
            AtomicBoolean crashed = new AtomicBoolean();
            AlertStage first = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> {
                crashed.set(true);
                throw new Error("killed between the database commit and the offset commit");
            });
            publish(List.of(d));
            Thread t = new Thread(first);
            t.setUncaughtExceptionHandler((th, e) -> { });
            t.start();
            t.join(Duration.ofSeconds(60).toMillis());
            assertThat(crashed).isTrue();
            int afterFirst = hook.delivered.size();
            AlertStage second = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> { });
            run(second, () -> second.read() >= 1);
            System.out.printf("[counts] restart before the offset commit (%s): deal records read by the restarted stage %d, "
                    + "webhook alerts %d (before the restart %d)%n", kind, second.read(), hook.delivered.size(), afterFirst);
            assertThat(afterFirst).isEqualTo(1);
            assertThat(second.read()).as("the record came back: its offset was not committed").isEqualTo(1);
            assertThat(hook.delivered).hasSize(1);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void aDatabaseFailureBetweenSendingAndRecordingRepeatsTheAlertOnceWithItsKey(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(0)) {
            Article a = AlertKit.article(kind + "-window", 0);
            Deal d = AlertKit.deal(null, "Window Target " + kind, a.id(), Deal.Status.ANNOUNCED, null);
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(List.of(AlertKit.enriched(a, d)));
            }
            db.execute(kind.equals("sqlite")
                    ? "CREATE TRIGGER refuse_records BEFORE INSERT ON alerts_sent BEGIN SELECT RAISE(ABORT, 'disk gone'); END"
                    : "CREATE FUNCTION refuse() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'disk gone'; END $$ LANGUAGE plpgsql; "
                    + "CREATE TRIGGER refuse_records BEFORE INSERT ON alerts_sent FOR EACH ROW EXECUTE FUNCTION refuse()");
            AlertStage stage = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> { });
            publish(List.of(d));
            Thread t = new Thread(stage);
            t.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (stage.paused() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50); // sent, then the record of it refused: the stage pauses and will retry the record
            }
            db.execute("DROP TRIGGER refuse_records" + (kind.equals("sqlite") ? "" : " ON alerts_sent"));
            run(stage, t, () -> stage.read() >= 1);
            System.out.printf("[counts] database down between sending and recording (%s): webhook alerts %d, distinct keys %d%n", kind,
                    hook.delivered.size(), hook.keys.stream().distinct().count());
            assertThat(hook.delivered).as("the documented window: one repeat").hasSize(2);
            assertThat(hook.keys).containsOnly(d.id() + ":v1");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aReceiverThatIsDownIsDeadLetteredAndDoesNotStopTheOtherChannel(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(1_000)) {
            Article a = AlertKit.article(kind + "-down", 0);
            Deal d = AlertKit.deal(null, "Down Target " + kind, a.id(), Deal.Status.ANNOUNCED, null);
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(List.of(AlertKit.enriched(a, d)));
            }
            int dlqBefore = readAll(Topics.DLQ).size();
            AlertStage stage = stage(db, hook, WATCHLIST, List.of("webhook", "topic"), "[]", () -> { });
            publish(List.of(d));
            run(stage, () -> stage.read() >= 1);
            List<ConsumerRecord<String, byte[]>> dlq = readAll(Topics.DLQ).subList(dlqBefore, readAll(Topics.DLQ).size());
            System.out.printf("[counts] webhook down (%s): requests %d, topic alerts %d, DLQ %d%n", kind, hook.requests.get(),
                    alertsOf(d.id()).size(), dlq.size());
            assertThat(hook.requests.get()).as("alert.retry.attempts").isEqualTo(4);
            assertThat(alertsOf(d.id())).hasSize(1);
            assertThat(dlq).hasSize(1);
            assertThat(io.wharf.model.DeadLetters.header(dlq.get(0).headers(), AlertStage.HEADER_CHANNEL)).isEqualTo("webhook");
            assertThat(io.wharf.model.DeadLetters.header(dlq.get(0).headers(), Topics.HEADER_ERROR)).contains("HTTP 500").contains("4 attempt");
            assertThat(db.text("SELECT outcome FROM alerts_sent WHERE deal_id = ? AND channel = 'webhook'", d.id())).isEqualTo("DEAD_LETTERED");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void aCompletionGivesAnUpdateWhereTheRuleAsksForIt(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(0)) {
            List<Deal> reports = new ArrayList<>();
            List<EnrichedArticle> stored = new ArrayList<>();
            Deal.Status[] statuses = {Deal.Status.ANNOUNCED, Deal.Status.ANNOUNCED, Deal.Status.COMPLETED, Deal.Status.RUMORED};
            for (int i = 0; i < statuses.length; i++) {
                Article a = AlertKit.article(kind + "-update", i);
                Deal d = AlertKit.deal(null, "Update Target", a.id(), statuses[i], i == 1 ? 60_000_000L : null);
                reports.add(d);
                stored.add(AlertKit.enriched(a, d));
            }
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(stored);
            }
            AlertStage stage = stage(db, hook, WATCHLIST, List.of("webhook"), "[completed]", () -> { });
            publish(reports);
            run(stage, () -> stage.read() >= 4);
            List<String> kinds = new ArrayList<>();
            for (String b : hook.delivered) {
                kinds.add(Json.mapper().readTree(b).get("kind").asText());
            }
            System.out.printf("[counts] update (%s): deal records %d, webhook alerts %d %s, keys %s%n", kind, stage.read(),
                    hook.delivered.size(), kinds, hook.keys);
            assertThat(kinds).containsExactly("new", "completed");
            assertThat(hook.keys).containsExactly(reports.get(0).id() + ":v1", reports.get(0).id() + ":v3");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"sqlite"})
    void twoStagesInOneGroupOneKilledMidStreamAlertEveryDealOnce(String kind) throws Exception {
        // three partitions, so that the group spreads them over the two stages
        try (org.apache.kafka.clients.admin.Admin admin = org.apache.kafka.clients.admin.Admin.create(Map.of("bootstrap.servers",
                broker.bootstrapServers()))) {
            admin.createPartitions(Map.of(Topics.DEALS, org.apache.kafka.clients.admin.NewPartitions.increaseTo(3))).all().get();
        }
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir); AlertKit.Receiver hook = new AlertKit.Receiver(0)) {
            List<Deal> deals = new ArrayList<>();
            List<EnrichedArticle> stored = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                Article a = AlertKit.article(kind + "-group", i);
                Deal d = AlertKit.deal(null, "Group Target " + i, a.id(), Deal.Status.ANNOUNCED, null);
                deals.add(d);
                stored.add(AlertKit.enriched(a, d));
            }
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(stored);
            }
            AtomicBoolean killed = new AtomicBoolean();
            AlertStage doomed = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> {
                if (!killed.getAndSet(true)) {
                    throw new Error("killed mid-stream, after recording a batch, before committing it");
                }
            });
            AlertStage survivor = stage(db, hook, WATCHLIST, List.of("webhook"), "[]", () -> { });
            Thread d = new Thread(doomed);
            d.setUncaughtExceptionHandler((th, e) -> { });
            d.start();
            Thread.sleep(3000); // both in the group before the deals arrive
            Thread t = new Thread(survivor);
            t.start();
            Thread.sleep(3000);
            publish(deals);
            run(survivor, t, () -> hook.keys.stream().distinct().count() >= 30);
            d.join(Duration.ofSeconds(10).toMillis());
            long distinct = hook.keys.stream().distinct().count();
            System.out.printf("[counts] two stages, one killed (%s): deals in %d, read by the killed stage %d, by the other %d, alerted %d, "
                    + "deliveries %d, repeats %d%n", kind, deals.size(), doomed.read(), survivor.read(), distinct, hook.keys.size(),
                    hook.keys.size() - distinct);
            assertThat(killed).isTrue();
            assertThat(doomed.read()).as("the killed stage had its share").isPositive();
            assertThat(distinct).isEqualTo(30);
            assertThat(hook.keys).as("recorded before the kill: no repeat").hasSize(30);
        }
    }

    private static final String WATCHLIST = "watchlist: [palo-alto-networks]";

    /** @param match the rule's condition besides the type: categories of the target (from the gazetteer), or a watchlist */
    private AlertStage stage(AlertKit.Db db, AlertKit.Receiver hook, String match, List<String> channels, String updates, Runnable beforeCommit)
            throws Exception {
        Path rules = Files.writeString(Files.createTempFile(dir, "rules", ".yml"), """
                rules:
                  - name: it-rule
                    type: acquisition
                    %s
                    channels: %s
                    updates: %s
                """.formatted(match, channels, updates));
        Map<String, String> set = new HashMap<>();
        set.put("alert.rules.file", rules.toString());
        set.put("alert.webhook.url", hook.url());
        set.put("alert.webhook.allow", "127.0.0.1/32");
        set.put("alert.webhook.secret", "it-secret");
        set.put("alert.retry.backoff", "PT0.05S");
        set.put("alert.store.wait", "PT5S");
        ExecutorService senders = AlertWiring.senders();
        senderPools.add(senders);
        AlertEngine engine = AlertWiring.engine(WharfConfig.defaults(set), db.database(), kafka, openedChannels, senders);
        return new AlertStage(engine, kafka, 50, beforeCommit);
    }

    private static void run(AlertStage stage, java.util.function.BooleanSupplier done) throws Exception {
        Thread t = new Thread(stage);
        t.start();
        run(stage, t, done);
    }

    private static void run(AlertStage stage, Thread t, java.util.function.BooleanSupplier done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!done.getAsBoolean() && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        Thread.sleep(1000); // anything more it would send, it sends now
        stage.close();
        t.join(Duration.ofSeconds(30).toMillis());
        assertThat(done.getAsBoolean()).as("the stage read its records in time").isTrue();
    }

    private static void publish(List<Deal> deals) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", broker.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            for (Deal d : deals) {
                p.send(new ProducerRecord<>(Topics.DEALS, d.id(), Json.toBytes(d))).get();
            }
        }
    }

    private static List<ConsumerRecord<String, byte[]>> alertsOf(String dealId) {
        return readAll(Topics.ALERTS).stream().filter(r -> dealId.equals(r.key())).toList();
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        return OpsKit.readAll(broker.bootstrapServers(), topic);
    }
}
