package io.wharf.classify.categories;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.wharf.classify.text.Token;
import io.wharf.classify.text.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the wording of an article says about each category, learned from labelled articles: per category, the
 * log-odds of each word and word pair between articles labelled with it and the others (one-vs-rest multinomial
 * naive Bayes, add-half smoothing). It reads the vocabulary no keyword list names ("endpoint protection", "data
 * reduction"). An article's score is the mean log-odds of its words, centred on the training articles' mean.
 * Learned by {@link WordEvidenceTrainer}. Thread-safe: immutable.
 */
public final class WordEvidence {
    /** A labelled article, as the trainer needs it. */
    public record Labelled(String title, String text, Set<String> categories) {}

    /** Scores are means over a few hundred words: scaled up to the range of the other features. */
    private static final double SCALE = 10;
    private static final Set<String> STOP = Set.of("the", "a", "an", "and", "or", "of", "to", "in", "for", "on", "with", "by",
            "is", "are", "be", "as", "at", "from", "that", "this", "it", "its", "was", "were", "has", "have", "had", "said",
            "will", "would", "can", "could", "which", "who", "their", "they", "he", "she", "his", "her", "than", "more", "also",
            "but", "not", "into", "about", "after", "over", "new", "one", "two", "s");

    private final Map<String, Map<String, Double>> weights;
    private final Map<String, Double> mean;
    /** The learned categories, sorted, and per word their weights in that order: one lookup per word, not 13. */
    private final List<String> ids;
    private final Map<String, double[]> byWord;

    /**
     * @param weights per category id, per word or "word_word" pair
     * @param mean    per category id, the mean score of the training articles
     */
    @JsonCreator
    public WordEvidence(@JsonProperty("weights") Map<String, Map<String, Double>> weights, @JsonProperty("mean") Map<String, Double> mean) {
        if (weights == null || mean == null) {
            throw new IllegalArgumentException("category model: 'words' needs both 'weights' and 'mean'");
        }
        Map<String, Map<String, Double>> copy = new HashMap<>();
        weights.forEach((c, w) -> copy.put(c, Map.copyOf(w))); // deep: shared between threads
        this.weights = Map.copyOf(copy);
        this.mean = Map.copyOf(mean);
        this.ids = List.copyOf(new TreeSet<>(weights.keySet()));
        Map<String, double[]> index = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            int c = i;
            this.weights.get(ids.get(i)).forEach((word, w) -> index.computeIfAbsent(word, k -> new double[ids.size()])[c] = w);
        }
        this.byWord = index;
    }

    @JsonProperty("weights")
    public Map<String, Map<String, Double>> weights() {
        return weights;
    }

    @JsonProperty("mean")
    public Map<String, Double> mean() {
        return mean;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof WordEvidence w && w.weights.equals(weights) && w.mean.equals(mean);
    }

    @Override
    public int hashCode() {
        return Objects.hash(weights, mean);
    }

    /** How much more than a typical article this one's wording speaks of the category (0 for a category not learned). */
    public double score(String categoryId, String title, String text) {
        return score(categoryId, articleTokens(title, text));
    }

    /** @param words the article's {@link #tokens} */
    public double score(String categoryId, List<String> words) {
        Map<String, Double> w = weights.get(categoryId);
        if (w == null) {
            return 0;
        }
        double sum = 0;
        for (String t : words) {
            sum += w.getOrDefault(t, 0.0);
        }
        return centred(categoryId, sum, words.size());
    }

    /** The mean weight of an article's words, scaled, less the training articles' mean. */
    private double centred(String categoryId, double sum, int words) {
        return words == 0 ? 0 : SCALE * sum / words - mean.getOrDefault(categoryId, 0.0);
    }

    /** The words of the article that speak most for the category: the evidence to show. */
    public List<String> strongest(String categoryId, List<String> words, int n) {
        Map<String, Double> w = weights.getOrDefault(categoryId, Map.of());
        return words.stream().distinct().filter(t -> w.getOrDefault(t, 0.0) > 0)
                .sorted(Comparator.comparingDouble((String t) -> -w.get(t))).limit(n).map(t -> t.replace('_', ' ')).toList();
    }

    /**
     * The signals with this wording's scores, for every category with evidence or a learned wording: the whole
     * article's, and the best of its passages' (runs of {@link #PASSAGE_WORDS} words of the text, neighbours' pairs
     * included), where an area a survey gives one paragraph of six speaks undiluted.
     */
    public Map<String, CategorySignals> apply(Map<String, CategorySignals> signals, String title, String text) {
        List<String> textWords = contentWords(text); // read once: the passages and the whole article use them
        double[] peaks = peaks(textWords);
        List<String> tokens = articleTokens(contentWords(title), textWords);
        double[] sums = new double[ids.size()];
        Map<String, double[]> distinct = new LinkedHashMap<>(); // words with a weight, in order of first appearance
        for (String t : tokens) {
            double[] w = byWord.get(t);
            if (w != null) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] += w[i];
                }
                distinct.putIfAbsent(t, w);
            }
        }
        Map<String, CategorySignals> out = new LinkedHashMap<>();
        Set<String> all = new LinkedHashSet<>(signals.keySet());
        all.addAll(ids);
        for (String id : all) {
            CategorySignals s = signals.getOrDefault(id, CategorySignals.none(id));
            int i = ids.indexOf(id);
            if (i < 0) {
                out.put(id, s.withWords(0, 0, List.of()));
                continue;
            }
            double score = centred(id, sums[i], tokens.size());
            List<String> strongest = distinct.entrySet().stream().filter(e -> e.getValue()[i] > 0)
                    .sorted(Comparator.comparingDouble(e -> -e.getValue()[i])).limit(3).map(e -> e.getKey().replace('_', ' ')).toList();
            out.put(id, s.withWords(score, Double.isNaN(peaks[i]) ? score : peaks[i], strongest));
        }
        return out;
    }

    /** Content words per passage: about {@link CategoryEvidence#PASSAGE_WORDS} words of running text. */
    static final int PASSAGE_WORDS = CategoryEvidence.PASSAGE_WORDS / 2;

    /** Per learned category (in the order of {@link #ids}), the best centred score of a passage of the text; NaN without one. */
    private double[] peaks(List<String> words) {
        double[] best = new double[ids.size()];
        java.util.Arrays.fill(best, Double.NaN);
        for (int from = 0; from < words.size(); from += PASSAGE_WORDS) {
            int to = Math.min(words.size(), from + PASSAGE_WORDS);
            if (to - from < PASSAGE_WORDS / 2 && from > 0) {
                break; // a short tail says too little on its own
            }
            double[] sums = new double[ids.size()];
            int n = 0;
            for (int k = from; k < to; k++) {
                n += add(sums, words.get(k));
                if (k > from) {
                    n += add(sums, words.get(k - 1) + "_" + words.get(k));
                }
            }
            for (int i = 0; i < sums.length; i++) {
                double score = centred(ids.get(i), sums[i], n);
                best[i] = Double.isNaN(best[i]) ? score : Math.max(best[i], score);
            }
        }
        return best;
    }

    /** Adds a token's weights to the sums; returns 1 (every token counts in the mean, weighted or not). */
    private int add(double[] sums, String token) {
        double[] w = byWord.get(token);
        if (w != null) {
            for (int i = 0; i < sums.length; i++) {
                sums[i] += w[i];
            }
        }
        return 1;
    }

    /** The words of an article, its title counted twice: a headline says what the story is about. */
    public static List<String> articleTokens(String title, String text) {
        return articleTokens(contentWords(title), contentWords(text));
    }

    /** The title's content words twice, then the text's, with their pairs (as if read as one text). */
    private static List<String> articleTokens(List<String> titleWords, List<String> textWords) {
        List<String> words = new ArrayList<>(titleWords);
        words.addAll(titleWords);
        words.addAll(textWords);
        return withPairs(words);
    }

    /** Lower-cased words without stop words and numbers, then each pair of neighbours joined by '_'. */
    public static List<String> tokens(String text) {
        return withPairs(contentWords(text));
    }

    private static List<String> withPairs(List<String> words) {
        List<String> out = new ArrayList<>(words);
        for (int i = 1; i < words.size(); i++) {
            out.add(words.get(i - 1) + "_" + words.get(i));
        }
        return out;
    }

    /** Lower-cased words without stop words and numbers, in order. */
    private static List<String> contentWords(String text) {
        List<String> words = new ArrayList<>();
        for (Token t : Tokens.words(text)) {
            if (!STOP.contains(t.norm()) && !t.norm().chars().allMatch(Character::isDigit)) {
                words.add(t.norm());
            }
        }
        return words;
    }
}
