package io.wharf.model;

import java.time.Instant;

/**
 * One news article as ingest publishes it to {@link Topics#ARTICLES}.
 *
 * @param id          stable hash of the normalised URL ({@link ArticleIds#of(String)})
 * @param url         the link as found in the feed
 * @param canonicalUrl the normalised (or page-declared canonical) URL the id is derived from
 * @param source      id of the configured source (feed or site) that produced it
 * @param publishedAt when it was published; null when neither feed nor page says
 * @param language    ISO 639-1 code, or null when unknown
 * @param contentHash hash of title and text, to tell an edited article from a replay
 */
public record Article(
        String id,
        String url,
        String canonicalUrl,
        String source,
        String title,
        String text,
        String summary,
        Instant publishedAt,
        Instant fetchedAt,
        String language,
        String contentHash) {

    public Article {
        Checks.nonBlank(id, "article.id");
        Checks.nonBlank(url, "article.url");
        Checks.nonBlank(canonicalUrl, "article.canonicalUrl");
        Checks.nonBlank(source, "article.source");
        Checks.nonNull(fetchedAt, "article.fetchedAt");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        summary = summary == null ? "" : summary;
        if (title.isBlank() && text.isBlank()) {
            throw new IllegalArgumentException("article " + id + " has neither title nor text");
        }
        if (contentHash == null || contentHash.isBlank()) {
            contentHash = ArticleIds.contentHash(title, text);
        }
    }
}
