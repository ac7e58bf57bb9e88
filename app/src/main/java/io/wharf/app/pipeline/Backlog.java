package io.wharf.app.pipeline;

import io.wharf.app.kafka.TopicScanner;
import io.wharf.classify.kafka.ClassifyStage;
import io.wharf.model.Topics;
import io.wharf.store.kafka.StoreStage;
import java.util.Map;

/**
 * What waits on the topics for the stages, left by an earlier run that stopped before finishing (a crash, a
 * SIGKILL): records after each stage group's committed offsets. Counted record by record, not from offsets, since
 * transaction markers take offsets too. Measure it before the stages start, while the offsets stand still.
 *
 * @param articles articles classify has not finished with
 * @param enriched enriched articles store has not finished with
 */
public record Backlog(long articles, long enriched) {
    public static final Backlog NONE = new Backlog(0, 0);

    public static Backlog measure(Map<String, Object> kafka) {
        return new Backlog(pending(kafka, Topics.ARTICLES, ClassifyStage.GROUP), pending(kafka, Topics.ENRICHED, StoreStage.GROUP));
    }

    private static long pending(Map<String, Object> kafka, String topic, String group) {
        long[] n = {0};
        try (TopicScanner scanner = new TopicScanner(kafka, group)) {
            scanner.scan(topic, true, null, r -> n[0]++);
        }
        return n[0];
    }

    public long total() {
        return articles + enriched;
    }
}
