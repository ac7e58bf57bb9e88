package io.wharf.ingest.feed;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** OPML feed lists (as feed readers export them): every outline with an {@code xmlUrl}, with its title. */
public final class OpmlReader {
    /** One feed of the list. */
    public record Outline(String title, String xmlUrl) {}

    private OpmlReader() {}

    public static List<Outline> read(String xml) {
        Document doc = Jsoup.parse(FeedSanitizer.sanitize(xml), "", Parser.xmlParser());
        List<Outline> out = new ArrayList<>();
        for (Element o : doc.select("outline[xmlUrl]")) {
            String title = !o.attr("title").isBlank() ? o.attr("title") : o.attr("text");
            out.add(new Outline(title, o.attr("xmlUrl").trim()));
        }
        return out;
    }
}
