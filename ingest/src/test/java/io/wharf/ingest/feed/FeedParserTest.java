package io.wharf.ingest.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.ingest.testutil.Fixtures;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void readsRss2ItemsWithDatesAndHtmlSummaries() throws IOException {
        List<FeedItem> items = parser.parse(Fixtures.bytes("feeds/rss2-two-items.xml"), URI.create("https://news.example.test/feed"));
        assertThat(items).hasSize(2);
        assertThat(items.get(0).title()).isEqualTo("Docker buys SocketPlane to bring networking in-house");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2015-03-04T16:00:00Z"));
        assertThat(items.get(0).summaryHtml()).contains("<p>Docker Inc.");
    }

    @Test
    void readsAtomEntriesResolvingRelativeLinksAndFallingBackToUpdated() throws IOException {
        List<FeedItem> items = parser.parse(Fixtures.bytes("feeds/atom-two-entries.xml"), URI.create("https://notes.example.test/atom.xml"));
        assertThat(items).extracting(FeedItem::link).containsExactly(
                "https://notes.example.test/2020/10/veeam-kasten#comments", "https://notes.example.test/2020/10/pure-portworx");
        assertThat(items.get(0).publishedAt()).isEqualTo(Instant.parse("2020-10-05T09:30:00Z"));
        // only <updated>: Rome gives no published date, so the updated date stands in
        assertThat(items.get(1).publishedAt()).isEqualTo(Instant.parse("2020-10-01T08:00:00Z"));
        assertThat(items.get(1).summaryHtml()).contains("$370 million");
    }

    @Test
    void htmlServedAsAFeedGivesAClearError() {
        assertThatThrownBy(() -> parser.parse(Fixtures.bytes("feeds/html-page-not-a-feed.html"), null))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not a feed: the body is an HTML page");
    }
}
