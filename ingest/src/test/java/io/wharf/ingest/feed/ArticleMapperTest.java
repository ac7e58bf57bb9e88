package io.wharf.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {
    private final Instant now = Instant.parse("2026-11-28T00:00:00Z");
    private final ArticleMapper mapper = new ArticleMapper(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    void idComesFromTheNormalisedUrlAndTextIsPlain() {
        Article a = mapper.map("s", new FeedItem("g", "https://X.test/a?utm_source=y#f", "T &amp; U", "<p>Hello <b>world</b></p>", null));
        assertThat(a.canonicalUrl()).isEqualTo("https://x.test/a");
        assertThat(a.id()).isEqualTo(ArticleIds.of("https://x.test/a"));
        assertThat(a.text()).isEqualTo("Hello world");
        assertThat(a.title()).isEqualTo("T & U");
        assertThat(a.fetchedAt()).isEqualTo(now);
    }

    @Test
    void aDateInTheFutureIsClampedToNow() {
        Article a = mapper.map("s", new FeedItem(null, "https://x.test/b", "t", "x", now.plusSeconds(86_400)));
        assertThat(a.publishedAt()).isEqualTo(now);
    }
}
