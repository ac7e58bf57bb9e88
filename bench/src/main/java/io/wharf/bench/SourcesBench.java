package io.wharf.bench;

import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.StageSettings;
import io.wharf.ingest.ArticleOutput;
import io.wharf.ingest.FeedPoller;
import io.wharf.ingest.PollResult;
import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.ingest.testutil.ManyHostsServer;
import io.wharf.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Ingest at scale (issue 14): N feed sources on H loopback hosts (127.1.x.y, one HTTP server each), polled once by the
 * poller with the shipped defaults (ingest.poll.threads, ingest.fetch.host.delay, timeouts). Each host answers after
 * its own latency, 20 to 300 ms, and one host in fifty after 1.5 s. Prints one JSON line: sources, hosts, threads,
 * the host delay, the total time, the articles published, failed polls, the most requests one host saw start within
 * one second, the shortest gap between two requests to one host, the most requests one host saw at once (must be 1),
 * and the source whose last article was published last, with when. Arguments: [N, default 1000] [H, default N/4]
 * [key=value ... configuration overrides, e.g. ingest.poll.threads=32].
 */
public final class SourcesBench {
    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int hostCount = args.length > 1 ? Integer.parseInt(args[1]) : Math.max(1, n / 4);
        Map<String, String> overrides = new HashMap<>(Map.of("ingest.fetch.allow", "127.0.0.0/8"));
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            overrides.put(kv[0], kv[1]);
        }
        WharfConfig config = WharfConfig.defaults(overrides);
        int threads = config.integer("ingest.poll.threads", 1, 256);
        Duration delay = config.duration("ingest.fetch.host.delay");
        List<ManyHostsServer.Behaviour> behaviours = new ArrayList<>();
        for (int h = 0; h < hostCount; h++) {
            behaviours.add(new ManyHostsServer.Behaviour(h % 50 == 49 ? 1500 : 20 + (h * 37) % 281, 0));
        }
        Path dir = Files.createTempDirectory("wharf-sources-bench");
        try (ManyHostsServer server = new ManyHostsServer(behaviours, 3)) {
            List<Source> sources = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                sources.add(new Source("s" + i, server.feed(i % hostCount, i), null));
            }
            Map<String, Long> doneAt = new ConcurrentHashMap<>();
            AtomicInteger articles = new AtomicInteger();
            long[] start = new long[1];
            ArticleOutput output = list -> {
                for (Article a : list) {
                    articles.incrementAndGet();
                    doneAt.merge(a.source(), System.currentTimeMillis() - start[0], Math::max);
                }
            };
            Clock clock = Clock.systemUTC();
            FeedPoller poller = new FeedPoller(sources, Duration.ofMinutes(15),
                    new PoliteFetcher(new HttpFetcher(StageSettings.fetch(config)), delay, clock),
                    new FeedStateStore(dir.resolve("ingest-state.json"), 1_000_000), output, clock, new NearDuplicateIndex(0.8, 100_000), null, threads);
            System.err.printf(Locale.ROOT, "polling %d sources on %d loopback hosts, %d threads, host delay %s ...%n", n, hostCount, threads, delay);
            start[0] = System.currentTimeMillis();
            List<PollResult> results = poller.pollAll();
            double seconds = (System.currentTimeMillis() - start[0]) / 1000.0;
            int perSecond = server.hosts().stream().mapToInt(ManyHostsServer.Host::maxPerSecond).max().orElse(0);
            long minGap = server.hosts().stream().mapToLong(ManyHostsServer.Host::minGapMs).min().orElse(0);
            int concurrent = server.hosts().stream().mapToInt(ManyHostsServer.Host::maxInFlight).max().orElse(0);
            Map.Entry<String, Long> slowest = doneAt.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow();
            System.out.printf(Locale.ROOT, "{\"sources\":%d,\"hosts\":%d,\"threads\":%d,\"hostDelayMs\":%d,\"seconds\":%.1f,\"articles\":%d,"
                            + "\"failedPolls\":%d,\"maxRequestsPerHostPerSecond\":%d,\"minGapPerHostMs\":%d,\"maxConcurrentPerHost\":%d,"
                            + "\"slowestSource\":\"%s\",\"slowestSourceDoneSeconds\":%.1f,\"underOneMinute\":%s}%n",
                    n, hostCount, threads, delay.toMillis(), seconds, articles.get(), results.stream().filter(PollResult::failed).count(),
                    perSecond, minGap, concurrent, slowest.getKey(), slowest.getValue() / 1000.0, seconds < 60);
        } finally {
            try (var files = Files.walk(dir)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
