package io.wharf.ingest.feed;

import io.wharf.ingest.extract.DateParser;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The fallback for feeds Rome refuses even after repair: Jsoup's forgiving XML parser, reading the few elements
 * every RSS, RDF and Atom dialect shares. Also reads the raw date strings Rome could not parse.
 */
final class LenientFeedParser {
    private LenientFeedParser() {}

    /** Items with their raw fields; links may still be relative. */
    record RawItem(String guid, String link, String title, String summaryHtml, String rawDate) {}

    static List<RawItem> parse(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        List<RawItem> items = new ArrayList<>();
        for (Element e : doc.select("item, entry")) {
            items.add(new RawItem(text(e, "guid, id"), link(e), text(e, "title") != null ? text(e, "title") : text(e, "dc|title"),
                    firstNonBlank(text(e, "content|encoded"), text(e, "description"), text(e, "summary"), text(e, "content")),
                    firstNonBlank(text(e, "pubDate"), text(e, "published"), text(e, "atom|published"), text(e, "dc|date"), text(e, "issued"),
                            text(e, "updated"), text(e, "atom|updated"), text(e, "modified"), text(e, "date"))));
        }
        return items;
    }

    /** The feed's own title (channel or feed level), Dublin Core's when that is all there is. */
    static String feedTitle(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element channel = doc.selectFirst("channel, feed");
        if (channel == null) {
            return null;
        }
        String t = text(channel, "title");
        return t != null ? t : text(channel, "dc|title");
    }

    static boolean looksLikeFeed(String xml) {
        Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        Element root = doc.children().first();
        if (root == null) {
            return false;
        }
        String name = root.tagName().toLowerCase(java.util.Locale.ROOT);
        return name.equals("rss") || name.equals("feed") || name.endsWith("rdf") || name.equals("channel");
    }

    static java.time.Instant date(String raw) {
        return DateParser.parse(raw);
    }

    private static String link(Element item) {
        for (Element l : item.select("> link")) {
            String href = l.attr("href");
            String rel = l.attr("rel");
            if (!href.isBlank() && (rel.isBlank() || rel.equals("alternate"))) {
                return href.trim();
            }
            if (href.isBlank() && !l.text().isBlank()) {
                return l.text().trim();
            }
        }
        String guid = text(item, "guid");
        return guid != null && guid.matches("(?i)https?://.*") ? guid : null;
    }

    private static String text(Element e, String selector) {
        Element c = e.selectFirst("> " + selector.replace(", ", ", > "));
        if (c == null) {
            return null;
        }
        String t = c.wholeText().trim();
        return t.isEmpty() ? null : t;
    }

    static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
