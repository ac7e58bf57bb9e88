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
 * @param fullTextLength the text's length in chars before ingest cut it to fit a Kafka record ({@link #capped}),
 *                    or null when the text is whole; readers of older records see null
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
        String duplicateOf,
        Integer fullTextLength) {

    /** An article that is not a known copy of another. */
    public Article(String id, String url, String canonicalUrl, String source, String title, String text, String summary,
                   Instant publishedAt, Instant fetchedAt, String language, String contentHash) {
        this(id, url, canonicalUrl, source, title, text, summary, publishedAt, fetchedAt, language, contentHash, null);
    }

    public Article(String id, String url, String canonicalUrl, String source, String title, String text, String summary,
                   Instant publishedAt, Instant fetchedAt, String language, String contentHash, String duplicateOf) {
        this(id, url, canonicalUrl, source, title, text, summary, publishedAt, fetchedAt, language, contentHash, duplicateOf, null);
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
        if (fullTextLength != null && fullTextLength < text.length()) {
            throw new IllegalArgumentException("article " + id + ": fullTextLength " + fullTextLength + " is shorter than its text");
        }
    }

    /** True when ingest cut the text; {@link #fullTextLength()} says how long it was. */
    public boolean truncated() {
        return fullTextLength != null && fullTextLength > text.length();
    }

    /**
     * This article with text and summary cut to at most {@code maxChars} each (never inside a surrogate pair), the
     * text's full length kept in {@link #fullTextLength()}; this same article when both fit. The content hash stays
     * the one of the whole text, so an edit beyond the cut still reads as an edit.
     */
    public Article capped(int maxChars) {
        if (text.length() <= maxChars && summary.length() <= maxChars) {
            return this;
        }
        Integer full = text.length() > maxChars ? Integer.valueOf(fullTextLength != null ? fullTextLength : text.length()) : fullTextLength;
        return new Article(id, url, canonicalUrl, source, title, cut(text, maxChars), cut(summary, maxChars), publishedAt, fetchedAt,
                language, contentHash, duplicateOf, full);
    }

    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = max > 0 && Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end);
    }

    public Article withPublishedAt(Instant when) {
        return new Article(id, url, canonicalUrl, source, title, text, summary, when, fetchedAt, language, contentHash, duplicateOf,
                fullTextLength);
    }

    public Article asDuplicateOf(String originalId) {
        return new Article(id, url, canonicalUrl, source, title, text, summary, publishedAt, fetchedAt, language, contentHash,
                originalId, fullTextLength);
    }
}
