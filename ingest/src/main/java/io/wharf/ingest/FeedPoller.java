package io.wharf.ingest;

import io.micrometer.core.instrument.Metrics;
import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.ingest.feed.ArticleMapper;
import io.wharf.ingest.feed.FeedItem;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.model.Article;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Polls each source when it is due, publishes the items not seen before, and remembers them only after the
 * output acknowledged them (at least once). A failing source backs off exponentially and never stops the
 * others. One poller per process; {@link #run()} runs on one thread until {@link #stop()}.
 */
public final class FeedPoller implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(FeedPoller.class);
    private static final Duration MAX_BACKOFF = Duration.ofHours(1);

    private final List<Source> sources;
    private final Duration defaultInterval;
    private final HttpFetcher fetcher;
    private final FeedStateStore state;
    private final ArticleOutput output;
    private final ArticleMapper mapper;
    private final Clock clock;
    private final NearDuplicateIndex duplicates;
    private final PageEnricher pages;
    private final SourceReader reader;
    private final Map<String, Instant> due = new HashMap<>();
    private volatile boolean running = true;

    public FeedPoller(List<Source> sources, Duration defaultInterval, HttpFetcher fetcher, FeedStateStore state,
                      ArticleOutput output, Clock clock) {
        this(sources, defaultInterval, fetcher, state, output, clock, new NearDuplicateIndex(0.8, 20_000), null);
    }

    /**
     * @param duplicates where syndicated copies are recognised; shared by all sources of the poller
     * @param pages      completes summary-only items from their pages; null: never
     */
    public FeedPoller(List<Source> sources, Duration defaultInterval, HttpFetcher fetcher, FeedStateStore state,
                      ArticleOutput output, Clock clock, NearDuplicateIndex duplicates, PageEnricher pages) {
        this.duplicates = duplicates;
        this.pages = pages;
        this.reader = new SourceReader(fetcher);
        this.sources = List.copyOf(sources);
        this.defaultInterval = defaultInterval;
        this.fetcher = fetcher;
        this.state = state;
        this.output = output;
        this.clock = clock;
        this.mapper = new ArticleMapper(clock);
    }

    /** Polls every source once, due or not. */
    public List<PollResult> pollAll() {
        List<PollResult> results = new ArrayList<>();
        for (Source s : sources) {
            results.add(poll(s));
        }
        return results;
    }

    public PollResult poll(Source source) {
        FeedStateStore.SourceState before = state.source(source.id());
        try {
            List<FeedItem> items;
            FetchResult fetched = null;
            if (SourceReader.isFolder(source)) {
                items = reader.folder(source);
            } else {
                fetched = fetcher.fetch(source.location(), before.etag(), before.lastModified());
                if (fetched.notModified()) {
                    count(source, "not_modified");
                    state.recordSuccess(source.id(), fetched.etag(), fetched.lastModified());
                    schedule(source, 0);
                    return new PollResult(source.id(), 0, 0, true, null);
                }
                items = reader.parse(source, fetched);
            }
            Map<String, Article> fresh = new LinkedHashMap<>();
            List<String> feedIds = new ArrayList<>(); // ids from the feed's links, remembered beside the page's canonical ids
            int deferred = 0;
            for (FeedItem item : items) {
                try {
                    Article a = mapper.map(source.id(), item);
                    if (state.seen(a.id()) || fresh.containsKey(a.id())) {
                        continue;
                    }
                    String feedId = a.id();
                    if (pages != null && source.pages() && pages.wanted(a)) {
                        try {
                            a = pages.enrich(a); // may change the id to the page's canonical URL
                        } catch (io.wharf.ingest.pages.PageDeferred d) {
                            // Its host did not answer: left unseen, for a later poll to complete from the page.
                            deferred++;
                            LOG.info("source {}: {}", source.id(), d.getMessage());
                            continue;
                        }
                    }
                    feedIds.add(feedId);
                    if (a.publishedAt() == null) {
                        a = a.withPublishedAt(a.fetchedAt()); // neither feed nor page dated it: the fetch time, never later
                    }
                    if (!state.seen(a.id()) && !fresh.containsKey(a.id())) {
                        fresh.put(a.id(), markCopy(source, a));
                    }
                } catch (IllegalArgumentException e) {
                    LOG.warn("source {}: skipped item {}: {}", source.id(), item.link(), e.getMessage());
                }
            }
            // A refused article is in the DLQ with its source and link: marked seen too, or every poll would add it again.
            List<RefusedArticle> refused = output.publishEach(List.copyOf(fresh.values()));
            fresh.keySet().forEach(state::markSeen);
            feedIds.forEach(state::markSeen);
            // With items left for later, the feed must be read in full next time, not answered "not modified".
            boolean validators = fetched != null && deferred == 0;
            state.recordSuccess(source.id(), validators ? fetched.etag() : null, validators ? fetched.lastModified() : null);
            state.save();
            count(source, "ok");
            Metrics.counter("wharf.ingest.articles", "source", source.id()).increment(fresh.size() - refused.size());
            Metrics.counter("wharf.ingest.copies", "source", source.id())
                    .increment(fresh.values().stream().filter(a -> a.duplicateOf() != null).count());
            schedule(source, 0);
            Metrics.counter("wharf.ingest.refused", "source", source.id()).increment(refused.size());
            return new PollResult(source.id(), items.size(), fresh.size() - refused.size(), refused.size(), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PollResult(source.id(), 0, 0, false, "interrupted");
        } catch (Exception e) {
            int failures = state.recordFailure(source.id());
            saveQuietly();
            count(source, "failed");
            schedule(source, failures);
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("source {} ({}) failed {} time(s) in a row: {}", source.id(), source.location(), failures, reason);
            return new PollResult(source.id(), 0, 0, false, reason);
        }
    }

    /** A near-duplicate of an earlier article is still published, marked as its copy. */
    private Article markCopy(Source source, Article a) {
        if (!source.dedup()) {
            return a;
        }
        String original = duplicates.findOrAdd(a.id(), a.title() + "\n" + a.text());
        return original == null ? a : a.asDuplicateOf(original);
    }

    /** Polls by source and outcome (ok, not_modified, failed), in the process's Micrometer registry. */
    private static void count(Source source, String outcome) {
        Metrics.counter("wharf.ingest.polls", "source", source.id(), "outcome", outcome).increment();
    }

    /** A state file that cannot be written is logged, not fatal: the worst outcome is items published again. */
    private void saveQuietly() {
        try {
            state.save();
        } catch (RuntimeException e) {
            LOG.error("ingest state could not be saved: {}", e.getMessage());
        }
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

    @Override
    public void run() {
        while (running && !Thread.currentThread().isInterrupted()) {
            Instant now = clock.instant();
            for (Source s : sources) {
                if (!running) {
                    break;
                }
                if (!due.getOrDefault(s.id(), Instant.MIN).isAfter(now)) {
                    PollResult r = poll(s);
                    if (!r.failed() && r.published() > 0) {
                        LOG.info("source {}: {} new of {} items", s.id(), r.published(), r.items());
                    }
                }
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public void stop() {
        running = false;
    }
}
