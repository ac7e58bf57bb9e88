package io.wharf.ingest.feed;

import io.wharf.ingest.url.UrlNormalizer;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import java.time.Clock;
import java.time.Instant;
import org.jsoup.Jsoup;

/** Turns a feed item into an {@link Article}: plain text from the HTML summary, id from the normalised URL. */
public final class ArticleMapper {
    private final Clock clock;

    public ArticleMapper(Clock clock) {
        this.clock = clock;
    }

    public Article map(String sourceId, FeedItem item) {
        String canonical = UrlNormalizer.normalize(item.link());
        String text = Jsoup.parse(item.summaryHtml() == null ? "" : item.summaryHtml()).text();
        Instant now = clock.instant();
        // A feed that dates an item in the future is wrong; never store a date we have not reached.
        Instant published = item.publishedAt() != null && item.publishedAt().isAfter(now) ? now : item.publishedAt();
        String title = Jsoup.parse(item.title() == null ? "" : item.title()).text();
        return new Article(ArticleIds.of(canonical), item.link(), canonical, sourceId, title, text, text,
                published, now, null, null);
    }
}
