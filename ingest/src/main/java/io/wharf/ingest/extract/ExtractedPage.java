package io.wharf.ingest.extract;

import java.time.Instant;

/**
 * What the extractor found on an article page. Every field but {@code text} may be null when the page does not say;
 * {@code text} is the main text with one paragraph per line (empty when nothing looked like an article).
 */
public record ExtractedPage(String title, String text, String author, Instant publishedAt, String canonicalUrl,
                            String language) {
    public ExtractedPage {
        text = text == null ? "" : text;
    }
}
