package io.wharf.ingest.extract;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.wharf.model.Json;
import java.util.ArrayList;
import java.util.List;

/** The schema.org objects a page declares in {@code <script type="application/ld+json">} blocks. */
final class JsonLd {
    // Publishers often emit raw newlines and tabs inside strings; accept them rather than lose the block.
    private static final ObjectReader READER = Json.mapper().reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).with(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .with(JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER);

    private JsonLd() {}

    /** All objects with an {@code @type}, flattened out of arrays and {@code @graph}s, in page order. */
    static List<JsonNode> objects(List<String> blocks) {
        List<JsonNode> out = new ArrayList<>();
        for (String block : blocks) {
            try {
                collect(READER.readTree(block.trim()), out, 0);
            } catch (Exception e) {
                // A broken block is the publisher's problem; the rest of the page still has metadata.
            }
        }
        return out;
    }

    /** The first object whose type looks like an article, else null. */
    static JsonNode article(List<JsonNode> objects) {
        for (JsonNode node : objects) {
            for (String type : types(node)) {
                if (type.endsWith("Article") || type.equals("BlogPosting") || type.equals("Report")
                        || type.equals("LiveBlogPosting") || type.equals("SocialMediaPosting")) {
                    return node;
                }
            }
        }
        return null;
    }

    static List<String> types(JsonNode node) {
        JsonNode type = node.get("@type");
        List<String> out = new ArrayList<>();
        if (type == null) {
            return out;
        }
        if (type.isArray()) {
            type.forEach(t -> out.add(t.asText()));
        } else {
            out.add(type.asText());
        }
        return out;
    }

    /** A plain string from a value that may be a string, an object with a name, or an array of either. */
    static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isArray()) {
            List<String> parts = new ArrayList<>();
            for (JsonNode v : value) {
                String s = v.isObject() ? v.path("name").asText("") : v.asText("");
                if (!s.isBlank() && !parts.contains(s.trim())) {
                    parts.add(s.trim());
                }
            }
            return parts.isEmpty() ? null : String.join(", ", parts);
        }
        String s = value.isObject() ? value.path("name").asText("") : value.asText("");
        return s.isBlank() ? null : s.trim();
    }

    private static void collect(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> collect(n, out, depth + 1));
            return;
        }
        if (node.has("@type")) {
            out.add(node);
        }
        if (node.has("@graph")) {
            collect(node.get("@graph"), out, depth + 1);
        }
        if (node.has("mainEntity")) {
            collect(node.get("mainEntity"), out, depth + 1);
        }
    }
}
