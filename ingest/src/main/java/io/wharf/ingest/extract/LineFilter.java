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
            + "click here\\b|subscribe\\b|sign up\\b).*");
    private static final Pattern STAMP = Pattern.compile("(?i)^((last )?updated|published|posted)\\b.*\\d.*");
    private static final Pattern BYLINE = Pattern.compile("^(By|BY|by)\\s+\\p{Lu}.{0,70}$");
    // Sign-offs: "Follow her on Twitter...", "Write to the author at name@example.com".
    private static final Pattern SIGN_OFF = Pattern.compile("(?i)^(follow (us|him|her|them|me)\\b|follow [^.]{1,60} on "
            + "(twitter|facebook|instagram|linkedin|youtube)|related( stories| coverage| articles| posts?)?\\s*:|"
            + "follow [^.]{1,80} (at|on) https?://|\\(?(additional )?reporting by\\b|editing by\\b|"
            + "like this (story|article)\\?|.{0,60}\\bcontributed (reporting|to this report)|"
            + "write to\\b|reach the reporter|contact the (author|writer)|email \\S+( \\S+)? at\\b).*"
            + "|.*\\b[\\w.+-]+@[\\w-]+\\.[\\w.]+\\b.*");
    private static final Pattern TIME = Pattern.compile("(?i)\\b\\d{1,2}:\\d{2}\\s*(am|pm|a\\.m\\.|p\\.m\\.)?");
    // Latin, CJK (。！？) and Arabic (؟) sentence ends, before an optional closing quote or bracket.
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…。！？؟][\"'”’)」』）]?$");
    private static final int SHORT = 90;
    // Not "Comment" alone (an opinion label, a column of a table) nor "Discussion" (a section of a paper).
    // "Comments (12)", "Leave a Reply", "3 responses to ...", "Kommentare", "评论": a heading over readers' posts.
    private static final Pattern COMMENTS_HEADING = Pattern.compile("(?iu)^[\\W\\d]*(\\d+\\s+)?(reader |user |your )?"
            + "(comments|leave a (comment|reply)|post a comment|add (a |your )?comment|have your say|"
            + "\\d+ (responses?|replies)( to .*)?|comments are (now )?closed.*|join the (discussion|conversation)|"
            + "kommentare?|leserkommentare|commentaires?|réactions|comentarios?|commenti|reacties|комментари\\w*|"
            + "评论|評論|留言|网友评论|コメント)\\b?[\\W\\d]*$");

    private LineFilter() {}

    /** "stock car, stock car brasil, calendario 2018, ...": a tag or keyword list, not a sentence. */
    private static boolean keywords(String line) {
        int commas = 0;
        for (int i = 0; i < line.length(); i++) {
            commas += line.charAt(i) == ',' ? 1 : 0;
        }
        return commas >= 5 && line.length() / (commas + 1) < 25 && line.indexOf('.') < 0;
    }

    static boolean commentsHeading(String line) {
        return line.length() <= 60 && COMMENTS_HEADING.matcher(line).matches();
    }

    static boolean keep(String line) {
        if (STOCK.matcher(line).matches() || keywords(line)) {
            return false;
        }
        if (line.length() <= 2 * SHORT && SIGN_OFF.matcher(line).matches()) {
            return false;
        }
        if (line.length() > SHORT) {
            return true;
        }
        boolean sentence = SENTENCE_END.matcher(line).find();
        if (NOTICE.matcher(line).matches() || !sentence && BYLINE.matcher(line).matches()) {
            return false;
        }
        // A short line that carries a date or a clock time is a dateline, not a sentence of the story; but the
        // attribution of an embedded post ("— Name (@handle) November 18, 2019") is quoted text.
        if (line.contains("(@")) {
            return true;
        }
        // A short sentence that mentions a date ends like a sentence; a dateline does not.
        return sentence || !(STAMP.matcher(line).matches() || TIME.matcher(line).find() || DateParser.inText(line) != null);
    }
}
