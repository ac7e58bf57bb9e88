package io.wharf.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.ingest.testutil.Fixtures;
import io.wharf.model.Article;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Polls feeds served over HTTP on loopback. */
class FeedPollerIT {
    @TempDir
    Path dir;
    private HttpServer server;
    private final AtomicInteger notModified = new AtomicInteger();
    private final List<Article> published = new ArrayList<>();

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serveWithEtag("/rss", Fixtures.bytes("feeds/rss2-two-items.xml"), "application/rss+xml", "\"rss-v1\"");
        serveWithEtag("/atom", Fixtures.bytes("feeds/atom-two-entries.xml"), "application/atom+xml", "\"atom-v1\"");
        server.createContext("/broken", ex -> {
            ex.sendResponseHeaders(500, -1);
            ex.close();
        });
        server.start();
    }

    private void serveWithEtag(String path, byte[] body, String type, String etag) {
        server.createContext(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.incrementAndGet();
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", type);
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    private FeedPoller poller(List<Source> sources) {
        FeedStateStore state = new FeedStateStore(dir.resolve("ingest-state.json"), 1000);
        return new FeedPoller(sources, Duration.ofMinutes(5), new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32")), state,
                published::addAll, Clock.systemUTC());
    }

    @Test
    void publishesEachItemOnceAcrossPollsAndRestartsAndABrokenSourceDoesNotStopTheOthers() {
        List<Source> sources = List.of(new Source("rss", url("/rss"), null), new Source("broken", url("/broken"), null),
                new Source("atom", url("/atom"), null));
        List<PollResult> first = poller(sources).pollAll();
        assertThat(first).extracting(PollResult::published).containsExactly(2, 0, 2);
        assertThat(first.get(1).error()).contains("HTTP 500");
        assertThat(published).extracting(Article::source).containsExactly("rss", "rss", "atom", "atom");

        List<PollResult> second = poller(sources).pollAll(); // a new poller on the same state file = a restart
        assertThat(second.get(0).notModified()).isTrue();
        assertThat(second.get(2).notModified()).isTrue();
        assertThat(notModified.get()).isEqualTo(2);
        assertThat(published).hasSize(4);
    }

    @Test
    void theSamePressReleaseFromASecondWireIsPublishedAsACopyUnlessTheSourceOptsOut() throws IOException {
        byte[] wire = Fixtures.bytes("feeds/syndicated-release-wire-b.xml");
        serveWithEtag("/wire-b", wire, "application/rss+xml", "\"b\"");
        serveWithEtag("/wire-c", new String(wire, java.nio.charset.StandardCharsets.UTF_8).replace("wire-b.example.test", "wire-c.example.test")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/rss+xml", "\"c\"");
        serveWithEtag("/wire-a", Fixtures.bytes("feeds/syndicated-release-wire-a.xml"), "application/rss+xml", "\"a\"");
        poller(List.of(new Source("wire-a", url("/wire-a"), null), new Source("wire-b", url("/wire-b"), null),
                new Source("wire-c", url("/wire-c"), null, false))).pollAll();
        assertThat(published).hasSize(3);
        assertThat(published.get(0).duplicateOf()).isNull();
        assertThat(published.get(1).duplicateOf()).isEqualTo(published.get(0).id());
        assertThat(published.get(2).duplicateOf()).as("wire-c opted out of dedup").isNull();
    }

    /** Issue 15: a restart between an article and its copy forgot the article; the signatures are now kept on disk. */
    @Test
    void aCopyFromAnotherSourceAfterARestartIsStillRecognised() throws IOException {
        serveWithEtag("/wire-a", Fixtures.bytes("feeds/syndicated-release-wire-a.xml"), "application/rss+xml", "\"a\"");
        serveWithEtag("/wire-b", Fixtures.bytes("feeds/syndicated-release-wire-b.xml"), "application/rss+xml", "\"b\"");
        Path index = dir.resolve("ingest-duplicates.bin");
        HttpFetcher fetcher = new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32"));
        for (String wire : List.of("wire-a", "wire-b")) { // one process per wire, on the same data dir
            new FeedPoller(List.of(new Source(wire, url("/" + wire), null)), Duration.ofMinutes(5),
                    new PoliteFetcher(fetcher, Duration.ofMillis(1), Clock.systemUTC()), new FeedStateStore(dir.resolve("ingest-state.json"), 1000),
                    published::addAll, Clock.systemUTC(),
                    new io.wharf.ingest.dedup.NearDuplicateIndex(0.8, 100, Duration.ofDays(14), index, Clock.systemUTC()), null, 2).pollAll();
        }
        assertThat(published).hasSize(2);
        assertThat(published.get(1).duplicateOf()).isEqualTo(published.get(0).id());
    }

    @Test
    void aSummaryOnlyItemIsCompletedFromItsPageUnlessRobotsTxtForbidsIt() throws IOException {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = new String(Fixtures.bytes("feeds/summary-only-items.xml"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("BASE", base);
        serveWithEtag("/summaries", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/rss+xml", "\"s\"");
        serveWithEtag("/robots.txt", "User-agent: *\nDisallow: /private/\n".getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/plain", "\"r\"");
        serveWithEtag("/news/kasten", new String(Fixtures.bytes("pages-for-feeds/veeam-kasten.html"),
                java.nio.charset.StandardCharsets.UTF_8).replace("BASE", base).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "text/html; charset=utf-8", "\"p\"");
        FeedStateStore state = new FeedStateStore(dir.resolve("pages-state.json"), 1000);
        HttpFetcher fetcher = new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32"));
        PoliteFetcher polite = new PoliteFetcher(fetcher, Duration.ofMillis(10), Clock.systemUTC());
        FeedPoller p = new FeedPoller(List.of(new Source("s", url("/summaries"), null)), Duration.ofMinutes(5), polite, state,
                published::addAll, Clock.systemUTC(), new io.wharf.ingest.dedup.NearDuplicateIndex(0.8, 100),
                new io.wharf.ingest.pages.PageEnricher(new io.wharf.ingest.pages.PageSettings(true, 600), polite, Clock.systemUTC()), 4);
        p.pollAll();
        assertThat(published).hasSize(2);
        Article fromPage = published.get(0);
        assertThat(fromPage.text()).contains("K10").contains("backup").hasSizeGreaterThan(600);
        assertThat(fromPage.canonicalUrl()).isEqualTo(base + "/news/veeam-buys-kasten");
        assertThat(fromPage.id()).isEqualTo(io.wharf.model.ArticleIds.of(base + "/news/veeam-buys-kasten"));
        assertThat(fromPage.publishedAt()).isEqualTo(java.time.Instant.parse("2020-10-05T09:30:00Z"));
        assertThat(fromPage.language()).isEqualTo("en");
        Article forbidden = published.get(1);
        assertThat(forbidden.text()).isEqualTo("A private note, summarised.");
        published.clear();
        p.pollAll(); // the feed's own link ids are remembered too: nothing is fetched or published again
        assertThat(published).isEmpty();
    }

    /** Issue 14: a feed was published only after all of it was read, its pages included. */
    @Test
    void anItemIsPublishedBeforeTheNextItemsPageIsRead() throws Exception {
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        String feed = "<rss version=\"2.0\"><channel><title>T</title>"
                + "<item><title>First</title><link>" + base + "/news/first</link><description>Short one.</description></item>"
                + "<item><title>Second</title><link>" + base + "/news/second</link><description>Short two.</description></item></channel></rss>";
        serveWithEtag("/streamed", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/rss+xml", "\"f\"");
        java.util.concurrent.CountDownLatch firstOut = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicBoolean firstWasOutBeforeSecondPage = new java.util.concurrent.atomic.AtomicBoolean();
        server.createContext("/news/", ex -> {
            if (ex.getRequestURI().getPath().endsWith("/second")) {
                try {
                    firstWasOutBeforeSecondPage.set(firstOut.await(5, java.util.concurrent.TimeUnit.SECONDS));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            ex.sendResponseHeaders(404, -1); // no page: the item goes out with its summary
            ex.close();
        });
        PoliteFetcher polite = new PoliteFetcher(new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32")), Duration.ofMillis(1),
                Clock.systemUTC());
        ArticleOutput output = articles -> {
            published.addAll(articles);
            firstOut.countDown();
        };
        new FeedPoller(List.of(new Source("s", url("/streamed"), null)), Duration.ofMinutes(5), polite,
                new FeedStateStore(dir.resolve("streamed-state.json"), 1000), output, Clock.systemUTC(),
                new io.wharf.ingest.dedup.NearDuplicateIndex(0.8, 100),
                new io.wharf.ingest.pages.PageEnricher(new io.wharf.ingest.pages.PageSettings(true, 600), polite, Clock.systemUTC()), 2).pollAll();
        assertThat(published).extracting(Article::title).containsExactly("First", "Second");
        assertThat(firstWasOutBeforeSecondPage).as("the first item was published before the second's page was answered").isTrue();
    }

    /** A poll that fails midway (the broker goes down) keeps exactly the items accepted before: the rest come next time. */
    @Test
    void whatWasAcceptedBeforeTheOutputFailedStaysSeenAndTheRestComesNextPoll() {
        AtomicInteger sent = new AtomicInteger();
        ArticleOutput failingSecond = articles -> {
            if (sent.incrementAndGet() == 2) {
                throw new IOException("broker down");
            }
            published.addAll(articles);
        };
        List<Source> rss = List.of(new Source("rss", url("/rss"), null));
        HttpFetcher fetcher = new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32"));
        PollResult failed = new FeedPoller(rss, Duration.ofMinutes(5), fetcher, new FeedStateStore(dir.resolve("ingest-state.json"), 1000),
                failingSecond, Clock.systemUTC()).pollAll().get(0);
        assertThat(failed.error()).contains("broker down");
        assertThat(published).hasSize(1);
        List<PollResult> next = poller(rss).pollAll(); // a restart: only what was acknowledged was saved as seen
        assertThat(next.get(0).published()).isEqualTo(1);
        assertThat(published).extracting(Article::id).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void anItemSeenBeforeIsNotPublishedAgainEvenWhenTheFeedIsRefetched() {
        FeedPoller p = poller(List.of(new Source("rss", url("/rss"), null)));
        p.pollAll();
        // Forget the validators but keep the seen ids: a full refetch must still publish nothing.
        FeedStateStore state = new FeedStateStore(dir.resolve("ingest-state.json"), 1000);
        state.recordSuccess("rss", null, null);
        state.save();
        List<PollResult> again = poller(List.of(new Source("rss", url("/rss"), null))).pollAll();
        assertThat(again.get(0).items()).isEqualTo(2);
        assertThat(again.get(0).published()).isZero();
        assertThat(published).hasSize(2);
    }

    /** Issue 12 point 11: an item whose page host does not answer waits unseen, and a later poll completes it from its page. */
    @Test
    void anItemWhosePageHostIsDownWaitsForALaterPoll() throws Exception {
        int pagePort;
        try (java.net.ServerSocket probe = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            pagePort = probe.getLocalPort(); // nothing listens there until the page server starts below
        }
        String pages = "http://127.0.0.1:" + pagePort;
        String feed = "<rss version=\"2.0\"><channel><title>T</title><item><title>Veeam to buy Kasten</title><link>" + pages
                + "/news/kasten</link><description>Short summary.</description></item></channel></rss>";
        serveWithEtag("/deferred", feed.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/rss+xml", "\"d\"");
        HttpFetcher fetcher = new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32"));
        java.util.concurrent.atomic.AtomicReference<java.time.Instant> now = new java.util.concurrent.atomic.AtomicReference<>(java.time.Instant.now());
        Clock clock = new Clock() {
            public java.time.ZoneId getZone() { return java.time.ZoneOffset.UTC; }
            public Clock withZone(java.time.ZoneId zone) { return this; }
            public java.time.Instant instant() { return now.get(); }
        };
        FeedPoller p = new FeedPoller(List.of(new Source("d", url("/deferred"), null)), Duration.ofMinutes(5),
                new PoliteFetcher(fetcher, Duration.ofMillis(1), Clock.systemUTC()),
                new FeedStateStore(dir.resolve("deferred-state.json"), 1000), published::addAll, Clock.systemUTC(),
                new io.wharf.ingest.dedup.NearDuplicateIndex(0.8, 100),
                new io.wharf.ingest.pages.PageEnricher(new io.wharf.ingest.pages.PageSettings(true, 600),
                        new PoliteFetcher(fetcher, Duration.ofMillis(1), clock), clock), 4);
        assertThat(p.pollAll().get(0).failed()).isFalse();
        assertThat(published).as("its page host is down: not published with its summary").isEmpty();

        HttpServer pageServer = HttpServer.create(new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), pagePort), 0);
        byte[] page = new String(Fixtures.bytes("pages-for-feeds/veeam-kasten.html"), java.nio.charset.StandardCharsets.UTF_8)
                .replace("BASE", pages).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        pageServer.createContext("/news/kasten", ex -> {
            ex.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            ex.sendResponseHeaders(200, page.length);
            ex.getResponseBody().write(page);
            ex.close();
        });
        pageServer.start();
        try {
            now.set(now.get().plus(Duration.ofHours(1))); // past the host's backoff
            int notModifiedBefore = notModified.get();
            p.pollAll();
            assertThat(notModified.get()).as("the feed was read in full, not answered 304").isEqualTo(notModifiedBefore);
            assertThat(published).singleElement().satisfies(a -> assertThat(a.text()).contains("K10").hasSizeGreaterThan(600));
        } finally {
            pageServer.stop(0);
        }
    }
}
