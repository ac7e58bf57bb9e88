package io.wharf.ingest.feed;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.model.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs the parser over a folder of feed test cases: every file must parse without an unexpected exception (a
 * clean "not a feed" answer is fine for files that are not feeds), and where an expectation file sits beside a
 * feed (gofeed's {@code name.xml} + {@code name.json}), the feed title, item count and each item's title, link
 * and date must match wherever the expectation states them.
 */
public final class FeedCorpusCheck {
    /** Agreement counts: a field is compared only where the expectation gives it. */
    public record Report(int files, int parsed, int refused, int crashed, int checked, int fieldsCompared, int fieldsAgreed,
                         List<String> disagreements) {}

    private FeedCorpusCheck() {}

    public static Report run(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).filter(p -> !p.toString().endsWith(".json") || !hasSibling(p))
                    .filter(p -> !p.getFileName().toString().matches("(?i)(license|readme).*")).sorted().toList();
        }
        int parsed = 0;
        int refused = 0;
        int crashed = 0;
        int checked = 0;
        int[] fields = new int[2];
        List<String> disagreements = new ArrayList<>();
        for (Path f : files) {
            ParsedFeed feed;
            try {
                feed = new FeedParser().parseFeed(Files.readAllBytes(f), null, null);
                parsed++;
            } catch (IOException e) {
                refused++;
                continue;
            } catch (RuntimeException e) {
                crashed++;
                disagreements.add(f + ": crashed: " + e);
                continue;
            }
            Path expected = sibling(f);
            if (expected != null && Files.isRegularFile(expected)) {
                checked++;
                compare(f, feed, Json.mapper().readTree(expected.toFile()), fields, disagreements);
            }
        }
        return new Report(files.size(), parsed, refused, crashed, checked, fields[0], fields[1], disagreements);
    }

    private static void compare(Path f, ParsedFeed feed, JsonNode want, int[] fields, List<String> out) {
        check(f, "title", text(want, "title"), feed.title(), fields, out);
        JsonNode items = want.path("items");
        if (items.isArray()) {
            check(f, "items", Integer.toString(items.size()), Integer.toString(feed.items().size()), fields, out);
            for (int i = 0; i < Math.min(items.size(), feed.items().size()); i++) {
                JsonNode w = items.get(i);
                FeedItem got = feed.items().get(i);
                check(f, "item " + i + " title", text(w, "title"), got.title(), fields, out);
                check(f, "item " + i + " link", text(w, "link"), got.link(), fields, out);
                String date = text(w, "publishedParsed") != null ? text(w, "publishedParsed") : text(w, "updatedParsed");
                check(f, "item " + i + " date", date == null ? null : Instant.parse(date).toString(),
                        got.publishedAt() == null ? null : got.publishedAt().toString(), fields, out);
            }
        }
    }

    private static void check(Path f, String field, String want, String got, int[] fields, List<String> out) {
        if (want == null) {
            return; // the expectation does not state it
        }
        fields[0]++;
        if (Objects.equals(want.strip(), got == null ? null : got.strip())) {
            fields[1]++;
        } else {
            out.add(f.getFileName() + ": " + field + " expected [" + want + "] got [" + got + "]");
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || !v.isValueNode() ? null : v.asText();
    }

    private static boolean hasSibling(Path json) {
        String name = json.getFileName().toString();
        return Files.exists(json.resolveSibling(name.substring(0, name.length() - 5) + ".xml"));
    }

    private static Path sibling(Path feed) {
        String name = feed.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? null : feed.resolveSibling(name.substring(0, dot) + ".json");
    }
}
