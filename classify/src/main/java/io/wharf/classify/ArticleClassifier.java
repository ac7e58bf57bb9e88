package io.wharf.classify;

import io.wharf.classify.categories.CategoryModel;
import io.wharf.classify.categories.CategoryScorer;
import io.wharf.classify.categories.CategorySignals;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.CandidateNames;
import io.wharf.classify.companies.CompanyLinker;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.NonCompanyFilter;
import io.wharf.classify.companies.SalienceRanker;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.deals.DealExtractor;
import io.wharf.classify.nlp.EntitySpan;
import io.wharf.classify.nlp.TextSpan;
import io.wharf.model.Article;
import io.wharf.model.Category;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/**
 * Article in, enriched article out: the same code path for the Kafka stage, the batch command and the
 * evaluation. Thread-safe: holds only the shared annotator and immutable data.
 */
public final class ArticleClassifier {
    public static final String PIPELINE_VERSION = "wharf-classify/0.3 corenlp/4.5.10";
    private static final String ORGANIZATION = "ORGANIZATION";
    private static final java.util.Set<String> NAMES = java.util.Set.of("PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE");
    private final CoreNlpAnnotator annotator;
    private final CompanyLinker linker;
    private final CategoryScorer categories;
    private final Taxonomy taxonomy;
    private final Gazetteer gazetteer;
    private final Clock clock;
    private final DealExtractor deals;

    public ArticleClassifier(CoreNlpAnnotator annotator, Gazetteer gazetteer, Taxonomy taxonomy, Clock clock) {
        this(annotator, gazetteer, taxonomy, CategoryModel.bundled(), CategoryScorer.Settings.DEFAULTS, clock);
    }

    public ArticleClassifier(CoreNlpAnnotator annotator, Gazetteer gazetteer, Taxonomy taxonomy, CategoryModel model,
                             CategoryScorer.Settings settings, Clock clock) {
        this(annotator, gazetteer, taxonomy, model, settings, DealExtractor.Parsing.OFF, clock);
    }

    /** @param dealParsing whether deal roles also read the dependency parse (see {@link DealExtractor.Parsing}) */
    public ArticleClassifier(CoreNlpAnnotator annotator, Gazetteer gazetteer, Taxonomy taxonomy, CategoryModel model,
                             CategoryScorer.Settings settings, DealExtractor.Parsing dealParsing, Clock clock) {
        this(annotator, gazetteer, taxonomy, model, settings, dealParsing, null, clock);
    }

    /** @param candidates where the names the gazetteer lacks are remembered for `wharf gazetteer candidates` (null: nowhere) */
    public ArticleClassifier(CoreNlpAnnotator annotator, Gazetteer gazetteer, Taxonomy taxonomy, CategoryModel model,
                             CategoryScorer.Settings settings, DealExtractor.Parsing dealParsing, CandidateNames candidates, Clock clock) {
        this.annotator = annotator;
        this.linker = new CompanyLinker(gazetteer, new NonCompanyFilter(p -> !taxonomy.keywords().get(p).isEmpty()), candidates);
        this.categories = new CategoryScorer(taxonomy, gazetteer, model, settings);
        this.taxonomy = taxonomy;
        this.gazetteer = gazetteer;
        this.clock = clock;
        this.deals = new DealExtractor(gazetteer, dealParsing);
    }

    /** What the classifier found in one article, before the category decision. */
    public record Analysis(Article article, List<CompanyMention> mentions, List<CompanySalience> companies,
                           Map<String, CategorySignals> categorySignals, List<List<TextSpan>> sentences,
                           List<List<TextSpan>> people) {}

    public EnrichedArticle classify(Article article) {
        if (article.duplicateOf() != null) {
            // A copy of an article already classified: the store files it under the original; no NLP needed.
            return new EnrichedArticle(article, List.of(), List.of(), List.of(), List.of(), PIPELINE_VERSION, clock.instant());
        }
        return enrich(analyse(article));
    }

