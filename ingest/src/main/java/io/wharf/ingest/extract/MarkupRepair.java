package io.wharf.ingest.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mends markup damage that would otherwise hide the whole page from the parser. An HTML parser reads everything
 * after {@code <title>} as title text until {@code </title>}, so a page whose closing tag was lost or mangled
 * ({@code </titl}, {@code </titlevalue=...}) parses as an empty body with a title the size of the page. The title
 * is closed at the first tag-like {@code <} inside it; a well-formed page is returned as it is, unscanned past
 * its title.
 */
final class MarkupRepair {
    private static final Pattern TITLE_CLOSE = Pattern.compile("(?i)</title\\s*>");

    private MarkupRepair() {}

    static String closeTitle(String html) {
        // Plain indexOf, not a case-blind regex: this runs on every page, and most have no damage.
        int start = firstOf(html, "<title", "<TITLE", "<Title");
        int from = start < 0 ? -1 : html.indexOf('>', start);
        if (from < 0) {
            return html;
        }
        from++;
        for (int i = html.indexOf('<', from); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (!(Character.isLetter(next) || next == '/' || next == '!')) {
                continue; // "a < b" is text, not a tag
            }
            Matcher close = TITLE_CLOSE.matcher(html).region(i, html.length());
            if (close.lookingAt()) {
                return html;
            }
            // A cut-off end tag ("</titl", "</titavaScript") is replaced, lest it swallow the tag after it.
            int end = i;
            if (html.regionMatches(true, i, "</tit", 0, 5)) {
                for (end = i + 2; end < html.length() && Character.isLetter(html.charAt(end)); end++) { }
            }
            return html.substring(0, i) + "</title>" + html.substring(end);
        }
        return html;
    }

    private static int firstOf(String html, String... spellings) {
        int best = -1;
        for (String s : spellings) {
            int at = html.indexOf(s);
            if (at >= 0 && (best < 0 || at < best) && at + s.length() < html.length()
                    && (html.charAt(at + s.length()) == '>' || Character.isWhitespace(html.charAt(at + s.length())))) {
                best = at;
            }
        }
        return best;
    }
}
