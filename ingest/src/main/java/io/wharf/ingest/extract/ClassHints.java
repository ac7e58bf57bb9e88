package io.wharf.ingest.extract;

import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. The names are split into words at separators and at camel-case
 * humps ("newsCaption" is "news caption"), and matched as words or word pairs, so that "ad" does not hit "read"
 * or "header". Word lookups instead of one large regular expression keep this cheap on every element of a page.
 */
final class ClassHints {
    static final int NEGATIVE = 1;
    static final int POSITIVE = 2;
    static final int EMBED = 4;
    static final int STRONG = 8;
    static final int COMMENTS = 16;

    private static final Set<String> NEGATIVE_WORDS = Set.of("comment", "comments", "commentlist", "disqus", "respond",
            "replies", "share", "sharing", "sharebar", "social", "socials", "related", "relatedposts", "recommended",
            "recommendations", "more-stories", "read-more", "readmore", "newsletter", "subscribe", "subscription",
            "signup", "promo", "promos", "sponsored", "sponsor", "advert", "advertisement", "advertising", "ad", "ads",
            "adslot", "adunit", "dfp", "gpt", "banner", "cookie", "cookies", "consent", "gdpr", "popup", "modal",
            "overlay", "sidebar", "widget", "widgets", "footer", "masthead", "menu", "nav", "navbar", "navigation",
            "breadcrumb", "breadcrumbs", "pagination", "pager", "tags", "taglist", "outbrain", "taboola", "trending",
            "popular", "most-read", "mostread", "author-bio", "bio", "byline", "caption", "credit", "credits",
            "toolbar", "print", "skip", "visually-hidden", "sr-only", "screen-reader", "also-read", "see-also", "rail",
            "teaser", "teasers", "tools", "meta", "jump", "follow", "donate", "login", "subnav", "header", "gallery",
            "slider", "slideshow", "carousel", "lightbox", "photo", "standfirst", "dek");
    // Names no article body wears, even next to "text" or "body": "caption-text", "related-content".
    private static final Set<String> STRONG_WORDS = Set.of("caption", "credit", "credits", "share", "sharing",
            "social", "related", "newsletter", "cookie", "cookies", "promo", "advert", "advertisement", "advertising",
            "sponsored", "outbrain", "taboola", "breadcrumb", "breadcrumbs", "standfirst", "dek");
    // Reader comments can outweigh the article they follow, so they are named apart (see BoilerplateFilter).
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "commentlist", "disqus", "respond",
            "replies");
    private static final Set<String> POSITIVE_WORDS = Set.of("article", "articlebody", "body", "content", "entry",
            "main", "post", "story", "text", "blog", "prose");
    // Embedded posts ("social-embed", "twitter-tweet") are quotes the story chose to show.
    private static final Set<String> EMBED_WORDS = Set.of("embed", "embedded", "tweet", "instagram-media");

    private ClassHints() {}

    static int of(Element e) {
        String cls = e.className();
        String id = e.id();
        if (cls.isEmpty() && id.isEmpty()) {
            return 0;
        }
        String names = cls + " " + id;
        int hints = 0;
        String previous = null;
        int start = -1;
        for (int i = 0; i <= names.length(); i++) {
            char c = i < names.length() ? names.charAt(i) : ' ';
            boolean wordChar = Character.isLetterOrDigit(c);
            boolean hump = wordChar && start >= 0 && Character.isUpperCase(c) && Character.isLowerCase(names.charAt(i - 1));
            if (start >= 0 && (!wordChar || hump)) {
                String word = names.substring(start, i).toLowerCase(java.util.Locale.ROOT);
                hints |= classify(word);
                if (previous != null) {
                    hints |= classify(previous + "-" + word);
                }
                previous = word;
                start = -1;
            }
            if (wordChar && start < 0) {
                start = i;
            }
            if (c == ' ') {
                previous = null; // pairs never span two class names
            }
        }
        return hints;
    }

    private static int classify(String word) {
        return (NEGATIVE_WORDS.contains(word) ? NEGATIVE : 0) | (POSITIVE_WORDS.contains(word) ? POSITIVE : 0)
                | (EMBED_WORDS.contains(word) ? EMBED : 0) | (STRONG_WORDS.contains(word) ? STRONG : 0) | (COMMENT_WORDS.contains(word) ? COMMENTS : 0);
    }
}
