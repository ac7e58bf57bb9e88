package io.wharf.ingest;

import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.hosts.HostGate;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.model.DaemonThreads;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls the sources when they are due, on a bounded pool of threads: the sources of one host one after another, each
 * started when the host's gate allows (see {@link HostGate}), and different hosts at the same time, so that a slow
 * or dead host holds one thread for its own timeouts and never the others. Each item is published as soon as it is
 * ready and remembered once acknowledged ({@link SourcePoller}). A failing source backs off exponentially. One poller
 * per process; {@link #run()} dispatches on its own thread until {@link #stop()}. Thread-safe: the schedule and the set
 * of busy hosts are concurrent maps; the state store, the near-duplicate index and the output are shared, thread-safe.
 */
public final class FeedPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);
    private static final Duration SAVE_EVERY = Duration.ofMinutes(1);

    private final List<Source> sources;
    private final Duration defaultInterval;
    private final FeedStateStore state;
    private final Clock clock;
    private final NearDuplicateIndex duplicates;
    private final PoliteFetcher fetcher;
    private final HostGate gate;
    private final SourcePoller poller;
    private final ScheduledThreadPoolExecutor workers;
    private final Map<String, Instant> due = new ConcurrentHashMap<>();
    private final Set<String> busyHosts = ConcurrentHashMap.newKeySet();
    private volatile boolean running = true;

    /** No spacing between requests, no page fetching, an index in memory, 8 threads: tests and tools. */
    public FeedPoller(List<Source> sources, Duration defaultInterval, HttpFetcher fetcher, FeedStateStore state,
                      ArticleOutput output, Clock clock) {
        this(sources, defaultInterval, new PoliteFetcher(fetcher, Duration.ZERO, clock), state, output, clock,
                new NearDuplicateIndex(0.8, 20_000), null, 8);
    }

    /**
     * @param fetcher    shared with {@code pages}, so that feeds and pages of one host take turns
     * @param duplicates where syndicated copies are recognised; shared by all sources of the poller
     * @param pages      completes summary-only items from their pages; null: never
     * @param threads    how many polls run at once (each on its own host)
     */
    public FeedPoller(List<Source> sources, Duration defaultInterval, PoliteFetcher fetcher, FeedStateStore state,
                      ArticleOutput output, Clock clock, NearDuplicateIndex duplicates, PageEnricher pages, int threads) {
        this.sources = List.copyOf(sources);
        this.defaultInterval = defaultInterval;
        this.state = state;
        this.clock = clock;
        this.duplicates = duplicates;
        this.fetcher = fetcher;
        this.gate = fetcher.gate();
        this.poller = new SourcePoller(fetcher, state, output, clock, duplicates, pages);
        this.workers = new ScheduledThreadPoolExecutor(threads, DaemonThreads.named("wharf-ingest-poll"));
        workers.setKeepAliveTime(10, TimeUnit.SECONDS);
        workers.allowCoreThreadTimeOut(true); // idle between rounds: no threads kept
    }

    /** Polls every source once, due or not, and returns when all are done; results in the order of the sources. */
    public List<PollResult> pollAll() {
        PollResult[] results = new PollResult[sources.size()];
        Map<String, List<Integer>> byHost = byHost(s -> true);
        CountDownLatch done = new CountDownLatch(byHost.size());
        byHost.forEach((host, queue) -> new HostRun(host, queue, results, done::countDown).next(0));
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        duplicates.saveQuietly();
        for (int i = 0; i < results.length; i++) {
            if (results[i] == null) {
                results[i] = new PollResult(sources.get(i).id(), 0, 0, false, "interrupted");
            }
        }
        return Arrays.asList(results);
    }

    /** The indexes of the chosen sources, grouped by the host they are fetched from, in the order of the sources. */
    private Map<String, List<Integer>> byHost(Predicate<Source> chosen) {
        Map<String, List<Integer>> out = new LinkedHashMap<>();
        for (int i = 0; i < sources.size(); i++) {
            Source s = sources.get(i);
            if (chosen.test(s)) {
                out.computeIfAbsent(hostOf(s), h -> new ArrayList<>()).add(i);
            }
        }
        return out;
    }

    private static String hostOf(Source s) {
        return s.isFile() ? "file:" + s.id() : HostGate.key(s.location());
    }

    /**
     * The sources of one host, polled one after another on the pool, each when the host's gap has passed; the host's
     * robots.txt first, as a step of its own, so that no thread sleeps through the gap between it and the first feed.
     */
    private final class HostRun implements Runnable {
        private final String host;
        private final Iterator<Integer> queue;
        private final PollResult[] results;
        private final Runnable onDone;
        private Source robotsFirst;

        HostRun(String host, List<Integer> queue, PollResult[] results, Runnable onDone) {
            this.host = host;
            this.queue = queue.iterator();
            this.results = results;
            this.onDone = onDone;
            Source first = sources.get(queue.get(0));
            this.robotsFirst = first.isFile() ? null : first;
        }

        void next(long delayMs) {
            try {
                workers.schedule(this, delayMs, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                onDone.run();
            }
        }

        @Override
        public void run() {
            if (robotsFirst != null) {
                readRobots(robotsFirst);
                robotsFirst = null;
                next(gate.waitMillis(host));
                return;
            }
            int i = queue.next();
            try {
                PollResult r = pollAndSchedule(sources.get(i));
                if (results != null) {
                    results[i] = r;
                }
            } catch (RuntimeException e) {
                LOG.error("source {}: the poll stopped on an unexpected error", sources.get(i).id(), e);
            }
            if (queue.hasNext() && !Thread.currentThread().isInterrupted()) {
                next(gate.waitMillis(host)); // the thread is free meanwhile, for other hosts
            } else {
                onDone.run();
            }
        }
    }

    /** Reads the host's robots.txt into the cache; a failure is for the poll to meet and report. */
    private void readRobots(Source source) {
        try {
            fetcher.rules(source.location());
        } catch (Exception e) {
            LOG.debug("robots.txt for {}: {}", source.location(), e.getMessage());
        }
    }

    private PollResult pollAndSchedule(Source source) {
        PollResult r = poller.poll(source);
        schedule(source, r.failed() ? state.source(source.id()).failures() : 0);
        if (!r.failed() && r.published() > 0) {
            LOG.info("source {}: {} new of {} items", source.id(), r.published(), r.items());
        }
        return r;
    }

    private void schedule(Source source, int failures) {
        Duration interval = source.pollInterval() != null ? source.pollInterval() : defaultInterval;
        Duration wait = interval;
        for (int i = 0; i < failures && wait.compareTo(MAX_BACKOFF) < 0; i++) {
            wait = wait.multipliedBy(2);
        }
        if (failures > 0 && wait.compareTo(MAX_BACKOFF) > 0) {
            wait = MAX_BACKOFF;
        }
        due.put(source.id(), clock.instant().plus(wait));
    }

    /** Dispatches the due sources of hosts that are not being polled, until stopped; then lets those polls finish. */
    @Override
    public void run() {
        Instant lastSave = clock.instant();
        while (running && !Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            byHost(s -> !due.getOrDefault(s.id(), Instant.MIN).isAfter(now) && !busyHosts.contains(hostOf(s)))
                    .forEach((host, queue) -> {
                        busyHosts.add(host);
                        new HostRun(host, queue, null, () -> busyHosts.remove(host)).next(0);
                    });
            if (now.isAfter(lastSave.plus(SAVE_EVERY))) {
                duplicates.saveQuietly();
                lastSave = now;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.shutdown(); // no new polls; those under way finish, each publishing and saving what it sent
        try {
            workers.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        duplicates.saveQuietly();
    }

    public void stop() {
        running = false;
    }
}
