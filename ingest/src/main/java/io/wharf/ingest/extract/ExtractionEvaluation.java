package io.wharf.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.model.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * Scores {@link ArticleExtractor} on a folder with {@code html/<id>.html.gz} and {@code ground-truth.json}
 * (id -> {articleBody, url}). The truth is read only to score: the extractor sees the HTML and the URL.
 */
public final class ExtractionEvaluation {
    /** One page's result, so that the worst pages can be inspected. */
    public record PageScore(String id, double precision, double recall) {}

    public record Scores(int pages, double precision, double recall, double f1, List<PageScore> perPage) {}

    private ExtractionEvaluation() {}

    public static Scores evaluate(Path dir) {
        return evaluate(dir, new ArticleExtractor(), false);
    }

    static Scores evaluate(Path dir, ArticleExtractor extractor, boolean progress) {
        JsonNode truth = readTruth(dir.resolve("ground-truth.json"));
        List<PageScore> perPage = new ArrayList<>();
        double p = 0;
        double r = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = truth.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String html = readGzip(dir.resolve("html").resolve(e.getKey() + ".html.gz"));
            ExtractedPage page = extractor.extract(html, e.getValue().path("url").asText(null));
            ShingleScore s = ShingleScore.of(page.text(), e.getValue().path("articleBody").asText(""));
            perPage.add(new PageScore(e.getKey(), s.precision(), s.recall()));
            p += s.precision();
            r += s.recall();
            if (progress) {
                System.err.printf("%s p=%.3f r=%.3f%n", e.getKey(), s.precision(), s.recall());
            }
        }
        int n = perPage.size();
        double precision = n == 0 ? 0 : p / n;
        double recall = n == 0 ? 0 : r / n;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Scores(n, precision, recall, f1, List.copyOf(perPage));
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: ExtractionEvaluation <dataset-dir>");
            System.exit(2);
        }
        Scores s = evaluate(Path.of(args[0]), new ArticleExtractor(), System.console() != null);
        System.out.printf(java.util.Locale.ROOT, "{\"pages\":%d,\"precision\":%.4f,\"recall\":%.4f,\"f1\":%.4f}%n",
                s.pages(), s.precision(), s.recall(), s.f1());
    }

    private static JsonNode readTruth(Path file) {
        try {
            return Json.mapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static String readGzip(Path file) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
