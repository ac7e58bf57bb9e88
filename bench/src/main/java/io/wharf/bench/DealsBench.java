package io.wharf.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.StageSettings;
import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.deals.DealExtractor;
import io.wharf.classify.eval.DealEvaluation;
import io.wharf.classify.eval.DealGold;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The deal stage's cost and quality side by side in one run, on one thread: classify as it was without deals, and
 * with deals read by the surface rules alone (OFF), with the dependency parse on the sentences the trigger filter
 * keeps (GATED), and with every sentence parsed (ALL). Annotation is the same for all four, so each round annotates
 * once and times the rest per mode; per-article time = annotation + that mode's own work. F1 per mode on gold passages.
 * Arguments: STORIES.jsonl (title + text or body; e.g. Reuters) GOLD.jsonl... [N stories, default 300 via -Dn] [rounds -Drounds=3]
 */
public final class DealsBench {
    private enum Mode { NO_DEALS, OFF, GATED, ALL }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DealsBench STORIES.jsonl GOLD.jsonl...");
            System.exit(2);
        }
        int n = Integer.getInteger("n", 300);
        int rounds = Integer.getInteger("rounds", 3);
        List<Article> stories = read(Path.of(args[0]), n);
        List<DealGold> gold = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            gold.addAll(DealGold.read(Path.of(args[i])));
        }
        WharfConfig config = WharfConfig.defaults(Map.of());
        CoreNlpAnnotator annotator = CoreNlpAnnotator.shared(StageSettings.nlp(config));
        Taxonomy taxonomy = Taxonomy.bundled();
        Gazetteer gazetteer = GazetteerLoader.load(List.of(), null, taxonomy);
        Map<Mode, ArticleClassifier> classifiers = new EnumMap<>(Mode.class);
        for (Mode m : Mode.values()) {
            DealExtractor.Parsing p = m == Mode.GATED ? DealExtractor.Parsing.GATED : m == Mode.ALL ? DealExtractor.Parsing.ALL : DealExtractor.Parsing.OFF;
            classifiers.put(m, new ArticleClassifier(annotator, gazetteer, taxonomy, io.wharf.classify.categories.CategoryModel.bundled(),
                    StageSettings.categorySettings(config), p, Clock.systemUTC()));
        }
        List<CoreNlpAnnotator.Annotated> annotated = new ArrayList<>();
        Map<Mode, double[]> ms = new EnumMap<>(Mode.class);
        classifiers.keySet().forEach(m -> ms.put(m, new double[rounds]));
        double[] annotation = new double[rounds];
        for (int warm = -1; warm < rounds; warm++) { // one unmeasured pass first: JIT and the parser's first load
            annotated.clear();
            long t0 = System.nanoTime();
            for (Article a : stories) {
                annotated.add(annotator.annotate(List.of(a.title(), a.text())));
            }
            double annotate = (System.nanoTime() - t0) / 1e6 / stories.size();
            Mode[] order = Mode.values();
            for (int k = 0; k < order.length; k++) {
                Mode m = order[(k + Math.max(warm, 0)) % order.length]; // rotate the order so drift favours no mode
                ArticleClassifier c = classifiers.get(m);
                long t1 = System.nanoTime();
                for (int i = 0; i < stories.size(); i++) {
                    ArticleClassifier.Analysis a = c.analyse(stories.get(i), annotated.get(i).entities(), annotated.get(i).sentences());
                    c.categories(a);
                    if (m != Mode.NO_DEALS) {
                        c.deals(a);
                    }
                }
                if (warm >= 0) {
                    ms.get(m)[warm] = annotate + (System.nanoTime() - t1) / 1e6 / stories.size();
                }
            }
            if (warm >= 0) {
                annotation[warm] = annotate;
                System.err.printf(Locale.ROOT, "round %d: annotation %.2f ms/article; per article: no deals %.2f, off %.2f, gated %.2f, all %.2f ms%n",
                        warm + 1, annotate, ms.get(Mode.NO_DEALS)[warm], ms.get(Mode.OFF)[warm], ms.get(Mode.GATED)[warm], ms.get(Mode.ALL)[warm]);
            }
        }
        StringBuilder out = new StringBuilder("{\"stories\":" + stories.size() + ",\"rounds\":" + rounds + ",\"goldPassages\":" + gold.size());
        for (Mode m : Mode.values()) {
            double t = ClassifyBench.median(ms.get(m));
            out.append(String.format(Locale.ROOT, ",\"%sArticlesPerSecond\":%.2f", key(m), 1000 / t));
            if (m != Mode.NO_DEALS) {
                DealEvaluation.Counts f = new DealEvaluation(classifiers.get(m)).evaluate(gold, null).byType().get("ALL");
                out.append(String.format(Locale.ROOT, ",\"%sF1\":%.4f", key(m), f.f1()));
            }
        }
        double noDeals = ClassifyBench.median(ms.get(Mode.NO_DEALS));
        out.append(String.format(Locale.ROOT, ",\"gatedOverAllThroughput\":%.2f,\"offTimeOverNoDeals\":%.3f,\"gatedTimeOverNoDeals\":%.3f,"
                + "\"annotationMsPerArticle\":%.2f}", ClassifyBench.median(ms.get(Mode.ALL)) / ClassifyBench.median(ms.get(Mode.GATED)),
                ClassifyBench.median(ms.get(Mode.OFF)) / noDeals, ClassifyBench.median(ms.get(Mode.GATED)) / noDeals, ClassifyBench.median(annotation)));
        System.out.println(out);
    }

    private static String key(Mode m) {
        return switch (m) {
            case NO_DEALS -> "noDeals";
            case OFF -> "dealsSurface";
            case GATED -> "dealsGatedParse";
            case ALL -> "dealsParseAll";
        };
    }

    private static List<Article> read(Path file, int n) throws Exception {
        List<Article> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (out.size() >= n || line.isBlank()) {
                continue;
            }
            JsonNode j = Json.mapper().readTree(line);
            String text = j.hasNonNull("text") ? j.get("text").asText() : j.path("body").asText("");
            String url = "bench:deals:" + out.size();
            if (!text.isBlank()) {
                out.add(new Article(ArticleIds.of(url), url, url, "bench", j.path("title").asText(""), text, "", null, Instant.now(), "en", null));
            }
        }
        return out;
    }
}
