package io.wharf.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * News sitemaps (sitemaps.org with the Google News extension): each {@code <url>} with its {@code <loc>}, and
 * the title and publication date of {@code <news:news>} where present. Read with Jsoup's XML parser, which
 * never loads a DTD.
 */
public final class SitemapParser {
    private SitemapParser() {}

    public static List<FeedItem> parse(String xml) {
        Document doc = Jsoup.parse(FeedSanitizer.sanitize(xml), "", Parser.xmlParser());
        List<FeedItem> items = new ArrayList<>();
        for (Element url : doc.select("url")) {
            Element loc = url.selectFirst("> loc");
            String link = FeedParser.absolute(null, loc == null ? null : loc.text().trim());
            if (link == null) {
                continue;
            }
            Element title = url.selectFirst("news|title");
            Element date = url.selectFirst("news|publication_date");
            if (date == null) {
                date = url.selectFirst("> lastmod");
            }
            // Without a news title the link stands in until the page is read (the article needs a title or a text).
            String name = title == null || title.text().isBlank() ? link : title.text().trim();
            items.add(new FeedItem(link, link, name, "",
                    date == null ? null : LenientFeedParser.date(date.text())));
        }
        return items;
    }
}
