package io.wharf.ingest.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The metadata-bearing elements of a page, gathered in one walk over the parsed document before any cleaning:
 * a dozen CSS selections would each walk the whole tree again, and the walk costs as much as the parse.
 */
final class PageIndex {
    final Map<String, String> metas = new HashMap<>();
    final List<String> jsonLd = new ArrayList<>();
    final List<String> itempropDates = new ArrayList<>();
    /** Short texts of elements named as bylines or dates: where a person would look for the date. */
    final StringBuilder datelines = new StringBuilder();
    String canonical;
    String h1;
    String byline;
    String pubdateTime;
    String articleTime;
    String anyTime;
    String htmlLang;

    PageIndex(Document doc) {
        for (Element e : doc.getAllElements()) {
            switch (e.normalName()) {
                case "html" -> htmlLang = first(htmlLang, e.hasAttr("lang") ? e.attr("lang") : e.attr("xml:lang"));
                case "meta" -> meta(e);
                case "script" -> {
                    if (e.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                        jsonLd.add(e.data());
                    }
                }
                case "link" -> {
                    if (canonical == null && e.attr("rel").equalsIgnoreCase("canonical") && e.hasAttr("href")) {
                        canonical = e.absUrl("href");
                    }
                }
                case "h1" -> h1 = first(h1, e.text());
                case "time" -> time(e);
                default -> { }
            }
            if (e.attributesSize() > 0) {
                attributes(e);
            }
        }
    }

    /** One pass over the attributes instead of a lookup per attribute of interest. */
    private void attributes(Element e) {
        for (Attribute at : e.attributes()) {
            switch (at.getKey()) {
                case "itemprop" -> {
                    if (at.getValue().equals("datePublished")) {
                        itempropDates.add(e.hasAttr("content") ? e.attr("content")
                                : e.hasAttr("datetime") ? e.attr("datetime") : e.text());
                    } else if (at.getValue().equals("author")) {
                        byline(e);
                    }
                }
                case "rel" -> {
                    if (at.getValue().equals("author")) {
                        byline(e);
                    }
                }
                case "class" -> {
                    String cls = at.getValue();
                    if (bylineClass(cls)) {
                        byline(e);
                    }
                    if (datelines.length() < 1000 && (cls.contains("date") || cls.contains("byline")
                            || cls.contains("time") || cls.contains("published"))) {
                        String text = e.text();
                        datelines.append(text.length() <= 200 ? text : "").append('\n');
                    }
                }
                default -> { }
            }
        }
    }

    // Element.hasClass consults a system property on every call; a plain token check is much cheaper here.
    private static boolean bylineClass(String cls) {
        if (!cls.contains("byline") && !cls.contains("author")) {
            return false;
        }
        for (String token : cls.split("\\s+")) {
            if (token.equals("byline") || token.equals("author") || token.equals("author-name")) {
                return true;
            }
        }
        return false;
    }

    private void byline(Element e) {
        if (byline == null) {
            byline = first(null, e.text());
        }
    }

    private void meta(Element e) {
        String key = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                : e.hasAttr("itemprop") ? e.attr("itemprop") : e.attr("http-equiv");
        String content = e.attr("content").trim();
        if (!key.isEmpty() && !content.isEmpty()) {
            metas.putIfAbsent(key.toLowerCase(Locale.ROOT), content);
        }
    }

    private void time(Element e) {
        String at = e.attr("datetime");
        if (at.isBlank()) {
            return;
        }
        if (e.hasAttr("pubdate")) {
            pubdateTime = first(pubdateTime, at);
        }
        anyTime = first(anyTime, at);
        for (Element up = e.parent(); articleTime == null && up != null; up = up.parent()) {
            articleTime = up.normalName().equals("article") ? at : null;
        }
    }

    private static String first(String current, String candidate) {
        return current != null || candidate == null || candidate.isBlank() ? current : candidate.trim();
    }
}
