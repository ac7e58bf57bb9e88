package io.wharf.ingest;

import io.wharf.model.Article;
import java.util.List;

/** Where new articles go; returns only once they are durably accepted (for Kafka: acknowledged). */
@FunctionalInterface
public interface ArticleOutput {
    void publishAll(List<Article> articles) throws Exception;
}
