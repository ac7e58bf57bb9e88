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
 * @param duplicateOf id of the article this one is a near-duplicate of (a syndicated or lightly rewritten copy),
 *                    or null: a copy is kept, as a copy of that article, not dropped
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
        String contentHash,
        String duplicateOf) {

    /** An article that is not a known copy of another. */
    public Article(String id, String url, String canonicalUrl, String source, String title, String text, String summary,
                   Instant publishedAt, Instant fetchedAt, String language, String contentHash) {
        this(id, url, canonicalUrl, source, title, text, summary, publishedAt, fetchedAt, language, contentHash, null);
    }

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
        if (id.equals(duplicateOf)) {
            throw new IllegalArgumentException("article " + id + " cannot be a duplicate of itself");
        }
    }

    public Article withPublishedAt(Instant when) {
        return new Article(id, url, canonicalUrl, source, title, text, summary, when, fetchedAt, language, contentHash, duplicateOf);
    }

    public Article asDuplicateOf(String originalId) {
        return new Article(id, url, canonicalUrl, source, title, text, summary, publishedAt, fetchedAt, language, contentHash,
                originalId);
    }
}
