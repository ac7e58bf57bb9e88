package io.wharf.classify.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.classify.ArticleClassifier;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Deal;
import io.wharf.model.Json;
import io.wharf.model.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reuters-21578 topic `acq` as a document question: does this story report an acquisition (or merger, or stake)? A
 * story counts as one when the extractor finds a deal of the day that is an acquisition. Nothing is trained on
 * Reuters: the split only keeps one part (every fifth story by newid, "heldout") unread during development.
 */
public final class ReutersAcqEvaluation {
    public enum Part { DEV, HELDOUT, ALL }

    private final ArticleClassifier classifier;

    public ReutersAcqEvaluation(ArticleClassifier classifier) {
        this.classifier = classifier;
    }

    public DealEvaluation.Counts evaluate(Path file, Part part, int limit, PrintStream errors) throws IOException {
        List<JsonNode> stories = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = Json.mapper().readTree(line);
            boolean heldOut = n.path("newid").asInt() % 5 == 0;
            if (part == Part.ALL || heldOut == (part == Part.HELDOUT)) {
                stories.add(n);
            }
        }
        if (limit > 0 && stories.size() > limit) {
            stories = stories.subList(0, limit);
        }
        DealEvaluation.Counts c = new DealEvaluation.Counts();
        Progress progress = new Progress("reuters", stories.size());
        for (JsonNode n : stories) {
            boolean gold = false;
            for (JsonNode t : n.path("topics")) {
                gold |= t.asText().equals("acq");
            }
            String url = "reuters:" + n.path("newid").asText();
            if (n.path("title").asText("").isBlank() && n.path("body").asText("").isBlank()) {
                progress.step(); // an empty story (a few in the collection): nothing to read, nothing to score
                continue;
            }
            Article a = new Article(ArticleIds.of(url), url, url, "reuters", n.path("title").asText(""), n.path("body").asText(""), "",
                    null, Instant.now(), "en", null);
            List<Deal> deals = List.of();
            boolean predicted;
            try {
                predicted = classifier.reportsAcquisition(a);
            } catch (IllegalArgumentException e) {
                if (!String.valueOf(e.getMessage()).contains("classify.max")) {
                    throw e; // only the annotator's bounds count as "nothing found"; any other refusal is a bug to see
                }
                predicted = false;
            }
            if (gold && predicted) {
                c.tp++;
            } else if (predicted) {
                c.fp++;
                report(errors, "spurious", n, deals);
            } else if (gold) {
                c.fn++;
                report(errors, "missed", n, deals);
            }
            progress.step();
        }
        return c;
    }

    private static void report(PrintStream errors, String what, JsonNode n, List<Deal> deals) {
        if (errors != null) {
            errors.printf("%s %s: %s | %s%n", n.path("newid").asText(), what, n.path("title").asText(),
                    deals.stream().map(d -> d.type() + " " + d.parties().stream().map(Deal.Party::name).toList()).toList());
        }
    }
}
