package io.wharf.classify.categories;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A logistic model that turns a category's signals into the probability that the article is about that
 * category. Its weights are data (taxonomy/category-model.json), learned by {@link CategoryModelTrainer} from a
 * labelled set with `wharf train categories`. Thread-safe: immutable.
 *
 * @param trainedOn what the weights were learned from, for the record
 * @param weights   per feature name (see {@link #FEATURES})
 * @param bias      per category id: how often the category is the subject at equal evidence ("orchestration"
 *                  words appear in nearly every article of this industry; "storage" words mostly when it is)
 * @param deviations per category id, per feature: what that category adds to the shared weight (absent: 0)
 * @param words     the learned wording model behind the "words" feature (null: the feature is 0)
 */
public record CategoryModel(String trainedOn, double intercept, Map<String, Double> weights, Map<String, Double> bias,
                            Map<String, Map<String, Double>> deviations, WordEvidence words) {
    public static final String BUNDLED = "/taxonomy/category-model.json";
    /**
     * Amounts enter as log(1 + x); share is the category's evidence over the article's best; best is 1 for the best;
     * passages, mentions and wordsPeak say whether the category has passages of its own (see {@link CategorySignals}).
     */
    public static final List<String> FEATURES = List.of("strong", "keyword", "related", "title", "lead", "product", "prior",
            "topCompany", "phrases", "words", "share", "best", "passages", "mentions", "wordsPeak");

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).enable(SerializationFeature.INDENT_OUTPUT)
            .setSerializationInclusion(JsonInclude.Include.NON_NULL);

    public CategoryModel {
        if (weights == null || bias == null || weights.values().stream().anyMatch(Objects::isNull)
                || bias.values().stream().anyMatch(Objects::isNull)) {
            throw new IllegalArgumentException("category model: 'weights' and 'bias' must be present and hold numbers");
        }
        trainedOn = trainedOn == null ? "" : trainedOn;
        weights = Map.copyOf(weights);
        bias = Map.copyOf(bias);
        deviations = deviations == null ? Map.of() : deviations.entrySet().stream() // deep: shared between threads
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Map.copyOf(e.getValue())));
        deviations.forEach((c, d) -> d.keySet().stream().filter(f -> !FEATURES.contains(f)).findFirst().ifPresent(f -> {
            throw new IllegalArgumentException("category model: deviation of '" + c + "' names no feature: '" + f + "'");
        }));
        for (String f : FEATURES) {
            if (!weights.containsKey(f)) {
                throw new IllegalArgumentException("category model: no weight for feature '" + f + "'");
            }
        }
    }

    /** The features of one category of one article, in the order of {@link #FEATURES}. */
    public static double[] features(CategorySignals s, double bestTotal) {
        double share = bestTotal <= 0 ? 0 : s.total() / bestTotal;
        return new double[] {Math.log1p(s.strong()), Math.log1p(s.keyword()), Math.log1p(s.related()), Math.log1p(s.title()),
            Math.log1p(s.lead()), Math.log1p(s.product()), Math.log1p(s.prior()), s.topCompany(), Math.log1p(s.phrases()),
            s.words(), share, bestTotal > 0 && s.total() >= bestTotal ? 1 : 0, Math.log1p(s.passages()), Math.log1p(s.mentions()),
            s.wordsPeak()};
    }

    /**
     * The signals with the wording's score added, for every category with evidence or a learned wording (the
     * wording alone can find a category no keyword named).
     */
    public Map<String, CategorySignals> withWords(Map<String, CategorySignals> signals, String title, String text) {
        return words == null ? signals : words.apply(signals, title, text);
    }

    public double probability(CategorySignals s, double bestTotal) {
        double[] x = features(s, bestTotal);
        double z = intercept + bias.getOrDefault(s.categoryId(), 0.0);
        Map<String, Double> own = deviations.getOrDefault(s.categoryId(), Map.of());
        for (int i = 0; i < x.length; i++) {
            z += (weights.get(FEATURES.get(i)) + own.getOrDefault(FEATURES.get(i), 0.0)) * x[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static CategoryModel bundled() {
        try (InputStream in = CategoryModel.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the bundled category model " + BUNDLED + " is missing");
            }
            return JSON.readValue(in, CategoryModel.class);
        } catch (IOException e) {
            throw new IllegalStateException("the bundled category model is unreadable: " + e.getMessage(), e);
        }
    }

    public static CategoryModel load(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return JSON.readValue(in, CategoryModel.class);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException("category model " + file + ", " + io.wharf.model.ParseErrors.describe(e), e);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalArgumentException("category model " + file + " is unreadable: " + e.getMessage(), e);
        }
    }

    /** Writes the model as JSON, map entries sorted by key so that a retrained model diffs line by line. */
    public void write(Path file) throws IOException {
        JSON.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValue(file.toFile(), this);
    }
}
