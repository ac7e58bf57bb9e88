package io.wharf.classify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Scoring with the real models: how predicted companies meet the gold set's ids. */
class ClassifyEvaluationTest {
    static ClassifyEvaluation evaluation;

    @BeforeAll
    static void load() {
        Taxonomy taxonomy = Taxonomy.bundled();
        evaluation = new ClassifyEvaluation(new ArticleClassifier(CoreNlpAnnotator.shared(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 3_000)),
                GazetteerLoader.load(List.of(), null, taxonomy), taxonomy, Clock.systemUTC()));
    }

    static SetScore companies(List<String> goldIds) {
        GoldArticle g = new GoldArticle("e1", "Samsung Backs Portworx", "Samsung Electronics joined the round in Portworx, Inc.",
                goldIds, List.of(), List.of("storage"));
        return evaluation.evaluate("original", List.of(g), null).companies();
    }

    @Test
    void aGoldIdSpelledAsOneOfTheCompanysOwnNamesMatches() {
        SetScore s = companies(List.of("samsung", "portworx"));
        assertThat(s.tp()).isEqualTo(2);
        assertThat(s.fp()).isZero();
    }

    @Test
    void aGoldIdOfAnotherCompanyStillMisses() {
        SetScore s = companies(List.of("samsung-sds", "portworx"));
        assertThat(s.tp()).isEqualTo(1);
        assertThat(s.fp()).isEqualTo(1);
        assertThat(s.fn()).isEqualTo(1);
    }

    @Test
    void aGoldIdThatIsAnotherGazetteerCompanyDoesNotMatchAnAlias() {
        GoldArticle g = new GoldArticle("e2", "AWS Adds a Container Service", "Amazon Web Services launched the service on Tuesday.",
                List.of("amazon"), List.of(), List.of("orchestration"));
        SetScore s = evaluation.evaluate("original", List.of(g), null).companies();
        assertThat(s.tp()).isZero(); // "Amazon" is an alias of AWS, but amazon is the id of Amazon.com
        assertThat(s.fn()).isEqualTo(1);
    }
}
