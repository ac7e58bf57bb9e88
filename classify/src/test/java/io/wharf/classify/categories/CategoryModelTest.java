package io.wharf.classify.categories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.model.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CategoryModelTest {
    static CategorySignals signals(String id, double strong, int phrases) {
        return new CategorySignals(id, strong, 0, 0, 0, 0, 0, 0, phrases, 0, 0, List.of("because"));
    }

    /** Positives carry decisive keywords, negatives none; half the negatives of "noisy" carry a weak one. */
    static List<CategoryModelTrainer.Example> examples() {
        List<CategoryModelTrainer.Example> out = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            out.add(new CategoryModelTrainer.Example(signals("a", 3 + i % 3, 3), 5, true));
            out.add(new CategoryModelTrainer.Example(signals("a", 0, 0), 5, false));
            out.add(new CategoryModelTrainer.Example(signals("noisy", i % 2 == 0 ? 0.7 : 0, i % 2), 5, false));
        }
        return out;
    }

    @Test
    void learnsToSeparateStrongEvidenceFromNone() {
        CategoryModel m = CategoryModelTrainer.train(examples(), null, "synthetic");
        assertThat(m.probability(signals("a", 4, 3), 4)).isGreaterThan(0.8);
        assertThat(m.probability(signals("a", 0, 0), 4)).isLessThan(0.2);
        assertThat(m.weights().get("strong")).isPositive();
        assertThat(m.bias().get("noisy")).isLessThan(m.bias().get("a"));
    }

    /** "a" is the subject exactly when it has decisive words; "everywhere" is the subject as often without them as with. */
    @Test
    void aCategoryWhoseWordsAreEverywhereLearnsToTrustThemLess() {
        List<CategoryModelTrainer.Example> examples = new ArrayList<>(examples());
        for (int i = 0; i < 40; i++) {
            examples.add(new CategoryModelTrainer.Example(signals("everywhere", 3 + i % 3, 3), 5, i % 4 == 0));
            examples.add(new CategoryModelTrainer.Example(signals("everywhere", 0, 0), 5, i % 4 == 1));
        }
        CategoryModel m = CategoryModelTrainer.train(examples, null, "synthetic");
        assertThat(m.deviations().get("everywhere").get("strong")).isNegative();
        assertThat(m.probability(signals("a", 4, 3), 4)).isGreaterThan(0.8);
        assertThat(m.probability(signals("everywhere", 4, 3), 4)).isLessThan(0.5);
    }

    @Test
    void trainingIsDeterministicAndTheModelSurvivesAFile(@TempDir Path dir) throws Exception {
        CategoryModel m = CategoryModelTrainer.train(examples(), null, "synthetic");
        assertThat(CategoryModelTrainer.train(examples(), null, "synthetic")).isEqualTo(m);
        Path file = dir.resolve("model.json");
        m.write(file);
        assertThat(CategoryModel.load(file)).isEqualTo(m);
    }

    @Test
    void aModelWithAWordingModelSurvivesAFile(@TempDir Path dir) throws Exception {
        WordEvidence words = WordEvidenceTrainer.train(WordEvidenceTest.articles(), List.of("storage", "security"));
        CategoryModel m = CategoryModelTrainer.train(examples(), words, "synthetic");
        Path file = dir.resolve("model.json");
        m.write(file);
        CategoryModel back = CategoryModel.load(file);
        assertThat(back).isEqualTo(m);
        assertThat(back.words().score("storage", "Replicas", "Snapshots of volumes.")).isEqualTo(words.score("storage", "Replicas", "Snapshots of volumes."));
    }

    /** Regression: a model trained on the bundled taxonomy tagged articles with categories a user's taxonomy dropped. */
    @Test
    void aModelNeverBringsCategoriesTheTaxonomyDoesNotHave() throws Exception {
        Taxonomy two = Taxonomy.load(Path.of(CategoryModelTest.class.getResource("/taxonomy/two-categories.yml").toURI()));
        WordEvidence words = WordEvidenceTrainer.train(WordEvidenceTest.articles(), List.of("storage", "security"));
        Map<String, Double> w = new LinkedHashMap<>();
        CategoryModel.FEATURES.forEach(f -> w.put(f, 0.0));
        w.put("words", 5.0);
        CategoryModel m = new CategoryModel("hand", 0, w, Map.of(), null, words);
        CategoryScorer scorer = new CategoryScorer(two, io.wharf.classify.companies.GazetteerLoader.load(List.of(), null, two), m,
                new CategoryScorer.Settings(0.5, 3));
        assertThat(scorer.decide(Map.of(), "Snapshots", "Volumes get snapshots and replicas across zones."))
                .extracting(Category::id).doesNotContain("storage");
    }

    @Test
    void aModelFileWithoutAFeatureIsRefusedWithItsName(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("model.json");
        Files.writeString(file, "{\"trainedOn\":\"x\",\"intercept\":0,\"weights\":{\"strong\":1},\"bias\":{}}");
        assertThatThrownBy(() -> CategoryModel.load(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("no weight for feature");
    }

    @Test
    void theBundledModelLoadsAndHasEveryFeature() {
        assertThat(CategoryModel.bundled().weights()).containsKeys(CategoryModel.FEATURES.toArray(String[]::new));
    }

    @Test
    void decideKeepsThoseOverTheThresholdAtMostMaxAndElseTheLikeliestWithEnoughEvidence() {
        Map<String, Double> w = new LinkedHashMap<>();
        CategoryModel.FEATURES.forEach(f -> w.put(f, 0.0));
        w.put("strong", 2.0);
        CategoryModel m = new CategoryModel("hand", -3, w, Map.of(), null, null);
        Map<String, CategorySignals> s = new LinkedHashMap<>();
        s.put("a", signals("a", 20, 1));
        s.put("b", signals("b", 10, 1));
        s.put("c", signals("c", 5, 1));
        assertThat(CategoryScorer.decide(s, m, new CategoryScorer.Settings(0.5, 2))).extracting(Category::id).containsExactly("a", "b");
        Map<String, CategorySignals> weak = Map.of("a", signals("a", 0.9, 1), "b", signals("b", 0.1, 1));
        List<Category> fallback = CategoryScorer.decide(weak, m, CategoryScorer.Settings.DEFAULTS);
        assertThat(fallback).extracting(Category::id).containsExactly("a");
        assertThat(fallback.get(0).score()).isLessThan(0.5);
        assertThat(CategoryScorer.decide(Map.of("a", signals("a", 0.2, 1)), m, CategoryScorer.Settings.DEFAULTS)).isEmpty();
    }
}
