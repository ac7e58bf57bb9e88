package io.wharf.ingest.extract;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds the article, in the manner of Readability: every paragraph-like block votes for
 * its parent and, more weakly, its ancestors, with more votes for longer text and more commas; the votes are then
 * discounted by link density. {@link ContentExtent} then decides how much around the winner belongs to it.
 */
final class ContentScorer {
    static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "h1", "h2", "h3", "h4", "h5",
            "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "tr", "td", "th", "tbody", "thead", "blockquote", "pre",
            "figure", "header", "form", "hr", "br", "address", "center", "fieldset");
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article", "main", "td", "center",
            "span", "font");

    private ContentScorer() {}

    /** The winner and the siblings that belong with it, in document order; empty if the page has no text blocks. */
    static List<Element> content(Element body, TextStats stats) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        Map<Element, Double> good = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            int length = paragraphLength(e, stats);
            if (length < 25) {
                continue;
            }
            // Prose outside links, credited to every ancestor, for widening below.
            double prose = length * (1 - stats.linkDensity(e));
            for (Element up = e; up != null && up != body.parent(); up = up.parent()) {
                good.merge(up, prose, Double::sum);
            }
            boolean paragraph = e.normalName().equals("p") || e.normalName().equals("pre");
            String text = paragraph ? e.text() : null;
            double vote = 1 + commas(paragraph ? text : e.ownText()) + Math.min(length / 100, 3);
            // Loose text votes for its own container; a real paragraph votes for the one around it.
            Element up = text == null ? e : e.parent();
            for (int level = 0; up != null && level < 3; level++, up = up.parent()) {
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.putIfAbsent(up, initial(up));
                scores.merge(up, vote / divider, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double score = e.getValue() * (1 - stats.linkDensity(e.getKey()));
            e.setValue(score);
            if (score > bestScore) {
                best = e.getKey();
                bestScore = score;
            }
        }
        if (best == null) {
            return List.of();
        }
        Element widened = ContentExtent.widen(best, body, good, stats);
        return widened != best ? ContentExtent.withTwins(widened, stats)
                : ContentExtent.withSiblings(best, bestScore, scores, stats);
    }

    /** Text length if the element reads as a paragraph of its own, else 0. */
    private static int paragraphLength(Element e, TextStats stats) {
        String tag = e.normalName();
        if (tag.equals("p") || tag.equals("pre")) {
            return stats.chars(e);
        }
        if (!CONTAINERS.contains(tag)) {
            return 0;
        }
        // A container with loose text (text<br><br>text) is a paragraph in all but markup.
        int own = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                own += TextStats.visible(t.getWholeText());
            } else if (child instanceof Element c && !BLOCKS.contains(c.normalName())) {
                own += stats.chars(c);
            }
        }
        return own;
    }

    private static int commas(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            n += c == ',' || c == '，' || c == '、' || c == '،' ? 1 : 0;
        }
        return n;
    }

    private static double initial(Element e) {
        double score = switch (e.normalName()) {
            case "div", "article", "main" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        int hints = ClassHints.of(e);
        score += (hints & ClassHints.POSITIVE) != 0 ? 25 : 0;
        score -= (hints & ClassHints.NEGATIVE) != 0 ? 25 : 0;
        return score;
    }
}
