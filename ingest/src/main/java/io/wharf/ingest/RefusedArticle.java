package io.wharf.ingest;

import io.wharf.model.Article;

/** An article the output refused for its own sake (too large for a record even when cut); it went to the DLQ. */
public record RefusedArticle(Article article, String reason) {}
