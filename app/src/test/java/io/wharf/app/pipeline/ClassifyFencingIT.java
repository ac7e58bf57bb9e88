package io.wharf.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.KafkaSetup;
import io.wharf.app.kafka.TestKafka;
import io.wharf.app.ops.OpsKit;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.kafka.ClassifyStage;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Json;
import io.wharf.model.KafkaClients;
import io.wharf.model.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.RemoveMembersFromConsumerGroupOptions;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A zombie: a classify instance that still holds a batch when the group has moved on without it (a long GC pause, a
 * suspended VM; here its member is removed while its batch waits). Another instance classifies the same articles and
 * commits them; when the zombie comes back, the broker refuses its transaction (the offsets carry its stale group
 * generation), so its results never become visible, nothing goes to the DLQ, and every article is on wharf.enriched
 * once. The two instances have different transactional ids: only the group generation can fence the zombie.
 */
class ClassifyFencingIT {
    private static final int ARTICLES = 6;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void aZombieWhoseGroupMovedOnMidBatchPublishesNothingAndItsHeirEnrichesEachArticleOnce() throws Exception {
        CountDownLatch batchStarted = new CountDownLatch(1);
        CountDownLatch wakeUp = new CountDownLatch(1);
        // The zombie's batch is classified on these workers: the first task holds them all until the test wakes it up.
        ThreadPoolExecutor held = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>()) {
            @Override
            protected void beforeExecute(Thread t, Runnable r) {
                batchStarted.countDown();
                try {
                    wakeUp.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
        ch.qos.logback.classic.Logger stageLog = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(ClassifyStage.class);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        stageLog.addAppender(logged);
        try (TestKafka broker = TestKafka.start(dir); Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            String bootstrap = broker.bootstrapServers();
            KafkaSetup.ensureTopics(bootstrap, 1, (short) 1, Duration.ofSeconds(30));
            ArticleClassifier classifier = StageSettings.classifier(WharfConfig.defaults(Map.of("data.dir", dir.toString())));
            Map<String, Object> kafka = KafkaSetup.clientConfig(bootstrap, "fencing-it");
            try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(KafkaClients.producerConfig(kafka), new StringSerializer(),
                    new ByteArraySerializer())) {
                for (ProducerRecord<String, byte[]> r : articles()) {
                    p.send(r).get();
                }
            }

            ClassifyStage zombie = new ClassifyStage(classifier, kafka, "zombie", ARTICLES, held);
            Thread zombieThread = new Thread(zombie, "zombie");
            zombieThread.start();
            assertThat(batchStarted.await(2, TimeUnit.MINUTES)).as("the zombie polled its batch").isTrue();
            admin.removeMembersFromConsumerGroup(ClassifyStage.GROUP, new RemoveMembersFromConsumerGroupOptions()).all().get(30, TimeUnit.SECONDS);

            ClassifyStage heir = new ClassifyStage(classifier, kafka, "heir", ARTICLES);
            Thread heirThread = new Thread(heir, "heir");
            heirThread.start();
            OpsKit.await("the heir to enrich every article", Duration.ofMinutes(2), () -> heir.classified() == ARTICLES);
            wakeUp.countDown(); // the zombie finishes its batch and tries to commit it
            OpsKit.await("the zombie to try and fail its commit", Duration.ofMinutes(1), () -> held.getCompletedTaskCount() == ARTICLES);
            Thread.sleep(3000); // its refused commit, its rewind, and a replay if it wrongly got one, would land by now

            List<ConsumerRecord<String, byte[]>> enriched = OpsKit.readAll(bootstrap, Topics.ENRICHED);
            long distinct = enriched.stream().map(ConsumerRecord::key).distinct().count();
            int dlq = OpsKit.readAll(bootstrap, Topics.DLQ).size();
            System.out.printf("[counts] zombie classify instance: %d articles; the heir committed %d, the zombie %d; on %s %d records "
                    + "for %d articles (duplicates %d); DLQ %d%n", ARTICLES, heir.classified(), zombie.classified(), Topics.ENRICHED,
                    enriched.size(), distinct, enriched.size() - distinct, dlq);
            assertThat(zombie.classified()).as("the zombie's transaction was refused").isZero();
            assertThat(enriched).hasSize(ARTICLES);
            assertThat(distinct).isEqualTo(ARTICLES);
            assertThat(dlq).as("a refused commit sends nothing to the DLQ").isZero();
            // Before: the refused batch was retried record by record and then as DLQ records, each refused in turn, and
            // the stage warned that it could not publish even to the DLQ. Now it is dropped at once, and said so.
            assertThat(logged.list).extracting(e -> e.getFormattedMessage())
                    .anySatisfy(m -> assertThat(m).contains("the group moved on while this batch was classified"))
                    .noneSatisfy(m -> assertThat(m).contains("DLQ"));
            zombie.close();
            heir.close();
            zombieThread.join(30_000);
            heirThread.join(30_000);
        } finally {
            stageLog.detachAppender(logged);
            wakeUp.countDown();
            held.shutdownNow();
        }
    }

    private static List<ProducerRecord<String, byte[]>> articles() {
        List<ProducerRecord<String, byte[]>> out = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String url = "https://fencing.test/news/" + i;
            Article a = new Article(ArticleIds.of(url), url, url, "fencing", "Mirantis ships release " + i,
                    "Mirantis released version " + i + " of its Kubernetes platform on Tuesday.", "", Instant.parse("2026-12-01T00:00:00Z"),
                    Instant.parse("2026-12-02T00:00:00Z"), "en", null);
            out.add(new ProducerRecord<>(Topics.ARTICLES, a.id(), Json.toBytes(a)));
        }
        return out;
    }
}
