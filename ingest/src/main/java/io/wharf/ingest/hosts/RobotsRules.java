package io.wharf.ingest.hosts;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.wharf.ingest.fetch.FetchException;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpStatusException;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * robots.txt of a host, parsed by crawler-commons and remembered per host (scheme, host, port; the most recent
 * 10,000) for a day, as RFC 9309 allows: a refusal holds until {@link Host#expires}. A missing robots.txt
 * (4xx) allows everything. A host that cannot be reached, or answers 5xx, is no refusal: {@link #rulesFor} throws,
 * and the caller retries later (an unreachable host after {@link #UNREACHABLE_FOR}). Thread-safe: both tables are
 * guarded by one lock, never held while fetching.
 */
public final class RobotsRules {
    public static final Duration KEEP = Duration.ofHours(24);

    /** A host's rules and until when they hold. */
    public record Host(BaseRobotRules rules, Instant expires) {}

    /** Reads a robots.txt (through the host's gate, like every other request). */
    @FunctionalInterface
    interface Reader {
        FetchResult read(URI robots) throws IOException;
    }

    /** A host that could not be reached is not asked again this soon: its other sources fail at once, not each after a timeout. */
    static final Duration UNREACHABLE_FOR = Duration.ofMinutes(1);

    private record Unreachable(String reason, Instant until) {}

    private final Reader fetcher;
    private final String agent;
    private final Clock clock;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, Host> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Host> eldest) {
            return size() > 10_000;
        }
    };

    private final Map<String, Unreachable> unreachable = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Unreachable> eldest) {
            return size() > 10_000;
        }
    };

    RobotsRules(Reader fetcher, String userAgent, Clock clock) {
        this.fetcher = fetcher;
        this.agent = userAgent.split("[/ ]")[0].toLowerCase(java.util.Locale.ROOT);
        this.clock = clock;
    }

    public static String hostOf(URI page) {
        return page.getScheme() + "://" + page.getRawAuthority();
    }

    /** The host's rules, read at most once a day; throws when robots.txt cannot be had for a passing reason. */
    public Host rulesFor(URI page) throws FetchException {
        String host = hostOf(page);
        synchronized (cache) {
            Host cached = cache.get(host);
            if (cached != null && clock.instant().isBefore(cached.expires())) {
                return cached;
            }
            Unreachable down = unreachable.get(host);
            if (down != null && clock.instant().isBefore(down.until())) {
                throw new FetchException(down.reason() + " (not tried again before " + down.until() + ")", true);
            }
        }
        BaseRobotRules rules;
        URI robots = URI.create(host + "/robots.txt");
        try {
            FetchResult r = fetcher.read(robots);
            rules = parser.parseContent(robots.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(agent));
        } catch (HttpStatusException e) {
            if (e.status() >= 500 || e.status() == 429) {
                throw e; // the server is in trouble: not its answer about us
            }
            rules = parser.failedFetch(e.status()); // 4xx: no robots.txt, everything allowed
        } catch (FetchException e) {
            if (e.retryable()) {
                synchronized (cache) {
                    unreachable.put(host, new Unreachable(e.getMessage(), clock.instant().plus(UNREACHABLE_FOR)));
                }
                throw e; // the name does not resolve, the connection failed, it timed out: try again later
            }
            rules = parser.failedFetch(500); // refused for good (an internal address): no page from this host
        } catch (IOException e) {
            throw new FetchException("cannot read " + robots + ": " + e.getMessage(), true, e);
        }
        Host h = new Host(rules, clock.instant().plus(KEEP));
        synchronized (cache) {
            cache.put(host, h);
            unreachable.remove(host);
        }
        return h;
    }
}
