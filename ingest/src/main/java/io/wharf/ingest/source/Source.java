package io.wharf.ingest.source;

import java.net.URI;
import java.time.Duration;

/**
 * A configured source. {@code location} is an http(s) URI or a local file URI (offline demos, replays).
 *
 * @param pollInterval null means the stage default
 * @param dedup        false: this source's articles are never marked as near-duplicates (opt out)
 * @param pages        false: never fetch this source's article pages (the feed's text is all there is)
 * @param type         what the location holds: a feed (or a folder of feeds), a news sitemap, or an HTML listing page
 * @param selector     with {@link Type#LISTING}: the CSS selector of the article links on the page
 */
public record Source(String id, URI location, Duration pollInterval, boolean dedup, boolean pages, Type type, String selector) {
    /** The kinds of source. */
    public enum Type { FEED, SITEMAP, LISTING }

    public Source(String id, URI location, Duration pollInterval) {
        this(id, location, pollInterval, true, true, Type.FEED, null);
    }

    public Source(String id, URI location, Duration pollInterval, boolean dedup) {
        this(id, location, pollInterval, dedup, true, Type.FEED, null);
    }

    public Source {
        if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("source id '" + id + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (location == null || location.getScheme() == null) {
            throw new IllegalArgumentException("source " + id + " has no location");
        }
        type = type == null ? Type.FEED : type;
        if (type == Type.LISTING && (selector == null || selector.isBlank())) {
            throw new IllegalArgumentException("source " + id + " is a listing page and needs a selector for its article links");
        }
        String scheme = location.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("file")) {
            throw new IllegalArgumentException("source " + id + ": unsupported scheme '" + scheme + "' (http, https or a file path)");
        }
    }

    public boolean isFile() {
        return "file".equalsIgnoreCase(location.getScheme());
    }
}
