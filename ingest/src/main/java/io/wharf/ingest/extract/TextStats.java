package io.wharf.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text lengths of every element under a root, computed in one pass so that scoring and filtering never re-walk
 * subtrees: all text, and the text inside links. Lengths count non-blank characters.
 */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();
    private int linkDepth;

    TextStats(Element root) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new int[2]);
                    linkDepth += e.normalName().equals("a") ? 1 : 0;
                } else if (node instanceof TextNode t) {
                    add(t, visible(t.getWholeText()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    linkDepth--;
                }
                if (node instanceof Element e && e != root && e.parent() != null) {
                    int[] mine = counts.get(e);
                    int[] up = counts.get(e.parent());
                    if (up != null) {
                        up[0] += mine[0];
                        up[1] += mine[1];
                    }
                }
            }
        });
    }

    private void add(TextNode t, int n) {
        Node parent = t.parent();
        if (!(parent instanceof Element e) || n == 0) {
            return;
        }
        int[] c = counts.get(e);
        if (c == null) {
            return;
        }
        c[0] += n;
        // Link membership is known from the walk itself, so parents just sum.
        c[1] += linkDepth > 0 ? n : 0;
    }

    static int visible(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    int chars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0];
    }

    /** Text outside links: what a reader of the block would actually read. */
    int prose(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[0] - c[1];
    }

    double linkDensity(Element e) {
        int[] c = counts.get(e);
        return c == null || c[0] == 0 ? 0 : (double) c[1] / c[0];
    }
}
