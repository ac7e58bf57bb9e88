package io.wharf.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.classify.ArticleClassifier;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Json;
import io.wharf.model.Progress;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * `wharf classify --in FILE`: backfills and trials without Kafka, through the same classifier as the stage. A
 * line that cannot be read or classified gives a line on stderr with its number and reason; the rest go on.
 */
final class BatchClassifier {
    private final ArticleClassifier classifier;

    BatchClassifier(ArticleClassifier classifier) {
        this.classifier = classifier;
    }

    int run(Path in, Path out) throws IOException {
        List<String> lines = "-".equals(in.toString())
                ? new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).lines().toList()
                : Files.readAllLines(in, StandardCharsets.UTF_8);
        int failed = 0;
        Progress progress = new Progress("classifying", lines.size());
        try (BufferedWriter w = out == null ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank()) {
                    progress.step();
                    continue;
                }
                try {
                    w.write(withInputId(classifier.classify(article(line)), line));
                    w.newLine();
                } catch (RuntimeException | IOException e) {
                    failed++;
                    System.err.printf("wharf: %s line %d: %s%n", in, i + 1, e.getMessage());
                }
                progress.step();
            }
        }
        PrintStream err = System.err;
        err.printf("wharf: classified %d article(s), %d failed%n", lines.stream().filter(l -> !l.isBlank()).count() - failed, failed);
        return failed == 0 ? 0 : 1;
    }

    /** The enriched record with the input line's own id beside it (issue 12 point 13), so results join back to their input. */
    static String withInputId(io.wharf.model.EnrichedArticle enriched, String line) throws IOException {
        com.fasterxml.jackson.databind.node.ObjectNode node = Json.mapper().valueToTree(enriched);
        JsonNode input = Json.mapper().readTree(line).get("id");
        if (input != null && !input.isNull()) {
            node.put("inputId", input.asText());
        }
        return node.toString();
    }

    /** A full Article line, or a minimal one with id, title and text (and optionally url, source, publishedAt). */
    static Article article(String line) throws IOException {
        JsonNode n = Json.mapper().readTree(line);
        if (n.hasNonNull("fetchedAt") && n.hasNonNull("canonicalUrl")) {
            return Json.fromString(line, Article.class);
        }
        String id = text(n, "id");
        if (id == null) {
            throw new IllegalArgumentException("no id");
        }
        String url = text(n, "url") != null ? text(n, "url") : "urn:wharf:batch:" + id;
        Instant published = text(n, "publishedAt") == null ? null : Instant.parse(text(n, "publishedAt"));
        return new Article(id.matches("[0-9a-f]{32}") ? id : ArticleIds.of(url), url, url,
                text(n, "source") != null ? text(n, "source") : "batch", text(n, "title"), text(n, "text"), "", published,
                Instant.now(), text(n, "language"), null);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
