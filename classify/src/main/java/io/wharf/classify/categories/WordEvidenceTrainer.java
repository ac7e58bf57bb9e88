package io.wharf.classify.categories;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Learns a {@link WordEvidence} from labelled articles: per category, the log-odds of each word and word pair between
 * the articles labelled with it and the others (one-vs-rest multinomial naive Bayes, add-half smoothing).
 */
public final class WordEvidenceTrainer {
    /** Words seen fewer times than this over all training articles carry no weight (spelling noise, names). */
    private static final int MIN_COUNT = 3;
    private static final double SMOOTHING = 0.5;
    private static final double MIN_WEIGHT = 0.2;

    private WordEvidenceTrainer() {}

    public static WordEvidence train(List<WordEvidence.Labelled> articles, List<String> categoryIds) {
        Map<String, Map<String, Integer>> in = new HashMap<>();
        Map<String, Map<String, Integer>> out = new HashMap<>();
        Map<String, Integer> all = new HashMap<>();
        for (WordEvidence.Labelled a : articles) {
            List<String> words = WordEvidence.articleTokens(a.title(), a.text());
            for (String c : categoryIds) {
                Map<String, Integer> side = (a.categories().contains(c) ? in : out).computeIfAbsent(c, k -> new HashMap<>());
                words.forEach(w -> side.merge(w, 1, Integer::sum));
            }
            words.forEach(w -> all.merge(w, 1, Integer::sum));
        }
        List<String> vocabulary = all.entrySet().stream().filter(e -> e.getValue() >= MIN_COUNT).map(Map.Entry::getKey).toList();
        Map<String, Map<String, Double>> weights = new HashMap<>();
        for (String c : categoryIds) {
            Map<String, Integer> pos = in.getOrDefault(c, Map.of());
            Map<String, Integer> neg = out.getOrDefault(c, Map.of());
            double posTotal = vocabulary.stream().mapToInt(w -> pos.getOrDefault(w, 0)).sum() + SMOOTHING * vocabulary.size();
            double negTotal = vocabulary.stream().mapToInt(w -> neg.getOrDefault(w, 0)).sum() + SMOOTHING * vocabulary.size();
            Map<String, Double> wc = new HashMap<>();
            for (String w : vocabulary) {
                double lo = Math.log((pos.getOrDefault(w, 0) + SMOOTHING) / posTotal) - Math.log((neg.getOrDefault(w, 0) + SMOOTHING) / negTotal);
                if (Math.abs(lo) >= MIN_WEIGHT) { // near-neutral words change little and would only fatten the model file
                    wc.put(w, Math.round(lo * 1000) / 1000.0);
                }
            }
            weights.put(c, wc);
        }
        WordEvidence raw = new WordEvidence(weights, Map.of());
        Map<String, Double> mean = new HashMap<>();
        for (String c : categoryIds) {
            mean.put(c, articles.stream().mapToDouble(a -> raw.score(c, a.title(), a.text())).average().orElse(0));
        }
        return new WordEvidence(weights, mean);
    }
}