    /** The record of an analysed article: its companies and the categories decided from the evidence. */
    public EnrichedArticle enrich(Analysis a) {
        return new EnrichedArticle(a.article(), a.mentions(), a.companies(), categories(a), deals(a), PIPELINE_VERSION, clock.instant());
    }

    /** The deals an analysed article reports. */
    public List<Deal> deals(Analysis a) {
        return readDeals(a).deals();
    }

    /**
     * Whether the article reports an acquisition of the day: a deal, or an acquisition whose other side it does not
     * name ("X sold its unit for $12 million"). The document-level question Reuters' acq topic asks.
     */
    public boolean reportsAcquisition(Article article) {
        DealExtractor.Reading r = readDeals(analyse(article));
        return r.oneSidedAcquisitions() > 0 || r.deals().stream().anyMatch(d -> d.type() == Deal.Type.ACQUISITION && !d.historical());
    }

    private DealExtractor.Reading readDeals(Analysis a) {
        List<DealExtractor.Field> fields = List.of(
                new DealExtractor.Field(CompanyMention.Field.TITLE, a.article().title(), a.sentences().get(0), a.people().get(0)),
                new DealExtractor.Field(CompanyMention.Field.TEXT, a.article().text(), a.sentences().get(1), a.people().get(1)));
        return deals.read(a.article(), fields, a.mentions(), a.companies());
    }

    /** The categories of an analysed article. */
    public List<Category> categories(Analysis a) {
        return categories.decide(a.categorySignals(), a.article().title(), a.article().text());
    }

    /** What the category model was learned from (its own record of it). */
    public String categoryModelTrainedOn() {
        return categories.model().trainedOn();
    }

    /** The gazetteer's company of this id, or null. */
    public io.wharf.classify.companies.Company company(String id) {
        return gazetteer.company(id);
    }

    /** Every category id of the taxonomy. */
    public List<String> categoryIds() {
        return taxonomy.categories().stream().map(c -> c.id()).toList();
    }

    /** Annotation, company linking and the evidence for each category: all the costly work of {@link #classify}. */
    public Analysis analyse(Article article) {
        CoreNlpAnnotator.Annotated annotated = annotator.annotate(List.of(article.title(), article.text()));
        return analyse(article, annotated.entities(), annotated.sentences());
    }

    /** Everything after annotation, given the NER entities of title and text (what the benchmark times on its own). */
    public Analysis analyse(Article article, List<List<EntitySpan>> entities, List<List<TextSpan>> sentences) {
        CompanyLinker.Result linked = linker.link(List.of(field(CompanyMention.Field.TITLE, article.title(), entities.get(0)),
                field(CompanyMention.Field.TEXT, article.text(), entities.get(1))));
        List<CompanySalience> companies = SalienceRanker.rank(linked.mentions());
        return new Analysis(article, linked.mentions(), companies,
                categories.signals(article.title(), article.text(), companies, linked.products()), sentences,
                entities.stream().map(ArticleClassifier::people).toList());
    }

    /** The NER's people and places of a field: never guessed as a deal's party ("Pat Gelsinger, directeur général de VMware"). */
    private static List<TextSpan> people(List<EntitySpan> entities) {
        // people only: the NER calls many companies of wire copy places (measured on Reuters: blocking places lost recall)
        return entities.stream().filter(e -> "PERSON".equals(e.type())).map(e -> new TextSpan(e.begin(), e.end())).toList();
    }

    /** The most one article may take in the annotator. */
    public java.time.Duration timeLimit() {
        return annotator.settings().timeLimit();
    }

    private static CompanyLinker.Field field(CompanyMention.Field field, String text, List<EntitySpan> entities) {
        return new CompanyLinker.Field(field, text, entities.stream().filter(e -> ORGANIZATION.equals(e.type())).toList(),
                entities.stream().filter(e -> !ORGANIZATION.equals(e.type()) && NAMES.contains(e.type())).toList());
    }
}
