package io.wharf.classify.deals;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.ArticleClassifier;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.eval.DealEvaluation;
import io.wharf.classify.eval.DealGold;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Deal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every form, status and hard negative of deal news, from the passages in deals/forms.jsonl (written for Wharf from the
 * facts of real deals), through the shipped gazetteer and the real CoreNLP models. Each passage must give exactly its
 * labelled deals with their fields.
 */
class DealExtractorTest {
    static ArticleClassifier classifier;
    static final Path FORMS = Path.of("src/test/resources/deals/forms.jsonl");

    @BeforeAll
    static void load() {
        Taxonomy taxonomy = Taxonomy.bundled();
        classifier = new ArticleClassifier(CoreNlpAnnotator.shared(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 3_000)),
                GazetteerLoader.load(List.of(), null, taxonomy), taxonomy, Clock.systemUTC());
    }

    static Stream<DealGold> forms() {
        return DealGold.read(FORMS).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void eachFormGivesExactlyItsDealsWithTheirFields(DealGold passage) {
        DealEvaluation.Report r = new DealEvaluation(classifier).evaluate(List.of(passage), System.err);
        DealEvaluation.Counts all = r.byType().get("ALL");
        DealEvaluation.Counts background = r.byType().get("BACKGROUND");
        assertThat(all.fp + background.fp).as("spurious deals").isZero();
        assertThat(all.fn + background.fn).as("missed deals").isZero();
        r.fields().forEach((field, counts) -> assertThat(counts[0]).as(field).isEqualTo(counts[1]));
    }

    @Test
    void theLowerCasedEssayListsDockersFourPurchases() {
        DealGold essay = forms().filter(p -> p.id().equals("list-lowercase-essay")).findFirst().orElseThrow();
        List<Deal> deals = classify(essay.title(), essay.text(), "2019-06-01T00:00:00Z");
        assertThat(deals).extracting(d -> d.parties(Deal.Role.TARGET).get(0).companyId())
                .containsExactlyInAnyOrder("socketplane", "kitematic", "koality", "orchard");
        assertThat(deals).allSatisfy(d -> {
            assertThat(d.parties(Deal.Role.ACQUIRER).get(0).companyId()).isEqualTo("docker");
            assertThat(d.evidence().sentence()).contains("bought socketplane");
        });
    }

    @Test
    void aRumourAndItsCompletionMonthsLaterAreOneDealWhoseStatusMovesOn() {
        List<Deal> rumour = classify("", "Broadcom is in talks to buy VMware, according to people familiar with the matter.", "2022-05-22T00:00:00Z");
        List<Deal> done = classify("", "Broadcom has completed its acquisition of VMware for $69 billion.", "2023-11-22T00:00:00Z");
        assertThat(rumour).hasSize(1);
        assertThat(done).hasSize(1);
        assertThat(done.get(0).id()).isEqualTo(rumour.get(0).id());
        assertThat(rumour.get(0).status()).isEqualTo(Deal.Status.RUMORED);
        assertThat(done.get(0).status()).isEqualTo(Deal.Status.COMPLETED);
        assertThat(done.get(0).amount()).isEqualTo(69_000_000_000L);
    }

    @Test
    void aFollowingSentenceMovesTheStatusAndTheEvidencePointsAtTheSentence() {
        String text = "Cisco has agreed to buy Splunk for $28 billion in cash. The transaction is expected to close by the third quarter of 2024.";
        List<Deal> deals = classify("", text, "2023-09-21T00:00:00Z");
        assertThat(deals).hasSize(1);
        Deal d = deals.get(0);
        assertThat(d.status()).isEqualTo(Deal.Status.ANNOUNCED);
        assertThat(text.substring(d.evidence().begin(), d.evidence().end())).isEqualTo(d.evidence().sentence());
        assertThat(d.evidence().sentence()).startsWith("Cisco has agreed");
    }

    static List<Deal> classify(String title, String text, String published) {
        return classifier.classify(new Article(ArticleIds.of("https://x.test/" + (title + text).hashCode()), "https://x.test/a",
                "https://x.test/a", "test", title, text, "", Instant.parse(published), Instant.now(), null, null)).deals();
    }
}
