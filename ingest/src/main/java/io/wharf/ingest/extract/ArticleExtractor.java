package io.wharf.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
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
        Document doc = Jsoup.parse(html == null ? "" : html, pageUrl == null ? "" : pageUrl);
        PageIndex index = new PageIndex(doc);
        JsonNode article = JsonLd.article(JsonLd.objects(index.jsonLd));
        MetadataReader meta = new MetadataReader(doc, index, article);
        String title = meta.title();
        String author = meta.author();
        String canonical = meta.canonicalUrl();
        String language = meta.language();
        // Metadata is read first: cleaning removes the scripts and heads it comes from.
        String text = mainText(doc, article);
        return new ExtractedPage(title, text, author, dates.publishedAt(index, meta, article, pageUrl, text), canonical,
                language);
    }

    private static String mainText(Document doc, JsonNode article) {
        Element body = doc.body();
        BoilerplateFilter.clean(body);
        TextStats stats = new TextStats(body);
        List<Element> content = ContentScorer.content(body, stats);
        String text = content.isEmpty() ? "" : TextRenderer.render(content, stats);
        return article == null ? text : BodyReconciler.reconcile(text, article.path("articleBody").asText(null));
    }
}
