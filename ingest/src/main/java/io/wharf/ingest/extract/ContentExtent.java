package io.wharf.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** How far the article extends around the best-scoring element: up to a wrapper of its parts, or to its siblings. */
final class ContentExtent {
    // Measured on the benchmark: 0.5 widened too eagerly (F1 0.978), 0.85 to 0.92 were best (0.980), 0.95 too
    // timid (0.975).
    private static final double PURITY = 0.88;
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？؟]\\W*$");

    private ContentExtent() {}

    /**
     * Readability's winner is often one of several sibling columns of one article. Climb from the winner while
     * each step up adds text that is almost all paragraph prose ({@link #PURITY}): a wrapper of all the columns
     * adds more article, a page wrapper adds menus, teasers and footers.
     */
    static Element widen(Element best, Element body, Map<Element, Double> good, TextStats stats) {
        Element at = best;
        for (Element up = best.parent(); up != null && up != body.parent(); up = up.parent()) {
            double addedChars = stats.chars(up) - stats.chars(at);
            double addedProse = good.getOrDefault(up, 0.0) - good.getOrDefault(at, 0.0);
            if (addedChars > 0 && addedProse / addedChars < PURITY) {
                break;
            }
            at = up;
        }
        return at;
    }

    /**
     * Readability's sibling rule: a sibling joins the winner when it scored well itself, wears the winner's class,
     * or is a paragraph of plain prose (long with few links, or a short whole sentence without any).
     */
    static List<Element> withSiblings(Element best, double bestScore, Map<Element, Double> scores, TextStats stats) {
        Element parent = best.parent();
        if (parent == null) {
            return List.of(best);
        }
        double threshold = Math.max(10, bestScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == best || twin(best, sibling, stats) || scores.getOrDefault(sibling, 0.0) >= threshold) {
                out.add(sibling);
            } else if (sibling.normalName().equals("p")) {
                int length = stats.chars(sibling);
                double links = stats.linkDensity(sibling);
                String text = sibling.text();
                if ((length > 80 && links < 0.25) || (length > 0 && links == 0 && SENTENCE_END.matcher(text).find())) {
                    out.add(sibling);
                }
            }
        }
        return out;
    }

    /** A widened winner is joined only by its twins: the other parts of a run of blocks of one class. */
    static List<Element> withTwins(Element at, TextStats stats) {
        Element parent = at.parent();
        if (parent == null || at.className().isEmpty()) {
            return List.of(at);
        }
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == at || twin(at, sibling, stats)) {
                out.add(sibling);
            }
        }
        return out;
    }

    /** A sibling dressed like the winner ("step", "chunk") and not a list of links. */
    private static boolean twin(Element winner, Element sibling, TextStats stats) {
        String kind = winner.className();
        return !kind.isEmpty() && kind.equals(sibling.className()) && stats.linkDensity(sibling) < 0.25;
    }
}
