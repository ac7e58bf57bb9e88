package io.wharf.ingest.pages;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/** Spaces the requests to one host: each waits until the host's previous request is far enough behind. Thread-safe. */
final class HostPoliteness {
    private static final long MAX_DELAY_MS = 30_000;
    private final Duration delay;
    private final Map<String, Long> nextAllowed = new HashMap<>();

    HostPoliteness(Duration delay) {
        this.delay = delay;
    }

    /** Blocks until the host may be asked again; {@code crawlDelayMs} from robots.txt widens the gap (capped). */
    void await(URI uri, long crawlDelayMs) throws InterruptedException {
        long gap = Math.min(MAX_DELAY_MS, Math.max(delay.toMillis(), crawlDelayMs));
        long wait;
        synchronized (nextAllowed) {
            long now = System.currentTimeMillis();
            long at = Math.max(now, nextAllowed.getOrDefault(uri.getHost(), 0L));
            nextAllowed.put(uri.getHost(), at + gap);
            wait = at - now;
        }
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
