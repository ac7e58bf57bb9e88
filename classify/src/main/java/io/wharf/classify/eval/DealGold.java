package io.wharf.classify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.model.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A passage of a deal gold set (format: classify/eval/deals/README.md): its text and every deal it reports, each field
 * as the writer labelled it.
 */
public record DealGold(String id, String title, String text, String publishedAt, String lang, String style, List<Labelled> deals) {

    /** One labelled deal; names as the press writes them. Null fields were not stated. */
    public record Labelled(String type, String acquirer, String target, boolean merger, String company, String round, Long amount,
                           String currency, Double stake, String status, List<String> leads, List<String> investors,
                           Long valuation, Long totalRaised, boolean historical) {}

    public static List<DealGold> read(Path file) {
        List<DealGold> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).isBlank()) {
                    continue;
                }
                try {
                    out.add(parse(Json.mapper().readTree(lines.get(i))));
                } catch (IOException | RuntimeException e) {
                    throw new IllegalArgumentException(file + " line " + (i + 1) + ": " + e.getMessage(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gold file " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    static DealGold parse(JsonNode n) {
        List<Labelled> deals = new ArrayList<>();
        for (JsonNode d : n.path("deals")) {
            deals.add(new Labelled(d.path("type").asText(), text(d, "acquirer"), text(d, "target"), d.path("merger").asBoolean(false),
                    text(d, "company"), text(d, "round"), number(d, "amount"), text(d, "currency"),
                    d.hasNonNull("stake") ? d.get("stake").asDouble() : null, text(d, "status"), names(d.path("leadInvestors")),
                    names(d.path("investors")), number(d, "valuation"), number(d, "totalRaised"), d.path("historical").asBoolean(false)));
        }
        return new DealGold(n.path("id").asText(), n.path("title").asText(""), n.path("text").asText(""), text(n, "publishedAt"),
                text(n, "lang"), text(n, "style"), deals);
    }

    private static String text(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() ? null : v.asText();
    }

    private static Long number(JsonNode n, String f) {
        JsonNode v = n.get(f);
        return v == null || v.isNull() || !v.isNumber() ? null : v.asLong();
    }

    private static List<String> names(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(x -> out.add(x.asText()));
        return out;
    }
}
