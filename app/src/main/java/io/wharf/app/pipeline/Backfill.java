package io.wharf.app.pipeline;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.TopicScanner;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Topics;
import io.wharf.store.db.Database;
import io.wharf.store.kafka.StoreStage;
import io.wharf.store.sink.JdbcArticleSink;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;

/**
 * Fills the configured store from what Kafka still holds on {@link Topics#ENRICHED}: a store stage of a consumer
 * group of its own reads the topic from its start to the end it had when the backfill began. The upserts make it
 * safe on a store that already holds some of it; the pipeline's own store group is not touched, so a running or
 * later `wharf run` goes on where it was. What retention already deleted from the topic cannot come back.
 */
public final class Backfill {
    /**
     * What a backfill did.
     *
     * @param onTopic records on the topic when it began
     */
    public record Result(long onTopic, long stored, long deadLettered, boolean complete) {}

    private Backfill() {}

    public static Result run(WharfConfig config, Map<String, Object> kafka, Consumer<List<EnrichedArticle>> onStored, Duration timeout)
            throws InterruptedException {
        Database db = StageSettings.database(config);
        Pipeline.migrate(db);
        long[] onTopic = {0};
        try (TopicScanner scanner = new TopicScanner(kafka, null)) {
            scanner.scan(Topics.ENRICHED, false, null, r -> onTopic[0]++);
        }
        String group = "wharf-backfill-" + UUID.randomUUID();
        StoreStage stage = new StoreStage(new JdbcArticleSink(db, Clock.systemUTC()), kafka,
                config.integer("store.max.poll.records", 1, 10_000), onStored, group);
        Thread t = new Thread(stage, "wharf-backfill");
        t.start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (stage.stored() + stage.deadLettered() < onTopic[0] && System.nanoTime() < deadline && t.isAlive()) {
            Thread.sleep(100);
        }
        stage.stop();
        t.join(Duration.ofSeconds(30).toMillis());
        boolean complete = stage.stored() + stage.deadLettered() >= onTopic[0];
        forget(kafka, group);
        return new Result(onTopic[0], stage.stored(), stage.deadLettered(), complete);
    }

    /** The throwaway group's offsets serve no later run; leaving them would only clutter the group list. */
    private static void forget(Map<String, Object> kafka, String group) {
        try (Admin admin = Admin.create(kafka)) {
            admin.deleteConsumerGroups(List.of(group)).all().get();
        } catch (Exception e) {
            // Harmless: an idle group with committed offsets; Kafka expires it after offsets.retention.minutes.
        }
    }
}
