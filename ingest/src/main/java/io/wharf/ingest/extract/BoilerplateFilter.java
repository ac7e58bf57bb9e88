package io.wharf.ingest.extract;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;

/**
 * Removes the parts of a page that are never article text: code, media, forms, navigation, and blocks whose
 * class or id names them as comments, sharing, related links, ads, banners and the like. A block that holds half
 * of the page's text outside links is kept whatever its name, because publishers name wrappers carelessly.
 */
final class BoilerplateFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "link", "meta", "dialog", "menu", "figcaption", "label", "figure", "picture");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private BoilerplateFilter() {}

    static void clean(Element body) {
        TextStats stats = new TextStats(body);
        int total = Math.max(1, stats.prose(body));
        // One walk that drops a doomed subtree without visiting inside it.
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                return node instanceof Element e && e != body && removable(e, stats, total) ? FilterResult.REMOVE
                        : FilterResult.CONTINUE;
            }
        });
    }

    private static boolean removable(Element e, TextStats stats, int total) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return share(e, stats, total) < 0.5;
        }
        if (tag.equals("main") || tag.equals("article") || tag.equals("html")) {
            return false;
        }
        int hints = ClassHints.of(e);
        if ((hints & ClassHints.NEGATIVE) == 0) {
            return tag.equals("form") && share(e, stats, total) < 0.2;
        }
        // "post-footer-widget", "field-label-hidden body": a positive name next to a weak negative one is too
        // ambiguous to drop; "caption-text" is not.
        boolean ambiguous = (hints & ClassHints.POSITIVE) != 0 && (hints & ClassHints.STRONG) == 0;
        return !ambiguous && (hints & ClassHints.EMBED) == 0 && share(e, stats, total) < 0.5;
    }

    private static double share(Element e, TextStats stats, int total) {
        return (double) stats.prose(e) / total;
    }
}
