package io.wharf.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a page that are never article text: code, media, forms, navigation, and blocks whose
 * class or id names them as comments, sharing, related links, ads, banners and the like. A block that holds most
 * of the page's paragraph text is kept whatever its name, because publishers name wrappers carelessly.
 */
final class BoilerplateFilter {
    private static final Set<String> NEVER_TEXT = Set.of("script", "style", "noscript", "template", "iframe", "svg",
            "canvas", "object", "embed", "video", "audio", "button", "input", "select", "textarea", "nav", "aside",
            "footer", "link", "meta", "dialog", "menu", "figcaption", "label", "figure", "picture");
    // Tokens of class/id values; matched between separators so that "ad" does not hit "read" or "header".
    static final Pattern NEGATIVE = Pattern.compile("(?:^|[\\s_-])(?:comments?|commentlist|disqus|respond|replies|"
            + "share|sharing|sharebar|social|socials|related|relatedposts|recommended|recommendations|more-stories|"
            + "read-more|readmore|newsletter|subscribe|subscription|signup|promo|promos|sponsored|sponsor|advert|"
            + "advertisement|advertising|ad|ads|adslot|adunit|dfp|gpt|banner|cookie|cookies|consent|gdpr|popup|modal|"
            + "overlay|sidebar|widget|widgets|footer|masthead|menu|nav|navbar|navigation|breadcrumb|breadcrumbs|"
            + "pagination|pager|tags|taglist|outbrain|taboola|trending|popular|most-read|mostread|author-bio|bio|"
            + "byline|caption|credit|credits|toolbar|print|skip|visually-hidden|sr-only|screen-reader-text|"
            + "also-read|see-also|rail|teaser|teasers|tools|meta|jump|follow|donate|login|subnav|header|gallery|slider|"
            + "slideshow|carousel|lightbox|photo"
            + ")(?=$|[\\s_-])");
    static final Pattern POSITIVE = Pattern.compile("(?:^|[\\s_-])(?:article|articlebody|article-body|body|content|"
            + "entry|main|post|story|text|blog|prose|rich-text)(?=$|[\\s_-])");
    private static final Pattern EMBED = Pattern.compile("(?:^|[\\s_-])(?:embed|embedded|tweet|twitter-tweet|"
            + "instagram-media)(?=$|[\\s_-])");
    private static final Pattern CAMEL = Pattern.compile("(\\p{Ll})(\\p{Lu})");
    private static final Pattern HIDDEN_STYLE = Pattern.compile("(?i)display\\s*:\\s*none|visibility\\s*:\\s*hidden");

    private BoilerplateFilter() {}

    static void clean(Element body) {
        TextStats stats = new TextStats(body);
        int total = Math.max(1, stats.prose(body));
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e != body && removable(e, stats, total)) {
                doomed.add(e);
            }
        }
        // Removing an ancestor first detaches its descendants too; removing them again is harmless.
        doomed.forEach(Element::remove);
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
        String names = names(e);
        if (names.isEmpty() || !NEGATIVE.matcher(names).find()) {
            return tag.equals("form") && share(e, stats, total) < 0.2;
        }
        // "comment-body", "post-footer-widget": a positive name next to a negative one is too ambiguous to drop.
        // Embedded posts ("social-embed", "twitter-tweet") are quotes the story chose to show.
        return !POSITIVE.matcher(names).find() && !EMBED.matcher(names).find()
                && share(e, stats, total) < 0.5;
    }

    private static double share(Element e, TextStats stats, int total) {
        return (double) stats.prose(e) / total;
    }

    static String names(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return "";
        }
        // "newsCaption" names a caption as surely as "news-caption" does.
        return CAMEL.matcher(cls + " " + id).replaceAll("$1-$2").toLowerCase(Locale.ROOT).trim();
    }
}
