package io.wharf.ingest.fetch;

import java.time.Duration;

/**
 * Limits for every fetch; the defaults are safe for an unattended crawler.
 *
 * @param connectTimeout time to open the connection
 * @param totalTimeout   time for the whole exchange, body included (cuts off a server that drips)
 * @param maxBodyBytes   a larger body is refused, not truncated
 * @param maxRedirects   redirects followed before giving up
 * @param allow          internal address ranges that may be fetched all the same (CIDR); empty = none
 */
public record FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
                            String userAgent, java.util.List<String> allow) {
    public static final FetchSettings DEFAULTS = new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5,
            "Wharf/0.1 (+https://github.com/wharf)", java.util.List.of());

    /** The defaults with internal addresses opened (tests and demos on loopback). */
    public FetchSettings allowing(String... cidrs) {
        return new FetchSettings(connectTimeout, totalTimeout, maxBodyBytes, maxRedirects, userAgent, java.util.List.of(cidrs));
    }

    public FetchSettings {
        if (connectTimeout == null || connectTimeout.isNegative() || connectTimeout.isZero()) {
            throw new IllegalArgumentException("connect timeout must be positive");
        }
        if (totalTimeout == null || totalTimeout.compareTo(connectTimeout) < 0) {
            throw new IllegalArgumentException("total timeout must be at least the connect timeout");
        }
        if (maxBodyBytes <= 0 || maxRedirects < 0) {
            throw new IllegalArgumentException("body cap must be positive and redirects not negative");
        }
        allow = allow == null ? java.util.List.of() : java.util.List.copyOf(allow);
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("user agent must not be blank");
        }
    }
}
