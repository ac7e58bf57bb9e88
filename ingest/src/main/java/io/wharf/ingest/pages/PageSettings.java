package io.wharf.ingest.pages;

import java.time.Duration;

/**
 * When and how article pages are fetched.
 *
 * @param minSummaryChars a feed item whose text is shorter than this is completed from its page
 * @param hostDelay       at least this long between two requests to the same host (robots.txt may ask for more)
 */
public record PageSettings(boolean enabled, int minSummaryChars, Duration hostDelay) {
    public static final PageSettings DISABLED = new PageSettings(false, 0, Duration.ZERO);
}
