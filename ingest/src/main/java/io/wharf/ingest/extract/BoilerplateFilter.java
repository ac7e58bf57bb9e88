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

    /** Prose characters outside a comment thread that still make a story (a few sentences). */
    private static final int STORY_LEFT = 500;

    private BoilerplateFilter() {}

    /**
     * Cleans the body in place and returns its prose length before cleaning. {@code byName} false keeps blocks
     * whatever their class or id say: the second opinion when names misled the first pass.
     */
    static int clean(Element body, boolean byName) {
        TextStats stats = new TextStats(body);
        int total = Math.max(1, stats.prose(body));
        // One walk that drops a doomed subtree without visiting inside it.
        body.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof Comment) {
                    return FilterResult.REMOVE;
                }
                return node instanceof Element e && e != body && removable(e, stats, total, byName)
                        ? FilterResult.REMOVE : FilterResult.CONTINUE;
            }
        });
        return total;
    }

    private static boolean removable(Element e, TextStats stats, int total, boolean byName) {
        String tag = e.normalName();
        if (NEVER_TEXT.contains(tag) || e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))
                || HIDDEN_STYLE.matcher(e.attr("style")).find()) {
            return share(e, stats, total) < 0.5;
        }
        if (tag.equals("main") || tag.equals("article") || tag.equals("html")) {
            return false;
        }
        int hints = ClassHints.of(e);
        if (!byName) {
            return comments(e, hints, stats, total);
        }
        if ((hints & ClassHints.NEGATIVE) == 0) {
            return tag.equals("form") && share(e, stats, total) < 0.2;
        }
        // "post-footer-widget", "field-label-hidden body": a positive name next to a weak negative one is too
        // ambiguous to drop; "caption-text" is not.
        boolean ambiguous = (hints & ClassHints.POSITIVE) != 0 && (hints & ClassHints.STRONG) == 0;
        if (ambiguous || (hints & ClassHints.EMBED) != 0) {
            return false;
        }
        return share(e, stats, total) < 0.5 || comments(e, hints, stats, total);
    }

    /** A long comment thread holds more text than the story it follows; it goes as long as a story remains. */
    private static boolean comments(Element e, int hints, TextStats stats, int total) {
        return (hints & ClassHints.COMMENTS) != 0 && total - stats.prose(e) >= STORY_LEFT;
    }

    private static double share(Element e, TextStats stats, int total) {
        return (double) stats.prose(e) / total;
    }
}
