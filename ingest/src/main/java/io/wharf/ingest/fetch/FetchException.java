package io.wharf.ingest.fetch;

import java.io.IOException;

/** A fetch that failed for a reason worth reporting with the source (status, cap, timeout). */
public class FetchException extends IOException {
    private final boolean retryable;

    public FetchException(String message, boolean retryable) {
        super(message);
        this.retryable = retryable;
    }

    public FetchException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public boolean retryable() {
        return retryable;
    }
}
