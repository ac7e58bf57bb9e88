package io.wharf.ingest.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.hosts.RobotsRules;
import io.wharf.ingest.testutil.MovableClock;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 point 11: a host that does not resolve was logged as "disallowed by robots.txt" and its article kept
 * its summary for good. A fetch error is retried later with backoff; a robots refusal is remembered per host with
 * its expiry.
 */
class PageEnricherBackoffTest {
    private final MovableClock clock = new MovableClock();
    private final PageSettings settings = new PageSettings(true, 600);

    private static Article article(String url) {
        return new Article(ArticleIds.of(url), url, url, "s", "Title", "Short summary.", "Short summary.", null, Instant.now(), null, null);
    }

    @Test
    void anUnresolvableHostIsRetriedWithBackoffThenTheSummaryGoesOut() throws Exception {
        PageEnricher pages = new PageEnricher(settings, new PoliteFetcher(new HttpFetcher(FetchSettings.DEFAULTS), Duration.ofMillis(1), clock), clock);
        Article a = article("http://no-such-host.invalid/news/1");
        assertThatThrownBy(() -> pages.enrich(a)).isInstanceOf(PageDeferred.class)
                .hasMessageContaining("cannot resolve no-such-host.invalid").hasMessageNotContaining("disallowed");
        // Within the backoff, the host is not asked again; the article still waits.
        PageDeferred waiting = org.junit.jupiter.api.Assertions.assertThrows(PageDeferred.class, () -> pages.enrich(a));
        assertThat(waiting.retryAt()).isEqualTo(clock.instant().plus(HostBackoff.FIRST));
        for (int tries = 2; tries <= HostBackoff.MAX_TRIES - 1; tries++) {
            clock.advance(HostBackoff.LONGEST);
            assertThatThrownBy(() -> pages.enrich(a)).isInstanceOf(PageDeferred.class).hasMessageContaining(tries + " tries");
        }
        clock.advance(HostBackoff.LONGEST);
        assertThat(pages.enrich(a)).as("after the last try it goes out with its summary").isSameAs(a);
    }

    @Test
    void aRobotsRefusalIsRememberedPerHostUntilItExpires() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger robotsReads = new AtomicInteger();
        server.createContext("/robots.txt", ex -> {
            robotsReads.incrementAndGet();
            byte[] body = "User-agent: *\nDisallow: /\n".getBytes(StandardCharsets.UTF_8);
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
        try {
            PageEnricher pages = new PageEnricher(settings, new PoliteFetcher(new HttpFetcher(FetchSettings.DEFAULTS.allowing("127.0.0.1/32")), Duration.ofMillis(1), clock), clock);
            String base = "http://127.0.0.1:" + server.getAddress().getPort();
            Article a = article(base + "/news/1");
            assertThat(pages.enrich(a)).isSameAs(a);
            assertThat(pages.enrich(article(base + "/news/2"))).isNotNull();
            assertThat(robotsReads).as("read once for the host").hasValue(1);
            clock.advance(RobotsRules.KEEP.plusMinutes(1));
            pages.enrich(a);
            assertThat(robotsReads).as("read again once expired").hasValue(2);
        } finally {
            server.stop(0);
        }
    }
}
