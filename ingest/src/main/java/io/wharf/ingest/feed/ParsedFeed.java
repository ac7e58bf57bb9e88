package io.wharf.ingest.feed;

import java.util.List;

/** A parsed feed: its title (null when unknown) and every entry, in feed order; an entry's link may be null. */
public record ParsedFeed(String title, List<FeedItem> items) {
    public ParsedFeed {
        items = List.copyOf(items);
    }
}
