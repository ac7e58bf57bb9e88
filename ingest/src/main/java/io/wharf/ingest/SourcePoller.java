package io.wharf.ingest;

import io.micrometer.core.instrument.Metrics;
import io.wharf.ingest.dedup.NearDuplicateIndex;
import io.wharf.ingest.feed.ArticleMapper;
import io.wharf.ingest.feed.FeedItem;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.pages.PageDeferred;
import io.wharf.ingest.pages.PageEnricher;
import io.wharf.ingest.source.Source;
import io.wharf.ingest.state.FeedStateStore;
import io.wharf.model.Article;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One poll of one source: fetch, parse, and for each item map it, complete it from its page when needed, and send it
 * at once; an item is remembered as seen only when the output accepted it. Thread-safe: its collaborators are, and
 * each poll keeps its own {@link Acks}; the poller never runs two polls of one host at once.
 */
final class SourcePoller {
    private static final Logger LOG = LoggerFactory.getLogger(SourcePoller.class);
    private final PoliteFetcher fetcher;
    private final FeedStateStore state;
    private final ArticleOutput output;
    private final ArticleMapper mapper;
    private final NearDuplicateIndex duplicates;
    private final PageEnricher pages;
    private final SourceReader reader;

    SourcePoller(PoliteFetcher fetcher, FeedStateStore state, ArticleOutput output, Clock clock, NearDuplicateIndex duplicates,
                 PageEnricher pages) {
        this.fetcher = fetcher;
        this.state = state;
        this.output = output;
        this.mapper = new ArticleMapper(clock);
        this.duplicates = duplicates;
        this.pages = pages;
        this.reader = new SourceReader(fetcher);
    }

    PollResult poll(Source source) {
        FeedStateStore.SourceState before = state.source(source.id());
        Acks acks = new Acks(state);
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
                    state.save();
                    return new PollResult(source.id(), 0, 0, true, null);
                }
                items = reader.parse(source, fetched);
            }
            int deferred = 0;
            for (FeedItem item : items) {
                try {
                    deferred += offer(source, item, acks) ? 0 : 1;
                } catch (IllegalArgumentException e) {
                    LOG.warn("source {}: skipped item {}: {}", source.id(), item.link(), e.getMessage());
                }
            }
            acks.await();
            // With items left for later, the feed must be read in full next time, not answered "not modified".
            boolean validators = fetched != null && deferred == 0;
            state.recordSuccess(source.id(), validators ? fetched.etag() : null, validators ? fetched.lastModified() : null);
            state.save();
            count(source, "ok");
            Metrics.counter("wharf.ingest.articles", "source", source.id()).increment(acks.published());
            Metrics.counter("wharf.ingest.copies", "source", source.id()).increment(acks.copies());
            Metrics.counter("wharf.ingest.refused", "source", source.id()).increment(acks.refused());
            return new PollResult(source.id(), items.size(), acks.published(), acks.refused(), false, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new PollResult(source.id(), 0, acks.published(), false, "interrupted");
        } catch (Exception e) {
            acks.settle(); // what was accepted before the failure is saved as seen
            int failures = state.recordFailure(source.id());
            saveQuietly();
            count(source, "failed");
            String reason = e.getMessage() == null ? e.toString() : e.getMessage();
            LOG.warn("source {} ({}) failed {} time(s) in a row: {}", source.id(), source.location(), failures, reason);
            return new PollResult(source.id(), 0, acks.published(), false, reason);
        }
    }

    /**
     * Sends the item's article unless it was seen or another poll has it on the way; false when it waits for its
     * page's host (left unclaimed, for a later poll).
     */
    private boolean offer(Source source, FeedItem item, Acks acks) throws InterruptedException {
        Article a = mapper.map(source.id(), item);
        String feedId = a.id();
        if (!state.claim(feedId)) {
            return true;
        }
        String claimedPage = null;
        boolean sent = false;
        try {
            if (pages != null && source.pages() && pages.wanted(a)) {
                try {
                    a = pages.enrich(a); // may change the id to the page's canonical URL
                } catch (PageDeferred d) {
                    LOG.info("source {}: {}", source.id(), d.getMessage());
                    return false;
                }
                if (!a.id().equals(feedId)) {
                    if (!state.claim(a.id())) {
                        if (state.seen(a.id())) {
                            state.markSeen(feedId); // the page's article went out before: this link is done too
                            sent = true;
                        }
                        return true;
                    }
                    claimedPage = a.id();
                }
            }
            if (a.publishedAt() == null) {
                a = a.withPublishedAt(a.fetchedAt()); // neither feed nor page dated it: the fetch time, never later
            }
            acks.send(output, markCopy(source, a), feedId);
            sent = true;
            return true;
        } finally {
            if (!sent) {
                state.release(feedId);
                if (claimedPage != null) {
                    state.release(claimedPage);
                }
            }
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
}
