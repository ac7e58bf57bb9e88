package io.wharf.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.model.Json;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** JSON Feed 1.0 and 1.1 (jsonfeed.org), read with Jackson. */
final class JsonFeedParser {
    private JsonFeedParser() {}

    static List<LenientFeedParser.RawItem> parse(String json) throws IOException {
        JsonNode root = Json.mapper().readTree(json);
        if (root == null || !root.path("version").asText("").contains("jsonfeed.org")) {
            throw new IOException("not a JSON Feed: no jsonfeed.org version");
        }
        List<LenientFeedParser.RawItem> items = new ArrayList<>();
        for (JsonNode item : root.path("items")) {
            String html = text(item, "content_html");
            if (html == null) {
                String plain = text(item, "content_text") != null ? text(item, "content_text") : text(item, "summary");
                html = plain == null ? null : org.jsoup.nodes.Entities.escape(plain);
            }
            String link = text(item, "url") != null ? text(item, "url") : text(item, "external_url");
            String date = text(item, "date_published") != null ? text(item, "date_published") : text(item, "date_modified");
            items.add(new LenientFeedParser.RawItem(text(item, "id"), link, text(item, "title"), html, date));
        }
        return items;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }
}
