package io.wharf.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.fetch.FetchSettings;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.ingest.testutil.ManyHostsServer;
import io.wharf.ingest.testutil.ManyHostsServer.Behaviour;
import io.wharf.model.Article;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14: 200 sources on 50 loopback hosts, polled concurrently. Three hosts are slow, one asks for a crawl delay in
 * its robots.txt, one never answers. Politeness is checked from the hosts' side.
 */
class ManySourcesIT {
    private static final Duration HOST_DELAY = Duration.ofMillis(200);
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final int HOSTS = 50;
    private static final int CRAWL_DELAY_HOST = 4;

    @TempDir
    Path dir;

    @Test
    void everyItemOnceNoHostAskedTwiceAtOnceOrTooOftenAndTheDeadHostDelaysOnlyItself() throws Exception {
        List<Behaviour> behaviours = new ArrayList<>();
        for (int h = 0; h < HOSTS; h++) {
            behaviours.add(h == 0 ? new Behaviour(-1, 0) : h <= 3 ? new Behaviour(400, 0)
                    : h == CRAWL_DELAY_HOST ? new Behaviour(10, 1) : new Behaviour(5 + h * 7 % 40, 0));
        }
        Map<String, AtomicInteger> published = new ConcurrentHashMap<>();
        Map<String, Long> publishedAt = new ConcurrentHashMap<>();
        try (ManyHostsServer server = new ManyHostsServer(behaviours, 3)) {
            List<Source> sources = new ArrayList<>();
            sources.add(new Source("dead", server.feed(0, 0), null)); // first in line: it must hold up no one
            for (int n = 1; n < 200; n++) {
                sources.add(new Source("s" + n, server.feed(1 + (n - 1) % (HOSTS - 1), n), null));
            }
            long start = System.currentTimeMillis();
            ArticleOutput output = articles -> {
                for (Article a : articles) {
                    published.computeIfAbsent(a.id(), k -> new AtomicInteger()).incrementAndGet();
                    publishedAt.put(a.id(), System.currentTimeMillis() - start);
                }
            };
            List<PollResult> results = poller(sources, server, output).pollAll();
            long took = System.currentTimeMillis() - start;

            assertThat(results.get(0).error()).contains("within " + TIMEOUT);
            assertThat(results.subList(1, results.size())).allSatisfy(r -> assertThat(r.failed()).as(r.sourceId()).isFalse());
            assertThat(published).as("199 feeds of 3 items each, and 100 stories two feeds share").hasSize(199 * 3 + 100);
            assertThat(published.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            // The dead host was asked (for its robots.txt) once, and given up on TIMEOUT later; the others went on meanwhile.
            long deadAsked = server.hosts().get(0).sorted().get(0) - start;
            assertThat(server.hosts().get(0).requests()).isEqualTo(1);
            assertThat(publishedAt.values().stream().mapToLong(Long::longValue).max().orElseThrow())
                    .as("every live source was done while the dead one still hung").isLessThan(deadAsked + TIMEOUT.toMillis());
            assertThat(took).as("the dead host cost its one timeout").isLessThan(deadAsked + TIMEOUT.toMillis() + 5000);

            List<ManyHostsServer.Host> hosts = server.hosts();
            assertThat(hosts).allSatisfy(h -> assertThat(h.maxInFlight()).isLessThanOrEqualTo(1));
            for (int h = 1; h < HOSTS; h++) {
                long gap = h == CRAWL_DELAY_HOST ? 1000 : HOST_DELAY.toMillis();
                assertThat(hosts.get(h).minGapMs()).as("host %d", h).isGreaterThanOrEqualTo(gap);
                String address = server.feed(h, 0).getHost();
                long feeds = sources.stream().filter(s -> s.location().getHost().equals(address)).count();
                assertThat(hosts.get(h).requests()).as("host %d: robots.txt and each of its feeds, once", h).isEqualTo(1 + feeds);
            }
        }
    }

    /** The continuous mode dispatches due sources host by host too, and finishes the polls under way when stopped. */
    @Test
    void theRunningPollerPublishesEveryItemOnceAndStopsCleanly() throws Exception {
        Map<String, AtomicInteger> published = new ConcurrentHashMap<>();
        try (ManyHostsServer server = new ManyHostsServer(List.of(new Behaviour(20, 0), new Behaviour(50, 0), new Behaviour(5, 0)), 3)) {
            List<Source> sources = new ArrayList<>();
            for (int n = 0; n < 6; n++) {
                sources.add(new Source("s" + n, server.feed(n % 3, n), null));
            }
            FeedPoller poller = poller(sources, server, articles -> articles.forEach(
                    a -> published.computeIfAbsent(a.id(), k -> new AtomicInteger()).incrementAndGet()));
            Thread loop = new Thread(poller, "ingest-loop");
            loop.start();
            long deadline = System.currentTimeMillis() + 30_000;
            while (published.size() < 6 * 3 + 3 && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            poller.stop();
            loop.join(35_000);
            assertThat(loop.isAlive()).isFalse();
            assertThat(published).hasSize(6 * 3 + 3);
            assertThat(published.values()).allSatisfy(count -> assertThat(count).hasValue(1));
            assertThat(server.hosts()).allSatisfy(h -> assertThat(h.maxInFlight()).isEqualTo(1));
        }
    }

    private FeedPoller poller(List<Source> sources, ManyHostsServer server, ArticleOutput output) {
        FetchSettings settings = new FetchSettings(Duration.ofSeconds(2), TIMEOUT, 1 << 20, 2, "WharfTest/1", List.of("127.0.0.0/8"));
        return new FeedPoller(sources, Duration.ofMinutes(5), new PoliteFetcher(new HttpFetcher(settings), HOST_DELAY, Clock.systemUTC()),
                new FeedStateStore(dir.resolve("state.json"), 10_000), output, Clock.systemUTC(), new NearDuplicateIndex(0.8, 10_000), null, 16);
    }
}
