package io.wharf.bench.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.model.Json;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * Local RSS feeds for the end-to-end benchmark: the stories of a JSONL file (lines with {@code title} and
 * {@code text} or {@code body}, as Reuters-21578 in shared/data) as full-text items, a few hundred per feed, and
 * the sources file that lists them (pages off: the links point nowhere).
 */
final class BenchFeeds {
    static final int PER_FEED = 500;

    record Story(String title, String text) {}

    private BenchFeeds() {}

    static List<Story> read(Path jsonl, int n) throws IOException {
        List<Story> out = new ArrayList<>();
        try (var lines = Files.lines(jsonl)) {
            for (String line : (Iterable<String>) lines::iterator) {
                if (out.size() >= n) {
                    break;
                }
                JsonNode j = Json.mapper().readTree(line);
                String text = j.hasNonNull("text") ? j.get("text").asText() : j.path("body").asText("");
                // Blank stories carry nothing to annotate; very long ones (tables of figures) are not news prose.
                if (!text.isBlank() && text.length() <= 20_000) {
                    out.add(new Story(j.path("title").asText(""), text.replaceAll("\\s+", " ").trim()));
                }
            }
        }
        if (out.size() < n) {
            throw new IllegalArgumentException(jsonl + " has " + out.size() + " usable stories, fewer than the " + n + " asked for");
        }
        return out;
    }

    /** Writes the feeds and {@code sources.yml} into {@code dir}; returns the sources file. */
    static Path write(List<Story> stories, Path dir) throws IOException {
        Files.createDirectories(dir);
        StringBuilder sources = new StringBuilder("sources:\n");
        ZonedDateTime day = ZonedDateTime.of(2026, 11, 1, 8, 0, 0, 0, ZoneOffset.UTC);
        for (int feed = 0; feed * PER_FEED < stories.size(); feed++) {
            Path file = dir.resolve("bench-" + feed + ".xml");
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>Bench feed " + feed
                        + "</title><link>https://bench.wharf.invalid/</link><description>end-to-end benchmark</description>\n");
                for (int i = feed * PER_FEED; i < Math.min(stories.size(), (feed + 1) * PER_FEED); i++) {
                    Story s = stories.get(i);
                    w.write("<item><title>" + xml(s.title()) + "</title><link>https://bench.wharf.invalid/story/" + i
                            + "</link><guid isPermaLink=\"false\">bench-" + i + "</guid><pubDate>"
                            + DateTimeFormatter.RFC_1123_DATE_TIME.format(day.plusMinutes(i)) + "</pubDate><description>"
                            + xml(s.text()) + "</description></item>\n");
                }
                w.write("</channel></rss>\n");
            }
            sources.append("  - id: bench-").append(feed).append("\n    url: ").append(file.getFileName())
                    .append("\n    pages: false\n");
        }
        Path file = dir.resolve("sources.yml");
        Files.writeString(file, sources);
        return file;
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
