package io.wharf.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.CategoryScorer;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cross-validation scores every article once, with a model that did not see it, and can say what it missed. */
class CategoryTrainingTest {
    static final String[][] ARTICLES = {
        {"Scanner finds flaws in container images", "The scanner checks images for known vulnerabilities and CVEs before deployment.", "security"},
        {"Runtime security tool blocks exploit", "An exploit of a kernel flaw was blocked by runtime threat detection and policy.", "security"},
        {"Vendor patches privilege escalation bug", "A privilege escalation vulnerability let attackers escape the sandbox; a patch is out.", "security"},
        {"Block storage for stateful workloads", "Persistent volumes, snapshots and replication keep database data safe across nodes.", "storage"},
        {"Object storage gains replication", "The object store adds erasure coding, backup and disaster recovery for volumes.", "storage"},
        {"Distributed file system release", "Volumes can now be resized online and snapshots are faster for persistent data.", "storage"},
        // the only "registry" label: when it is held out no model has seen one, so its miss is certain
        {"Quarterly results", "Revenue grew and the company hired staff in three offices.", "registry"},
    };

    static List<List<CategoryTraining.Labelled>> variants;
    static List<String> categoryIds;

    @org.junit.jupiter.api.BeforeAll
    static void analyse() {
        Taxonomy taxonomy = Taxonomy.bundled();
        ArticleClassifier classifier = new ArticleClassifier(CoreNlpAnnotator.shared(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 3_000)),
                GazetteerLoader.load(List.of(), null, taxonomy), taxonomy, Clock.systemUTC());
        List<GoldArticle> gold = new ArrayList<>();
        for (int i = 0; i < ARTICLES.length; i++) {
            gold.add(new GoldArticle("a" + i, ARTICLES[i][0], ARTICLES[i][1], List.of(), List.of(), List.of(ARTICLES[i][2])));
        }
        ClassifyEvaluation eval = new ClassifyEvaluation(classifier);
        variants = List.of(CategoryTraining.labelled(gold, eval.analyse("original", gold)));
        categoryIds = classifier.categoryIds();
    }

    @Test
    void everyArticleIsScoredOnceOutOfFoldAndItsMissesArePrinted() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<SetScore> scores = CategoryTraining.crossValidate(variants, categoryIds, 2, CategoryScorer.Settings.DEFAULTS,
                new PrintStream(out, true, StandardCharsets.UTF_8));
        SetScore s = scores.get(0);
        assertThat(s.tp() + s.fn()).isEqualTo(ARTICLES.length); // one gold category each, every article scored once
        String printed = out.toString(StandardCharsets.UTF_8);
        List<String> curve = printed.lines().filter(l -> l.contains(" threshold ")).toList();
        long errorLines = printed.lines().count() - curve.size();
        assertThat(printed.lines().filter(l -> !l.contains(" threshold ")))
                .allMatch(l -> l.matches("cv2 a\\d: categories missed \\[.*\\] extra \\[.*\\] p\\{.*\\}"));
        // and the out-of-fold figures per threshold, where classify.categories.threshold is chosen
        assertThat(curve).hasSizeGreaterThan(5)
                .allMatch(l -> l.matches("cv2 threshold 0\\.\\d\\d: categories P [01]\\.\\d{3} R [01]\\.\\d{3} F1 [01]\\.\\d{3}"));
        assertThat(errorLines).isPositive().isLessThanOrEqualTo(s.fn() + s.fp());
        assertThat(printed).contains("missed [registry]").containsPattern("p\\{[^}]*registry=0\\.\\d\\d");
    }

    /** Folds given per article, as `eval classify --by-set` gives one per gold file: each fold is scored apart. */
    @Test
    void givenFoldsAreScoredApartAndAddUpToTheTotal() {
        int[] foldOf = {0, 1, 2, 0, 1, 2, 2};
        CategoryTraining.FoldScores scores = CategoryTraining.crossValidate(variants, categoryIds, foldOf,
                CategoryScorer.Settings.DEFAULTS, "by-set", null);
        assertThat(scores.perFold().get(0)).hasSize(3);
        long gold = scores.perFold().get(0).stream().mapToLong(f -> f.tp() + f.fn()).sum();
        long tp = scores.perFold().get(0).stream().mapToLong(SetScore::tp).sum();
        assertThat(gold).isEqualTo(ARTICLES.length);
        assertThat(tp).isEqualTo(scores.total().get(0).tp());
        assertThat(scores.perFold().get(0).get(0).tp() + scores.perFold().get(0).get(0).fn()).isEqualTo(2);
        assertThat(scores.perFold().get(0).get(2).fn()).isPositive(); // the only registry article is in fold 2
    }
}
