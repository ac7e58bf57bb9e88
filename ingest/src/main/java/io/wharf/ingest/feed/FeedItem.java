package io.wharf.ingest.feed;

import java.time.Instant;

/**
 * One entry of a feed, before it becomes an article.
 *
 * @param guid        the feed's own id for the entry (guid / atom:id), or null
 * @param link        the entry's link, absolute
 * @param summaryHtml description or content, HTML as the feed carries it
 * @param publishedAt published date, else updated date, else null
 */
public record FeedItem(String guid, String link, String title, String summaryHtml, Instant publishedAt) {}
