package io.wharf.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.GazetteerLoader;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.NlpSettings;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Category;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.EnrichedArticle;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The shipped gazetteer and taxonomy with the real CoreNLP models. */
class ArticleClassifierTest {
    static ArticleClassifier classifier;

    @BeforeAll
    static void load() {
        Taxonomy taxonomy = Taxonomy.bundled();
        classifier = new ArticleClassifier(CoreNlpAnnotator.shared(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 3_000)),
                GazetteerLoader.load(List.of(), null, taxonomy), taxonomy, Clock.systemUTC());
    }

    static EnrichedArticle classify(String title, String text) {
        return classifier.classify(new Article(ArticleIds.of("https://x.test/" + Objects.hash(title, text)), "https://x.test/a",
                "https://x.test/a", "test", title, text, "", null, Instant.now(), null, null));
    }

    static List<String> companies(EnrichedArticle e) {
        return e.companies().stream().map(c -> c.companyId() != null ? c.companyId() : "name:" + c.name()).toList();
    }

    @Test
    void mentionOffsetsPointAtTheSurfaceInTheirField() {
        EnrichedArticle e = classify("Red Hat to acquire CoreOS", "Red Hat, Inc. said it will pay $250 million for CoreOS, "
                + "the maker of Container Linux. Microsoft and IBM were not part of the deal.");
        assertThat(companies(e)).contains("red-hat", "coreos", "microsoft", "ibm");
        for (CompanyMention m : e.mentions()) {
            String field = m.field() == CompanyMention.Field.TITLE ? e.article().title() : e.article().text();
            assertThat(field.substring(m.begin(), m.end())).isEqualTo(m.surface());
        }
        assertThat(e.mentions()).anySatisfy(m -> assertThat(m.surface()).isEqualTo("Red Hat, Inc."));
    }

    /** Issue 12 point 16: "Reuter", the sign-off of every Reuters story, was tagged as a company. */
    @Test
    void theReuterSignOffIsNoCompany() {
        EnrichedArticle e = classify("PITTSTON AGREES TO ACQUIRE WTC", "Pittston Co said it has agreed to acquire WTC International N.V. "
                + "in an exchange of stock.\n    Reuter");
        assertThat(e.companies()).extracting(c -> c.name().toLowerCase(java.util.Locale.ROOT)).doesNotContain("reuter");
        assertThat(e.deals()).hasSize(1);
    }

    /** Ambiguous names: the company when the context says company, nothing when it says tool or word. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Docker raised $95 million in new funding, the company said on Tuesday.|docker",
        "To try it, run the service in a docker container and push the image to a registry.|",
        "Our team switched to Docker Compose files for local development.|",
        "Weaveworks said Weave Cloud now supports GitOps; Weave also raised a Series B.|weaveworks",
        "The cluster uses weave net for its overlay network.|",
        "Chef announced that Progress will acquire the company for $220 million.|chef,progress-software",
        "The chef cooked dinner for the whole engineering team.|",
        "Puppet, the configuration management company, named a new CEO.|puppet-labs",
        "It felt like a puppet show rather than a product launch.|",
        "Kubernetes 1.20 deprecates dockershim in favour of containerd.|",
        "Microsoft showed Nano Server running containers.|microsoft",
        "Atomic operations keep the counter consistent across nodes.|",
        "VMware released Photon OS as a lightweight host for containers.|vmware",
        "A swarm of bees delayed the outdoor keynote.|",
        "After weeks of pushback, Docker withdrew the plan to tighten pull limits.|docker",
        "Enterprises weighed it against Docker's tools and the rest of the stack.|docker",
        "Developers kept writing docker's flags into their scripts.|"})
    void ambiguousNamesFollowTheContext(String text, String expected) {
        List<String> want = expected == null ? List.of() : List.of(expected.split(","));
        assertThat(companies(classify("", text)).stream().filter(c -> !c.startsWith("name:")).toList())
                .containsExactlyInAnyOrderElementsOf(want);
    }

    /** Regression: a company that spells itself with a lower-case first letter was refused in cased text. */
    @Test
    void aNameSpelledLowerCaseFirstAsTheCompanyWritesItIsKept() {
        assertThat(companies(classify("", "Early adopters included eBay, which runs the mesh in production."))).contains("ebay");
    }

    /** The gold sets' convention: in this industry a bare "Amazon" is the cloud business; an exchange is no party. */
    @Test
    void bareAmazonIsAwsAndAStockExchangeIsNotACompany() {
        EnrichedArticle e = classify("Amazon adds a registry", "Amazon said the registry stores images next to ECS. "
                + "Separately, JFrog shares rose on the Nasdaq after the results.");
        assertThat(companies(e)).contains("amazon-web-services", "jfrog-ltd").doesNotContain("amazon", "name:Nasdaq", "nasdaq");
    }

    @Test
    void twoCompaniesJoinedByAndAreTwoButAStoplistedBodyStaysOne() {
        EnrichedArticle e = classify("", "Morgan Stanley, Goldman Sachs, J.P. Morgan and Credit Suisse led the offering. "
                + "The Competition and Markets Authority cleared the deal.");
        assertThat(companies(e)).contains("jpmorgan-chase-co", "credit-suisse")
                .noneMatch(c -> c.contains("Competition") || c.contains("Markets") || c.contains(" and "));
    }

    @Test
    void anUnknownNameThatBeginsWithAKnownMakerIsItsProduct() {
        EnrichedArticle e = classify("", "Logs now flow from the cluster into Azure Log Analytics and on to Splunk Cloud Monitor.");
        assertThat(companies(e)).noneMatch(c -> c.contains("Log Analytics") || c.contains("Monitor"));
    }

    @Test
    void anUnknownNameShapedLikeAProductIsNotACompany() {
        EnrichedArticle e = classify("", "Customers moved their workloads to the Unified Network Security Platform last year.");
        assertThat(companies(e)).noneMatch(c -> c.contains("Platform"));
    }

    @Test
    void lowerCasedTextWithoutPunctuationStillFindsTheCompanies() {
        EnrichedArticle e = classify("red hat to buy coreos", "red hat agreed to buy coreos for 250 million dollars "
                + "pure storage and portworx were not involved");
        assertThat(companies(e)).contains("red-hat", "coreos", "pure-storage", "portworx");
    }

    @Test
    void theArticleIsAboutTheCompanyInTheTitleNotTheOneInPassing() {
        EnrichedArticle e = classify("Portworx raises $27 million for container storage",
                "Portworx, which makes persistent storage for Kubernetes, raised a Series C. Portworx customers run on "
                        + "several clouds. Its software also runs on Amazon Web Services.");
        List<CompanySalience> ranked = e.companies();
        assertThat(ranked.get(0).companyId()).isEqualTo("portworx");
        assertThat(ranked.get(0).salience()).isEqualTo(1.0);
        CompanySalience aws = ranked.stream().filter(c -> "amazon-web-services".equals(c.companyId())).findFirst().orElseThrow();
        assertThat(aws.salience()).isLessThan(0.5);
    }

    @Test
    void categoriesComeWithTheirEvidence() {
        EnrichedArticle e = classify("Mesosphere adds Kubernetes to DC/OS",
                "The container orchestration platform now schedules Kubernetes clusters next to Marathon workloads.");
        assertThat(e.categories()).extracting(Category::id).contains("orchestration");
        Category c = e.categories().stream().filter(x -> x.id().equals("orchestration")).findFirst().orElseThrow();
        assertThat(c.evidence()).anySatisfy(ev -> assertThat(ev).containsIgnoringCase("kubernetes"));
    }

    /**
     * Regression: a funding story that names no technology got no category at all, although the company it is
     * about says what part of the stack it is (the company prior was never allowed to decide).
     */
    @Test
    void aFundingStoryWithoutTechnologyWordsGetsTheCategoryOfItsCompany() {
        EnrichedArticle e = classify("Snyk closes a new round",
                "Snyk has closed another round of funding, the Boston startup said on Monday, and will spend it on hiring.");
        assertThat(e.categories()).extracting(Category::id).containsExactly("security");
        assertThat(e.categories().get(0).evidence()).contains("company: Snyk");
    }

    @Test
    void breachVocabularyMakesAStoryASecurityStory() {
        EnrichedArticle e = classify("Intruders reach a container registry database",
                "Attackers gained unauthorized access to the registry's database and stole hashed passwords and access tokens; "
                        + "the operator revoked the credentials and told users to rotate them after the breach.");
        assertThat(e.categories()).extracting(Category::id).contains("security");
    }

    @Test
    void foundationsAndProjectsAreNotCompanies() {
        EnrichedArticle e = classify("", "The Cloud Native Computing Foundation said Kubernetes and Prometheus have graduated.");
        assertThat(e.companies()).isEmpty();
    }

    @Test
    void aTextOverTheTimeLimitIsRefusedWithTheReason() {
        CoreNlpAnnotator strict = new CoreNlpAnnotator(new NlpSettings("tokenize,ssplit,pos,lemma,ner", 120, 100_000,
                java.time.Duration.ofMillis(1)));
        String text = "Red Hat said on Tuesday that it will acquire CoreOS for $250 million in cash. ".repeat(40);
        assertThatThrownBy(() -> strict.entities(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("classify.max.seconds");
    }

    @Test
    void aTextOverTheCharacterBoundIsRefusedWithTheReason() {
        String longText = "Kubernetes. ".repeat(300);
        assertThatThrownBy(() -> classify("t", longText))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("classify.max.chars");
    }
}
