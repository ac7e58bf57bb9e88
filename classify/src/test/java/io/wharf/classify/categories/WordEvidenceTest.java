package io.wharf.classify.categories;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WordEvidenceTest {
    /** Storage stories talk of snapshots and replicas, security stories of attackers and patches. */
    static List<WordEvidence.Labelled> articles() {
        List<WordEvidence.Labelled> out = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            out.add(new WordEvidence.Labelled("Snapshot tool " + i, "Volumes get snapshots and replicas across zones; snapshots restore fast.",
                    Set.of("storage")));
            out.add(new WordEvidence.Labelled("Patch now " + i, "Attackers exploited the flaw; the vendor shipped a patch for attackers' entry point.",
                    Set.of("security")));
        }
        return out;
    }

    @Test
    void wordsOfACategorysArticlesScoreItAboveTheTypicalArticle() {
        WordEvidence w = WordEvidenceTrainer.train(articles(), List.of("storage", "security"));
        assertThat(w.score("storage", "New release", "It snapshots volumes and keeps replicas.")).isPositive();
        assertThat(w.score("security", "New release", "It snapshots volumes and keeps replicas.")).isNegative();
        assertThat(w.score("security", "Attackers again", "Attackers exploited a flaw before the patch.")).isPositive();
        assertThat(w.score("networking", "Anything", "at all")).isZero();
    }

    @Test
    void theStrongestWordsAreTheEvidenceShown() {
        WordEvidence w = WordEvidenceTrainer.train(articles(), List.of("storage", "security"));
        List<String> tokens = WordEvidence.tokens("Attackers exploited the flaw, and snapshots were fine");
        assertThat(w.strongest("security", tokens, 2)).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContain("snapshot"));
    }

    @Test
    void applyScoresEveryLearnedCategoryEvenWithoutKeywords() {
        WordEvidence w = WordEvidenceTrainer.train(articles(), List.of("storage", "security"));
        Map<String, CategorySignals> s = w.apply(Map.of(), "Replicas", "Snapshots of volumes, replicas everywhere.");
        assertThat(s).containsKeys("storage", "security");
        assertThat(s.get("storage").words()).isPositive();
        assertThat(s.get("storage").why()).anySatisfy(r -> assertThat(r).startsWith("words: "));
    }

    @Test
    void anEmptyArticleSaysNothingRatherThanMoreThanAverage() {
        WordEvidence w = WordEvidenceTrainer.train(articles(), List.of("storage", "security"));
        assertThat(w.score("storage", "", "")).isZero();
    }

    @Test
    void tokensDropStopWordsAndNumbersAndAddNeighbourPairs() {
        assertThat(WordEvidence.tokens("The 2 service meshes")).containsExactly("service", "meshes", "service_meshes");
    }

    /** apply (one lookup per word for all categories) must say what score and strongest say category by category. */
    @Test
    void applyAgreesWithTheCategoryByCategoryScoreOnTheBundledModel() {
        WordEvidence w = CategoryModel.bundled().words();
        String title = "Attackers Hit Kubernetes Clusters Through Exposed Dashboards";
        String text = "Researchers found cryptominers in clusters whose dashboards had no authentication; the vendor "
                + "patched the flaw and urged teams to rotate credentials and review network policies for their pods.";
        List<String> tokens = WordEvidence.articleTokens(title, text);
        Map<String, CategorySignals> applied = w.apply(Map.of(), title, text);
        assertThat(applied).hasSize(w.weights().size());
        for (String id : w.weights().keySet()) {
            assertThat(applied.get(id).words()).isCloseTo(w.score(id, tokens), org.assertj.core.api.Assertions.within(1e-12));
            List<String> strongest = w.strongest(id, tokens, 3);
            if (strongest.isEmpty()) {
                assertThat(applied.get(id).why()).noneMatch(r -> r.startsWith("words: "));
            } else {
                assertThat(applied.get(id).why()).contains("words: " + String.join(", ", strongest));
            }
        }
    }
}
