package io.wharf.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts the main text and the metadata of an article page. Thread-safe: it keeps no state between calls, only
 * the clock that bounds publication dates.
 */
public final class ArticleExtractor {
    private final DateReconciler dates;

    public ArticleExtractor() {
        this(Clock.systemUTC());
    }

    /** The clock decides what "in the future" means for publication dates. */
    public ArticleExtractor(Clock clock) {
        this.dates = new DateReconciler(clock);
    }

    public ExtractedPage extract(String html, String pageUrl) {
        Document doc = Jsoup.parse(html == null ? "" : MarkupRepair.closeTitle(html), pageUrl == null ? "" : pageUrl);
        PageIndex index = new PageIndex(doc);
        JsonNode article = JsonLd.article(JsonLd.objects(index.jsonLd));
        MetadataReader meta = new MetadataReader(doc, index, article);
        String title = meta.title();
        String author = meta.author();
        String canonical = meta.canonicalUrl();
        String language = meta.language();
        // Metadata is read first: cleaning removes the scripts and heads it comes from.
        StringBuilder dropped = new StringBuilder();
        String text = mainText(doc, article, title, dropped);
        Instant published = dates.publishedAt(index, meta, article, pageUrl,
                index.datelines + "\n" + dropped + "\n" + text);
        return new ExtractedPage(title, text, author, published, canonical, language);
    }

    private static String mainText(Document doc, JsonNode article, String title, StringBuilder dropped) {
        Element body = doc.body();
        BoilerplateFilter.clean(body);
        TextStats stats = new TextStats(body);
        List<Element> content = ContentScorer.content(body, stats);
        // No paragraph long enough to score: a page of short lines; what survived cleaning is the best guess.
        String text = TextRenderer.render(content.isEmpty() ? List.of(body) : content, stats, title, dropped);
        return article == null ? text : BodyReconciler.reconcile(text, article.path("articleBody").asText(null));
    }
}
