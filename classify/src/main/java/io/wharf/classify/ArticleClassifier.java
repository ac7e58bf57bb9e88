package io.wharf.classify;

import io.wharf.classify.companies.OrganizationNames;
import io.wharf.classify.nlp.CoreNlpAnnotator;
import io.wharf.classify.nlp.EntitySpan;
import io.wharf.model.Article;
import io.wharf.model.CompanyMention;
import io.wharf.model.EnrichedArticle;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Article in, enriched article out: the same code path for the Kafka stage and the batch command.
 * Thread-safe: holds only the shared annotator and a clock.
 */
public final class ArticleClassifier {
    public static final String PIPELINE_VERSION = "wharf-classify/0.1 corenlp/4.5.10";
    private final CoreNlpAnnotator annotator;
    private final Clock clock;

    public ArticleClassifier(CoreNlpAnnotator annotator, Clock clock) {
        this.annotator = annotator;
        this.clock = clock;
    }

    public EnrichedArticle classify(Article article) {
        List<CompanyMention> mentions = new ArrayList<>();
        addOrganizations(article.title(), CompanyMention.Field.TITLE, mentions);
        addOrganizations(article.text(), CompanyMention.Field.TEXT, mentions);
        return new EnrichedArticle(article, mentions, List.of(), List.of(), PIPELINE_VERSION, clock.instant());
    }

    private void addOrganizations(String text, CompanyMention.Field field, List<CompanyMention> out) {
        for (EntitySpan e : annotator.entities(text)) {
            if ("ORGANIZATION".equals(e.type())) {
                // Linking to canonical companies comes with the gazetteer; until then the mention is unlinked.
                out.add(new CompanyMention(null, OrganizationNames.normalize(e.text()), e.text(), field, e.begin(), e.end(),
                        e.confidence()));
            }
        }
    }
}
