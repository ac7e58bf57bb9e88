package io.wharf.classify.categories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.model.Category;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled taxonomy, gazetteer and model with the default settings, on articles written for these cases. */
class CategoryScorerTest {
    static CategoryScorer scorer;

    @BeforeAll
    static void load() {
        Taxonomy taxonomy = Taxonomy.bundled();
        scorer = new CategoryScorer(taxonomy, GazetteerLoader.load(List.of(), null, taxonomy), CategoryModel.bundled(),
                CategoryScorer.Settings.DEFAULTS);
    }

    static List<Category> score(String fixture) throws Exception {
        List<String> lines = Files.readAllLines(Path.of(CategoryScorerTest.class.getResource("/categories/" + fixture).toURI()));
        return scorer.score(lines.get(0), String.join("\n", lines.subList(1, lines.size())), List.of(), List.of());
    }

    /**
     * Regression (issue 15): a survey of the container ecosystem that discusses operating systems, orchestration,
     * storage, networking, security and management one after another got two categories, because the top three at
     * most were kept and a survey's areas each look secondary next to the best one.
     */
    @Test
    void aSurveyGetsEveryAreaItDiscussesInSubstanceWithItsScoreMostLikelyFirst() throws Exception {
        List<Category> got = score("ecosystem-survey.txt");
        assertThat(got).extracting(Category::id).contains("container-os", "orchestration", "storage", "networking", "security",
                "monitoring");
        assertThat(got).isSortedAccordingTo((a, b) -> Double.compare(b.score(), a.score()));
        assertThat(got).allSatisfy(c -> assertThat(c.score()).isBetween(CategoryScorer.Settings.DEFAULTS.threshold(), 1.0));
    }

    @Test
    void aShortProductReleaseStillGetsOneOrTwo() throws Exception {
        List<Category> got = score("product-release.txt");
        assertThat(got).extracting(Category::id).contains("storage").hasSizeBetween(1, 2);
    }
}
