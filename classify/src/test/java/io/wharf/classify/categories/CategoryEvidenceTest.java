package io.wharf.classify.categories;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.model.CompanySalience;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CategoryEvidenceTest {
    static Taxonomy taxonomy;
    static Gazetteer gazetteer;
    static CategoryEvidence evidence;

    @BeforeAll
    static void load() throws URISyntaxException {
        taxonomy = Taxonomy.load(Path.of(CategoryEvidenceTest.class.getResource("/taxonomy/two-categories.yml").toURI()));
        gazetteer = GazetteerLoader.load(List.of(), null, Taxonomy.bundled());
        evidence = new CategoryEvidence(taxonomy, gazetteer);
    }

    @Test
    void everydayWordsOfAFieldAreCappedSoTheyNeverDecideAlone() {
        Map<String, CategorySignals> s = evidence.collect("", "An attacker stole passwords in a breach; the intrusion used "
                + "malware and an exploit, and stolen tokens followed the breach.", List.of(), List.of());
        assertThat(s.get("security").related()).isEqualTo(CategoryEvidence.RELATED_CAP);
        assertThat(s.get("security").strong()).isZero();
        assertThat(s.get("security").keyword()).isZero();
    }

    @Test
    void aKeywordMatchesInTheOtherGrammaticalNumber() {
        Map<String, CategorySignals> s = evidence.collect("", "The team ships two vulnerability scanners.", List.of(), List.of());
        assertThat(s.get("security").keyword()).isPositive();
        assertThat(s.get("security").why()).contains("vulnerability scanner");
    }

    @Test
    void repeatsOfOnePhraseCountOnceAmongTheDistinctPhrasesAndAddLessAndLess() {
        Map<String, CategorySignals> once = evidence.collect("", "Body text about kubernetes here.", List.of(), List.of());
        Map<String, CategorySignals> thrice = evidence.collect("", "Body text about kubernetes, kubernetes and kubernetes.",
                List.of(), List.of());
        assertThat(thrice.get("orchestration").phrases()).isEqualTo(1);
        assertThat(thrice.get("orchestration").keyword()).isLessThan(3 * once.get("orchestration").keyword());
        Map<String, CategorySignals> two = evidence.collect("", "Body text about kubernetes and a cluster manager.", List.of(), List.of());
        assertThat(two.get("orchestration").phrases()).isEqualTo(2);
    }

    @Test
    void theTitleWeighsMoreAndIsCountedApart() {
        CategorySignals inTitle = evidence.collect("Kubernetes everywhere", "Nothing else.", List.of(), List.of()).get("orchestration");
        CategorySignals inBody = evidence.collect("Nothing", "Much later in the body, far from the lead: ".repeat(10) + "kubernetes.",
                List.of(), List.of()).get("orchestration");
        assertThat(inTitle.title()).isPositive();
        assertThat(inBody.title()).isZero();
        assertThat(inTitle.keyword()).isGreaterThan(inBody.keyword());
    }

    @Test
    void theMostSalientCompanyLendsItsMainBusinessMost() {
        String company = gazetteer.company("snyk") != null ? "snyk" : null;
        assertThat(company).as("snyk is in the bundled gazetteer").isNotNull();
        Map<String, CategorySignals> s = evidence.collect("Snyk raises money", "Snyk said so.",
                List.of(new CompanySalience("snyk", "Snyk", 1.0, 2)), List.of());
        assertThat(s.get("security").topCompany()).isEqualTo(1.0);
        assertThat(s.get("security").prior()).isPositive();
        assertThat(s.get("security").why()).contains("company: Snyk");
    }

    /** An area discussed in a passage of its own leads that passage; a word in passing is mentioned but leads none. */
    @Test
    void anAreaWithAPassageOfItsOwnLeadsItAndAWordInPassingLeadsNone() {
        String filler = "The report goes on with more findings from the year. ".repeat(4);
        String survey = "Container orchestration came first: kubernetes and one cluster manager after another. " + filler
                + "Image scanning came next, with a vulnerability scanner in every pipeline and compliance checks. " + filler;
        Map<String, CategorySignals> s = evidence.collect("", survey, List.of(), List.of());
        assertThat(s.get("orchestration").passages()).isEqualTo(1);
        assertThat(s.get("security").passages()).isEqualTo(1);
        String news = "Kubernetes 2.0 ships a new cluster manager and container orchestration for kubernetes users, "
                + "with a note on compliance. " + filler;
        Map<String, CategorySignals> n = evidence.collect("", news, List.of(), List.of());
        assertThat(n.get("orchestration").passages()).isEqualTo(1);
        assertThat(n.get("security").mentions()).isEqualTo(1);
        assertThat(n.get("security").passages()).isZero();
    }
}
