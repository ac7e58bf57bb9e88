package io.wharf.ingest.pages;

/**
 * When and how article pages are fetched.
 *
 * @param minSummaryChars a feed item whose text is shorter than this is completed from its page (the spacing of
 *                        requests to a host is the fetcher's: {@link io.wharf.ingest.hosts.HostGate})
 */
public record PageSettings(boolean enabled, int minSummaryChars) {
    public static final PageSettings DISABLED = new PageSettings(false, 0);
}
