package io.wharf.ingest.extract;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.parser.Parser;

/**
 * Reconciles the DOM text with a JSON-LD {@code articleBody}, when the page declares one. The declared body is the
 * publisher's own statement of what the article is, but it often lacks paragraph breaks and is sometimes cut short;
 * the DOM text keeps the breaks. So the body is used only when the DOM text missed most of it.
 */
final class BodyReconciler {
    private static final int MIN_WORDS = 40;

    private BodyReconciler() {}

    static String reconcile(String domText, String declared) {
        if (declared == null) {
            return domText;
        }
        String body = declared.indexOf('<') >= 0 ? Parser.unescapeEntities(declared.replaceAll("<[^>]*>", "\n"), false)
                : declared;
        List<String> bodyTokens = ShingleScore.tokens(body);
        String trimmed = body.trim();
        // A teaser ("...") or a stub is a summary, not the article.
        if (bodyTokens.size() < MIN_WORDS || trimmed.endsWith("...") || trimmed.endsWith("…")) {
            return domText;
        }
        Set<String> bodyShingles = ShingleScore.shingles(body).keySet();
        Map<String, Integer> domShingles = ShingleScore.shingles(domText);
        long covered = bodyShingles.stream().filter(domShingles::containsKey).count();
        // Measured: trimming DOM lines to the declared body costs recall (bodies differ in small ways), so the body
        // only replaces a DOM text that missed most of it, as on pages that render their text with scripts.
        return covered >= 0.5 * bodyShingles.size() ? domText : paragraphs(body);
    }

    private static String paragraphs(String body) {
        StringBuilder out = new StringBuilder();
        for (String line : body.split("\\s*\\n\\s*")) {
            String clean = line.replaceAll("[\\s\\u00a0]+", " ").trim();
            if (!clean.isEmpty()) {
                out.append(clean).append('\n');
            }
        }
        return out.toString().trim();
    }
}
