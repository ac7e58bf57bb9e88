package io.wharf.model;

import java.time.Instant;
import java.util.List;

/**
 * An article with what classify found in it; published to {@link Topics#ENRICHED} keyed by article id.
 * {@code companies} ranks the companies by how much the article is about them, most central first.
 */
public record EnrichedArticle(
        Article article,
        List<CompanyMention> mentions,
        List<CompanySalience> companies,
        List<Category> categories,
        List<Deal> deals,
        String pipelineVersion,
        Instant enrichedAt) {

    public EnrichedArticle {
        Checks.nonNull(article, "enriched.article");
        mentions = Checks.list(mentions);
        companies = Checks.list(companies);
        categories = Checks.list(categories);
        deals = Checks.list(deals);
        Checks.nonBlank(pipelineVersion, "enriched.pipelineVersion");
        Checks.nonNull(enrichedAt, "enriched.enrichedAt");
    }

    public String id() {
        return article.id();
    }
}
