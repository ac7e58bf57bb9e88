package io.wharf.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.source.SourcesFile;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.ingest.testutil.Fixtures;
import io.wharf.model.Article;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sources that are not a single feed: a news sitemap and a listing page on loopback, a folder, an OPML list. */
class SourceKindsIT {
    @TempDir
    Path dir;
    private final List<Article> published = new ArrayList<>();

    private List<PollResult> poll(List<Source> sources) {
        return new FeedPoller(sources, Duration.ofMinutes(5), new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32")),
                new FeedStateStore(dir.resolve("state.json"), 1000), published::addAll, Clock.systemUTC()).pollAll();
    }

    @Test
    void aNewsSitemapAndAListingPageGiveTheirArticles() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve(server, "/sitemap-news.xml", Fixtures.bytes("feeds/news-sitemap.xml"), "application/xml");
        serve(server, "/press", Fixtures.bytes("pages-for-feeds/newsroom-listing.html"), "text/html; charset=utf-8");
        server.start();
        try {
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            poll(List.of(new Source("map", URI.create(base + "/sitemap-news.xml"), null, true, false, Source.Type.SITEMAP, null),
                    new Source("press", URI.create(base + "/press"), null, true, false, Source.Type.LISTING, "article.release h2 a")));
        } finally {
            server.stop(0);
        }
        assertThat(published).extracting(Article::title).containsExactly("Red Hat to buy StackRox for Kubernetes-native security",
                "https://newsroom.example.test/2019/05/twistlock", "Pure Storage completes Portworx acquisition", "Veeam closes Kasten deal");
        assertThat(published.get(0).publishedAt()).isEqualTo(Instant.parse("2021-01-07T13:00:00Z"));
        assertThat(published.get(3).canonicalUrl()).endsWith("/press/2020/kasten-joins-veeam?ref=list");
    }

    @Test
    void aFolderOfFeedsAndAnOpmlListAreSources() throws Exception {
        Path feeds = Files.createDirectories(dir.resolve("feeds"));
        Files.write(feeds.resolve("rss2-two-items.xml"), Fixtures.bytes("feeds/rss2-two-items.xml"));
        Files.write(feeds.resolve("atom-two-entries.xml"), Fixtures.bytes("feeds/atom-two-entries.xml"));
        Files.write(feeds.resolve("feed-list.opml"), Fixtures.bytes("feeds/feed-list.opml"));
        Files.writeString(dir.resolve("sources.yml"), "sources:\n  - id: folder\n    url: feeds/not-there\n    pages: false\n"
                + "  - id: list\n    opml: feeds/feed-list.opml\n    pages: false\n");
        List<Source> fromOpml = SourcesFile.load(dir.resolve("sources.yml"));
        assertThat(fromOpml).extracting(Source::id).containsExactly("folder", "list-1", "list-2");
        assertThat(fromOpml.get(1).location()).isEqualTo(feeds.resolve("rss2-two-items.xml").toUri());

        Files.delete(feeds.resolve("feed-list.opml"));
        List<PollResult> r = poll(List.of(new Source("folder", feeds.toUri(), null, true, false, Source.Type.FEED, null)));
        assertThat(r.get(0).error()).isNull();
        // 4 entries, but one Atom entry has only a relative link, which a local file cannot resolve: no identity, skipped
        assertThat(published).hasSize(3);
    }

    private static void serve(HttpServer server, String path, byte[] body, String type) {
        server.createContext(path, ex -> {
            ex.getResponseHeaders().add("Content-Type", type);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
    }
}
