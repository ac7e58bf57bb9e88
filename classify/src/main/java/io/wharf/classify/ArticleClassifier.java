package io.wharf.classify;

import io.wharf.classify.categories.CategoryScorer;
import io.wharf.classify.categories.Taxonomy;
import io.wharf.classify.companies.CompanyLinker;
import io.wharf.classify.companies.Gazetteer;
import io.wharf.classify.companies.NonCompanyFilter;
import io.wharf.classify.companies.SalienceRanker;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.EntitySpan;
import io.wharf.model.Article;
import io.wharf.model.Category;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.EnrichedArticle;
import java.time.Clock;
import java.util.List;

/**
 * Article in, enriched article out: the same code path for the Kafka stage, the batch command and the
 * evaluation. Thread-safe: holds only the shared annotator and immutable data.
 */
public final class ArticleClassifier {
    public static final String PIPELINE_VERSION = "wharf-classify/0.2 corenlp/4.5.10";
    private final CoreNlpAnnotator annotator;
    private final CompanyLinker linker;
    private final CategoryScorer categories;
    private final Clock clock;

    public ArticleClassifier(CoreNlpAnnotator annotator, Gazetteer gazetteer, Taxonomy taxonomy, Clock clock) {
        this.annotator = annotator;
        this.linker = new CompanyLinker(gazetteer, new NonCompanyFilter(p -> !taxonomy.keywords().get(p).isEmpty()));
        this.categories = new CategoryScorer(taxonomy, gazetteer, 0.5, 4);
        this.clock = clock;
    }

    public EnrichedArticle classify(Article article) {
        CompanyLinker.Result linked = linker.link(List.of(
                new CompanyLinker.Field(CompanyMention.Field.TITLE, article.title(), organizations(article.title())),
                new CompanyLinker.Field(CompanyMention.Field.TEXT, article.text(), organizations(article.text()))));
        List<CompanySalience> companies = SalienceRanker.rank(linked.mentions());
        List<Category> cats = categories.score(article.title(), article.text(), companies, linked.products());
        return new EnrichedArticle(article, linked.mentions(), companies, cats, List.of(), PIPELINE_VERSION, clock.instant());
    }

    private List<EntitySpan> organizations(String text) {
        return annotator.entities(text).stream().filter(e -> "ORGANIZATION".equals(e.type())).toList();
    }
}
