package io.wharf.ingest.feed;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads RSS 0.9x/1.0/2.0, RDF, Atom 0.3/1.0 (Rome) and JSON Feed (Jackson), tolerating the known breakages of
 * real feeds: the bytes are decoded by {@link FeedDecoder}, repaired and defused by {@link FeedSanitizer}, an
 * unknown RSS version is read as 2.0, and what Rome still refuses is read by {@link LenientFeedParser}. Dates Rome
 * cannot parse are parsed from the raw text. Thread-safe: a new SyndFeedInput per call.
 */
public final class FeedParser {
    private static final Pattern RSS_VERSION = Pattern.compile("(?<pre><rss\\b[^>]*\\bversion\\s*=\\s*[\"'])[^\"']*(?<post>[\"'])");
    private static final Pattern HTML_ROOT = Pattern.compile("(?is)^\\s*(<!--.*?-->\\s*)*<(html|head|body)\\b");

    public List<FeedItem> parse(byte[] body, URI base) throws IOException {
        return parse(body, null, base);
    }

    /** Parses a feed; a body that is not a feed gives an IOException with a readable reason. */
    public List<FeedItem> parse(byte[] body, String contentType, URI base) throws IOException {
        return parseFeed(body, contentType, base).items().stream().filter(i -> i.link() != null).toList();
    }

    /** The feed's title and all its entries, those without a usable link too (their link is null). */
    public ParsedFeed parseFeed(byte[] body, String contentType, URI base) throws IOException {
        String text = FeedDecoder.decode(body, contentType);
        String trimmed = text.strip();
        if (trimmed.startsWith("{")) {
            return new ParsedFeed(null, toItems(JsonFeedParser.parse(trimmed), base));
        }
        String xml = FeedSanitizer.sanitize(text);
        if (xml.isBlank()) {
            throw new IOException("not a feed: the body is empty");
        }
        if (HTML_ROOT.matcher(xml).find()) {
            throw new IOException("not a feed: the body is an HTML page");
        }
        SyndFeed feed = rome(xml);
        if (feed == null) {
            feed = rome(RSS_VERSION.matcher(xml).replaceFirst("${pre}2.0${post}"));
        }
        if (feed == null) {
            if (!LenientFeedParser.looksLikeFeed(xml)) {
                throw new IOException("not a readable feed: no rss, feed or rdf root element");
            }
            return new ParsedFeed(null, toItems(LenientFeedParser.parse(xml), base));
        }
        // The lenient reading is a second parse: only for feeds where Rome left a date or a title empty.
        boolean gaps = feed.getEntries().stream().anyMatch(e -> (e.getPublishedDate() == null && e.getUpdatedDate() == null)
                || e.getTitle() == null || e.getTitle().isBlank());
        List<LenientFeedParser.RawItem> raw = gaps ? LenientFeedParser.parse(xml) : List.of();
        String title = feed.getTitle() != null && !feed.getTitle().isBlank() ? feed.getTitle() : LenientFeedParser.feedTitle(xml);
        return new ParsedFeed(title == null ? null : clean(unwrapXhtml(title)), fromRome(feed, raw, base));
    }

    private static SyndFeed rome(String xml) {
        try {
            SyndFeedInput input = new SyndFeedInput();
            input.setAllowDoctypes(false); // Rome's default, said aloud: the sanitizer removed the DOCTYPE anyway
            return input.build(new StringReader(xml));
        } catch (FeedException | IllegalArgumentException e) {
            return null;
        }
    }

    private static List<FeedItem> fromRome(SyndFeed feed, List<LenientFeedParser.RawItem> raw, URI base) {
        Map<String, String> rawDates = new HashMap<>();
        for (LenientFeedParser.RawItem r : raw) {
            if (r.link() != null && r.rawDate() != null) {
                rawDates.putIfAbsent(r.link(), r.rawDate());
            }
        }
        // Both parsers read the entries in document order; when they agree on the count, position pairs them.
        boolean sameOrder = !raw.isEmpty() && raw.size() == feed.getEntries().size();
        List<FeedItem> items = new ArrayList<>();
        int index = -1;
        for (SyndEntry e : feed.getEntries()) {
            index++;
            String rawLink = LenientFeedParser.firstNonBlank(e.getLink(), e.getUri());
            String link = absolute(base, rawLink); // null: such an entry cannot become an article (no identity)
            Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
            String rawDate = sameOrder ? raw.get(index).rawDate() : rawDates.get(rawLink);
            Instant when = date != null ? date.toInstant() : LenientFeedParser.date(rawDate);
            String title = e.getTitle() != null && !e.getTitle().isBlank() ? e.getTitle() : sameOrder ? raw.get(index).title() : null;
            items.add(new FeedItem(e.getUri(), link, clean(unwrapXhtml(title)), body(e), when));
        }
        return items;
    }

    private static List<FeedItem> toItems(List<LenientFeedParser.RawItem> raw, URI base) {
        List<FeedItem> items = new ArrayList<>();
        for (LenientFeedParser.RawItem r : raw) {
            items.add(new FeedItem(r.guid(), absolute(base, r.link()), clean(r.title()), r.summaryHtml() == null ? "" : r.summaryHtml(),
                    LenientFeedParser.date(r.rawDate())));
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

    /** Atom's type="xhtml" text arrives wrapped in its XHTML div; the wrapper is not part of the text. */
    static String unwrapXhtml(String s) {
        if (s == null) {
            return null;
        }
        return s.replaceFirst("(?s)^\\s*<div\\s+xmlns=\"http://www\\.w3\\.org/1999/xhtml\"\\s*>(.*)</div>\\s*$", "$1");
    }

    static String absolute(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = base == null || "file".equalsIgnoreCase(base.getScheme()) ? URI.create(link.trim()) : base.resolve(link.trim());
            String scheme = uri.getScheme();
            return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) ? uri.toString() : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }


    private static String clean(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
