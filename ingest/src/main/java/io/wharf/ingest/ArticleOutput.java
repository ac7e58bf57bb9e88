package io.wharf.ingest;

import io.wharf.model.Article;
import java.util.List;

/** Where new articles go; returns only once they are durably accepted (for Kafka: acknowledged). */
@FunctionalInterface
public interface ArticleOutput {
    /** Publishes every article or throws: nothing of a failed call counts as published. */
    void publishAll(List<Article> articles) throws Exception;

    /**
     * Publishes what it can: an article refused for its own sake is returned (and kept where an operator finds it)
     * instead of failing its neighbours. Throws only when the output itself fails (broker down): then nothing counts.
     */
    default List<RefusedArticle> publishEach(List<Article> articles) throws Exception {
        publishAll(articles);
        return List.of();
    }
}
