package io.wharf.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom with Rome. DOCTYPEs stay refused (Rome's default), which keeps external
 * entities and entity expansion out. Not thread-safe per call site: create one SyndFeedInput per parse.
 */
public final class FeedParser {

    /** Parses a feed; a body that is not a feed gives an IOException with a readable reason. */
    public List<FeedItem> parse(byte[] body, URI base) throws IOException {
        SyndFeed feed;
        try (XmlReader reader = new XmlReader(new ByteArrayInputStream(body), true)) {
            feed = new SyndFeedInput().build(reader);
        } catch (FeedException | IllegalArgumentException e) {
            throw new IOException("not a readable feed: " + reason(e), e);
        }
        List<FeedItem> items = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            String link = absolute(base, firstNonBlank(e.getLink(), e.getUri()));
            if (link == null) {
                continue; // an entry without any link cannot become an article; it has no identity
            }
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            items.add(new FeedItem(e.getUri(), link, clean(e.getTitle()), body(e), date == null ? null : date.toInstant()));
        }
        return items;
    }

    private static String body(SyndEntry e) {
        SyndContent description = e.getDescription();
        if (description != null && description.getValue() != null && !description.getValue().isBlank()) {
            return description.getValue();
        }
        StringBuilder sb = new StringBuilder();
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null) {
                sb.append(c.getValue()).append('\n');
            }
        }
        return sb.toString();
    }

    private static String absolute(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = base == null ? URI.create(link.trim()) : base.resolve(link.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String firstNonBlank(String a, String b) {
        return a != null && !a.isBlank() ? a : b != null && !b.isBlank() ? b : null;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
    }
}
