package io.wharf.ingest.extract;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Text lengths of every element under a root, computed in one pass so that scoring and filtering never re-walk
 * subtrees: all text, text inside links, and text inside paragraphs. Lengths count non-blank characters.
 */
final class TextStats {
    private final Map<Element, int[]> counts = new IdentityHashMap<>();

    TextStats(Element root) {
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    counts.put(e, new int[3]);
                } else if (node instanceof TextNode t) {
                    add(t, visible(t.getWholeText()));
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e != root && e.parent() != null) {
                    int[] mine = counts.get(e);
                    int[] up = counts.get(e.parent());
                    if (up != null) {
                        up[0] += mine[0];
                        up[1] += mine[1];
                        up[2] += mine[2];
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
        // Link and paragraph membership is decided once here, so parents just sum.
        boolean inLink = false;
        boolean inParagraph = false;
        for (Element up = e; up != null && !up.normalName().equals("body"); up = up.parent()) {
            String tag = up.normalName();
            inLink |= tag.equals("a");
            inParagraph |= tag.equals("p") || tag.equals("pre");
        }
        c[1] += inLink ? n : 0;
        c[2] += inParagraph ? n : 0;
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

    int paragraphChars(Element e) {
        int[] c = counts.get(e);
        return c == null ? 0 : c[2];
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
