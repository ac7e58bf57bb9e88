package io.wharf.ingest.extract;

import java.util.regex.Pattern;

/**
 * Drops whole lines that are page furniture rather than article text even inside the article's container: stock
 * labels ("Advertisement", "Like this:"), datelines and timestamps, copyright notices and calls to subscribe.
 * Only short lines are judged, so a paragraph that happens to start with "Updated" survives.
 */
final class LineFilter {
    private static final Pattern STOCK = Pattern.compile("(?i)^(advertisement|advertisment|advert|ad|sponsored|"
            + "story continues below|continue reading( below)?|read more|related( stories| articles)?|share|"
            + "share this( article| story)?|scroll to continue.*|click to expand|image|photo|video|loading|comments?|"
            + "x|close|menu|tell us what you think|this slideshow requires javascript|get breaking news.*|updated|"
            + "published|posted|caption|highlights|tags|you may also like|like this|like loading|see also|"
            + "you might also like|recommended|more on this( story)?|sign up.*newsletter.*|follow us.*)\\W*$");
    private static final Pattern NOTICE = Pattern.compile("(?i)^(copyright\\b|©|\\(c\\) \\d{4}|all rights reserved|"
            + "click here\\b|subscribe\\b|sign up\\b|(last )?updated\\b|published\\b|posted\\b|by\\s+\\p{Lu}).*");
    // Sign-offs: "Follow her on Twitter...", "Write to the author at name@example.com".
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(follow\\b|related\\b|write to\\b|reach the reporter|"
            + "contact the (author|writer)|email\\b).*|.*\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b.*");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
    private static final int SHORT = 90;

    private LineFilter() {}

    static boolean keep(String line) {
        if (STOCK.matcher(line).matches()) {
            return false;
        }
        if (line.length() <= 2 * SHORT && SIGN_OFF.matcher(line).matches()) {
            return false;
        }
        if (line.length() > SHORT) {
            return true;
        }
        if (NOTICE.matcher(line).matches()) {
            return false;
        }
        // A short line that carries a date or a clock time is a dateline, not a sentence of the story; but the
        // attribution of an embedded post ("— Name (@handle) November 18, 2019") is quoted text.
        if (line.contains("(@")) {
            return true;
        }
        return !(TIME.matcher(line).find() || DateParser.inText(line) != null) || line.endsWith(".") && line.length() > 60;
    }
}
