package io.wharf.ingest.fetch;

import java.net.URI;

/** A non-200 answer; 5xx and 429 are worth retrying, after Retry-After seconds when the server says. */
public final class HttpStatusException extends FetchException {
    private final int status;
    private final long retryAfterSeconds;

    HttpStatusException(URI uri, int status, String retryAfter) {
        super("HTTP " + status + " from " + uri, status == 429 || status >= 500);
        this.status = status;
        this.retryAfterSeconds = parseSeconds(retryAfter);
    }

    public int status() {
        return status;
    }

    /** Seconds to wait, or -1 when the server did not say in seconds (an HTTP date is not honoured). */
    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }

    private static long parseSeconds(String v) {
        if (v == null) {
            return -1;
        }
        try {
            return Math.max(0, Long.parseLong(v.trim()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
