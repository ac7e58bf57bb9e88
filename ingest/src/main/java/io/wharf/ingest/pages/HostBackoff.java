package io.wharf.ingest.pages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Hosts whose pages could not be fetched (the name does not resolve, the connection fails, the server answers 5xx),
 * with when to try again: 5 min, doubled per failure, at most 6 h. The articles of such a host wait for it (see
 * {@link PageDeferred}) rather than keeping their summary for good over a passing outage; after {@link #MAX_TRIES}
 * they go out with the summary. In memory: a restart tries at once. Thread-safe.
 */
final class HostBackoff {
    static final Duration FIRST = Duration.ofMinutes(5);
    static final Duration LONGEST = Duration.ofHours(6);
    /** 5 + 10 + 20 + 40 min: about 75 min (or the next polls after it) before an article goes out with its summary. */
    static final int MAX_TRIES = 5;

    /** A host's failures in a row, the last reason, and when it may be tried again. */
    record Failure(int count, String reason, Instant retryAt) {
        boolean exhausted() {
            return count >= MAX_TRIES;
        }
    }

    private final Clock clock;
    private final Map<String, Failure> hosts = new ConcurrentHashMap<>();

    HostBackoff(Clock clock) {
        this.clock = clock;
    }

    /** The host's failure while it must not be tried yet, else null. */
    Failure waiting(String host) {
        Failure f = hosts.get(host);
        return f != null && clock.instant().isBefore(f.retryAt()) ? f : null;
    }

    Failure failed(String host, String reason) {
        return hosts.compute(host, (h, before) -> {
            int count = before == null ? 1 : before.count() + 1;
            Duration wait = FIRST.multipliedBy(1L << Math.min(count - 1, 20));
            return new Failure(count, reason, clock.instant().plus(wait.compareTo(LONGEST) > 0 ? LONGEST : wait));
        });
    }

    void succeeded(String host) {
        hosts.remove(host);
    }
}
