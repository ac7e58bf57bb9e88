package io.wharf.ingest.feed;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A newsroom or press page without a feed: the article links a CSS selector names, with their text as titles. */
public final class ListingPageParser {
    private ListingPageParser() {}

    public static List<FeedItem> parse(String html, URI page, String selector) {
        Document doc = Jsoup.parse(html, page.toString());
        List<FeedItem> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Element e : doc.select(selector)) {
            Element a = e.is("a[href]") ? e : e.selectFirst("a[href]");
            if (a == null) {
                continue;
            }
            String link = FeedParser.absolute(null, a.absUrl("href"));
            if (link != null && seen.add(link)) {
                items.add(new FeedItem(link, link, a.text().trim(), "", null));
            }
        }
        return items;
    }
}
