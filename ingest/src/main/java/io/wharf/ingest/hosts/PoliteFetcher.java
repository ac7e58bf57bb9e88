package io.wharf.ingest.hosts;

import io.wharf.ingest.fetch.FetchException;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.fetch.HttpStatusException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * The one way ingest asks a web host for anything (feeds, sitemaps, listing pages, article pages, robots.txt):
 * through the host's {@link HostGate}, spaced by robots.txt's crawl delay when it asks for more than the configured
 * delay. {@code file:} locations are read directly. Thread-safe: the fetcher, the gate and the robots cache are.
 */
public final class PoliteFetcher {
    private final HttpFetcher fetcher;
    private final HostGate gate;
    private final RobotsRules robots;

    /** @param hostDelay at least this long between the starts of two requests to one host */
    public PoliteFetcher(HttpFetcher fetcher, Duration hostDelay, Clock clock) {
        this.fetcher = fetcher;
        this.gate = new HostGate(hostDelay);
        this.robots = new RobotsRules(this::robotsTxt, fetcher.userAgent(), clock);
    }

    public HostGate gate() {
        return gate;
    }

    /** The host's robots.txt rules (read at most once a day); throws when they cannot be had for a passing reason. */
    public RobotsRules.Host rules(URI uri) throws FetchException {
        return robots.rulesFor(uri);
    }

    /**
     * Fetches politely. A host that cannot be reached for its robots.txt (no name, no connection, a timeout) fails here,
     * once, instead of a second time on the request itself; a robots.txt answered with 5xx only leaves the crawl delay
     * unknown (the configured delay holds).
     */
    public FetchResult fetch(URI uri, String etag, String lastModified) throws IOException, InterruptedException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return fetcher.fetch(uri, etag, lastModified);
        }
        long crawlDelayMs;
        try {
            long d = rules(uri).rules().getCrawlDelay();
            crawlDelayMs = d > 0 ? d : 0;
        } catch (HttpStatusException e) {
            crawlDelayMs = 0;
        }
        try (HostGate.Lease lease = gate.acquire(HostGate.key(uri), crawlDelayMs)) {
            return fetcher.fetch(uri, etag, lastModified);
        }
    }

    private FetchResult robotsTxt(URI uri) throws IOException {
        try (HostGate.Lease lease = gate.acquire(HostGate.key(uri), 0)) {
            return fetcher.fetch(uri, null, null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted waiting for " + HostGate.key(uri), true, e);
        }
    }
}
