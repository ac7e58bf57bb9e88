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
        // the first sentence alone reads as done (a past tense, no status word); the second says it is pending
        String text = "Cisco bought Splunk for $28 billion in cash. The transaction is expected to close by the third quarter of 2024.";
        List<Deal> deals = classify("", text, "2023-09-21T00:00:00Z");
        assertThat(deals).hasSize(1);
        Deal d = deals.get(0);
        assertThat(d.status()).isEqualTo(Deal.Status.ANNOUNCED);
        assertThat(classify("", text.substring(0, text.indexOf(". ") + 1), "2023-09-21T00:00:00Z").get(0).status()).isEqualTo(Deal.Status.COMPLETED);
        assertThat(text.substring(d.evidence().begin(), d.evidence().end())).isEqualTo(d.evidence().sentence());
        assertThat(d.evidence().sentence()).startsWith("Cisco bought");
    }

    /** Found in review: a deal only the headline states points into the title, not into the text at the same offsets. */
    @Test
    void evidenceFromTheHeadlineSaysSo() {
        Deal d = classify("Cisco to buy Portshift", "The startup secures Kubernetes workloads.", "2021-10-05T00:00:00Z").get(0);
        assertThat(d.evidence().field()).isEqualTo(io.wharf.model.CompanyMention.Field.TITLE);
        assertThat("Cisco to buy Portshift".substring(d.evidence().begin(), d.evidence().end())).isEqualTo(d.evidence().sentence());
    }

    @Test
    void investorsNamedWithTheLeadsOrInASentenceOfTheirOwn() {
        Deal d = classify("", "Mistral AI has closed a €385 million Series A round led by Andreessen Horowitz, with Lightspeed Venture Partners "
                + "and Salesforce. General Catalyst and BNP Paribas also participated.", "2023-12-11T00:00:00Z").get(0);
        assertThat(d.parties(Deal.Role.LEAD_INVESTOR)).extracting(Deal.Party::name).containsExactly("Andreessen Horowitz");
        assertThat(d.parties(Deal.Role.INVESTOR)).extracting(Deal.Party::name).hasSize(4)
                .anySatisfy(n -> assertThat(n).contains("Lightspeed")).anySatisfy(n -> assertThat(n).contains("BNP Paribas"));
    }

    /** Found in review: a merger whose second side is dropped (a news outlet) threw a NullPointerException out of the extractor. */
    @Test
    void aMergerWithOneSideDroppedIsNoDealAndNoCrash() {
        assertThat(classify("", "Thomson and Reuters agreed to merge.", "2007-05-15T00:00:00Z")).isEmpty();
        assertThat(classify("", "Sprint and T-Mobile shares rose after the merger was approved.", "2020-04-01T00:00:00Z")).isEmpty();
    }

    /** Found in review: a termination fee, or software that blocks ransomware, ended deals that were alive. */
    @Test
    void aTerminationFeeEndsNothing() {
        String text = "Cisco agreed to buy Splunk for $28 billion. The agreement includes a termination fee of $1.48 billion.";
        assertThat(classify("", text, "2023-09-21T00:00:00Z").get(0).status()).isEqualTo(Deal.Status.ANNOUNCED);
        assertThat(classify("", "Cisco acquires Robust Intelligence, whose software blocks attacks on AI models.", "2024-08-27T00:00:00Z"))
                .allSatisfy(d -> assertThat(d.status()).isNotEqualTo(Deal.Status.TERMINATED));
    }

    /** Found in review: news of a pending deal was read as background ("founded in 2019", "after Cisco agreed"). */
    @Test
    void aPendingDealIsNoBackground() {
        assertThat(classify("", "Cisco agreed to acquire Portshift, an Israeli startup founded in 2019.", "2021-10-05T00:00:00Z"))
                .singleElement().satisfies(d -> assertThat(d.historical()).isFalse());
        assertThat(classify("", "Splunk shares jumped 20% after Cisco agreed to buy the company.", "2023-09-21T00:00:00Z"))
                .allSatisfy(d -> assertThat(d.historical()).isFalse());
    }

    static List<Deal> classify(String title, String text, String published) {
        return classifier.classify(new Article(ArticleIds.of("https://x.test/" + (title + text).hashCode()), "https://x.test/a",
                "https://x.test/a", "test", title, text, "", Instant.parse(published), Instant.now(), null, null)).deals();
    }
}
