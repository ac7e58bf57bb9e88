package io.wharf.ingest.fetch;

import java.time.Duration;

/**
 * Limits for every fetch; the defaults are safe for an unattended crawler.
 *
 * @param connectTimeout time to open the connection
 * @param totalTimeout   time for the whole exchange, body included (cuts off a server that drips)
 * @param maxBodyBytes   a larger body is refused, not truncated
 * @param maxRedirects   redirects followed before giving up
 */
public record FetchSettings(Duration connectTimeout, Duration totalTimeout, long maxBodyBytes, int maxRedirects,
                            String userAgent) {
    public static final FetchSettings DEFAULTS =
            new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), 10L << 20, 5, "Wharf/0.1 (+https://github.com/wharf)");

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
        if (userAgent == null || userAgent.isBlank()) {
            throw new IllegalArgumentException("user agent must not be blank");
        }
    }
}
