package io.wharf.ingest;

import io.wharf.model.Article;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Where new articles go; an article counts only once it is durably accepted (for Kafka: acknowledged). */
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

    /**
     * Sends one article as soon as it is ready, without waiting: the future completes with null once it is accepted,
     * with its refusal once it is refused for its own sake (and dead-lettered), or exceptionally when the output
     * fails. The default publishes it at once, on the caller's thread. Implementations must be thread-safe: the
     * poller's threads send concurrently.
     */
    default CompletableFuture<RefusedArticle> send(Article article) {
        try {
            List<RefusedArticle> refused = publishEach(List.of(article));
            return CompletableFuture.completedFuture(refused.isEmpty() ? null : refused.get(0));
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
