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
    /** Below this share of the page's prose the text is suspect; measured on the development parts. */
    private static final double SHORT_SHARE = 0.1;
    private static final double SECOND_OPINION_GAIN = 3;

    private final DateReconciler dates;

    public ArticleExtractor() {
        this(Clock.systemUTC());
    }

    /** The clock decides what "in the future" means for publication dates. */
    public ArticleExtractor(Clock clock) {
        this.dates = new DateReconciler(clock);
    }

    public ExtractedPage extract(String html, String pageUrl) {
        String source = html == null ? "" : MarkupRepair.closeTitle(html);
        String base = pageUrl == null ? "" : pageUrl;
        Document doc = Jsoup.parse(source, base);
        PageIndex index = new PageIndex(doc);
        JsonNode article = JsonLd.article(JsonLd.objects(index.jsonLd));
        MetadataReader meta = new MetadataReader(doc, index, article);
        String title = meta.title();
        String author = meta.author();
        String canonical = meta.canonicalUrl();
        String language = meta.language();
        // Metadata is read first: cleaning removes the scripts and heads it comes from.
        StringBuilder dropped = new StringBuilder();
        String text = mainText(doc, article, title, dropped, source, base);
        Instant published = dates.publishedAt(index, meta, article, pageUrl,
                index.datelines + "\n" + dropped + "\n" + text);
        return new ExtractedPage(title, text, author, published, canonical, language);
    }

    private static String mainText(Document doc, JsonNode article, String title, StringBuilder dropped,
                                   String html, String pageUrl) {
        Element body = doc.body();
        int before = BoilerplateFilter.clean(body, true);
        String text = render(body, title, dropped);
        // Class names misled the cleaning when it kept a small part of a page that had much prose: a second
        // opinion that trusts structure alone is taken when it finds several times as much (trafilatura's fallback).
        int chars = TextStats.visible(text);
        if (chars < before * SHORT_SHARE) {
            StringBuilder droppedAgain = new StringBuilder();
            Element again = Jsoup.parse(html, pageUrl).body();
            BoilerplateFilter.clean(again, false);
            String second = render(again, title, droppedAgain);
            if (TextStats.visible(second) > SECOND_OPINION_GAIN * chars) {
                text = second;
                dropped.setLength(0);
                dropped.append(droppedAgain);
            }
        }
        return article == null ? text : BodyReconciler.reconcile(text, article.path("articleBody").asText(null));
    }

    private static String render(Element body, String title, StringBuilder dropped) {
        TextStats stats = new TextStats(body);
        List<Element> content = ContentScorer.content(body, stats);
        // No paragraph long enough to score: a page of short lines; what survived cleaning is the best guess.
        return TextRenderer.render(content.isEmpty() ? List.of(body) : content, stats, title, dropped);
    }
}
