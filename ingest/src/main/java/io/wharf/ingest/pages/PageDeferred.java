package io.wharf.ingest.pages;

import java.time.Instant;

/**
 * The article's page could not be had for a reason that passes (its host did not answer): the poller leaves the item
 * unseen, so that a later poll, after {@code retryAt}, completes it from its page. Not a robots.txt refusal.
 */
public final class PageDeferred extends Exception {
    private final Instant retryAt;

    PageDeferred(String url, String reason, int tries, Instant retryAt) {
        super("page " + url + " not read (" + reason + "; " + tries + " tr" + (tries == 1 ? "y" : "ies") + "); tried again after " + retryAt);
        this.retryAt = retryAt;
    }

    public Instant retryAt() {
        return retryAt;
    }
}
