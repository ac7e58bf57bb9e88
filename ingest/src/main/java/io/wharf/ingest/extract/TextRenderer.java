package io.wharf.ingest.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Writes the chosen content as plain text, one block per line, leaving out blocks inside it that are mostly links
 * (lists of related stories, tag clouds) and lines that are stock boilerplate ("Advertisement").
 */
final class TextRenderer {
    private static final Set<String> LIST_LIKE = Set.of("ul", "ol", "div", "section", "table", "dl", "li", "p");

    private static final Set<String> HEADINGS = Set.of("h2", "h3", "h4", "h5");
    /** Characters of story before a comments heading may end it. */
    private static final int STORY = 500;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00a0\\u200b]+");

    private TextRenderer() {}

    /**
     * The content as text; a line that repeats the page title is the headline again and is left out. Lines left
     * out go to {@code dropped}: a dateline among them is still the best date the text offers.
     */
    static String render(List<Element> roots, TextStats stats, String title, StringBuilder dropped) {
        StringBuilder out = new StringBuilder();
        for (Element root : roots) {
            // The chosen root is the article by decision: only the blocks inside it are judged as lists or cards,
            // and a wrapper that holds nearly all of it is the root again.
            int whole = stats.chars(root) * 9 / 10;
            root.childNodes().forEach(child -> append(child, stats, whole, out));
            out.append('\n');
        }
        StringBuilder text = new StringBuilder();
        boolean thread = false;
        for (String line : out.toString().split("\n")) {
            String clean = SPACES.matcher(line).replaceAll(" ").trim();
            // Readers' comments that no class name gave away start under a heading of their own, after the story.
            thread = thread || text.length() >= STORY && LineFilter.commentsHeading(clean);
            if (!clean.isEmpty() && !thread && LineFilter.keep(clean) && !clean.equalsIgnoreCase(title)) {
                text.append(clean).append('\n');
            } else if (!clean.isEmpty()) {
                dropped.append(clean).append('\n');
            }
        }
        return text.toString().trim();
    }

    private static void append(Node node, TextStats stats, int whole, StringBuilder out) {
        if (node instanceof TextNode t) {
            out.append(t.getWholeText());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        // The headline is metadata, not body text; links lists and teaser cards are navigation.
        if (tag.equals("h1") || stats.chars(e) < whole && (LIST_LIKE.contains(tag) && linkList(e, stats) || teaser(e, stats))) {
            return;
        }
        boolean block = ContentScorer.BLOCKS.contains(tag);
        if (block) {
            out.append('\n');
        }
        for (Node child : e.childNodes()) {
            append(child, stats, whole, out);
        }
        if (block) {
            out.append('\n');
        }
    }

    /** A card that links to another story: a linked headline or thumbnail beside a short summary. */
    private static boolean teaser(Element e, TextStats stats) {
        String tag = e.normalName();
        if (!(tag.equals("div") || tag.equals("li") || tag.equals("article") || tag.equals("section"))) {
            return false;
        }
        int chars = stats.chars(e);
        return chars > 0 && chars < 600 && stats.linkDensity(e) > 0.15 && hasHeadlineLink(e);
    }

    /** A link around a heading or an image, or a heading around a link ("h2 a, a h2, a img", without selectors). */
    private static boolean hasHeadlineLink(Element e) {
        for (Element a : e.getElementsByTag("a")) {
            for (Element up = a.parent(); up != null && up != e.parent(); up = up.parent()) {
                if (HEADINGS.contains(up.normalName())) {
                    return true;
                }
            }
            for (Element inner : a.getAllElements()) {
                if (HEADINGS.contains(inner.normalName()) || inner.normalName().equals("img")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Mostly links, and not a long run of prose with a few links in it. */
    private static boolean linkList(Element e, TextStats stats) {
        // Inside the article a paragraph may link most of its words and still be prose (0.8 measured best for p).
        double limit = e.normalName().equals("p") ? 0.8 : 0.5;
        // A list item that goes on after its link ("<a>Headline</a>: two sentences of news") is content.
        return stats.linkDensity(e) > limit && !(e.normalName().equals("li") && stats.prose(e) >= 50);
    }
}
