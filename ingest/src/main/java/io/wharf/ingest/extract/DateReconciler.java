package io.wharf.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Picks the publication time from the page's many claims, most deliberate first: JSON-LD, microdata, Open Graph
 * article metadata, {@code <time>}, other meta conventions, a date in the URL, a modification date, and finally a
 * date in the text (bylines first).
 * A claim in the future (a scheduled embargo, a wrong zone, an "expires" date) is never believed.
 */
final class DateReconciler {
    private static final String[] META_KEYS = {
        "article:published_time", "og:published_time", "og:article:published_time", "datepublished",
        "article.published", "publishdate", "publish-date", "publish_date", "pubdate", "parsely-pub-date",
        "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date", "dc.date.created",
        "dcterms.created", "date", "created"};
    // When the page only says when it last changed: a later, weaker stand-in for the publication date.
    private static final String[] MODIFIED_KEYS = {
        "article:modified_time", "og:updated_time", "datemodified", "dc.date.modified", "last-modified"};
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    // "/2019/nov/18/": the month spelled out, as some CMSs do.
    private static final Pattern URL_NAMED_DATE = Pattern.compile("(?i)/((?:19|20)\\d{2})/([a-z]{3})[a-z]*/(\\d{1,2})/");

    private final Clock clock;

    DateReconciler(Clock clock) {
        this.clock = clock;
    }

    Instant publishedAt(PageIndex index, MetadataReader meta, JsonNode article, String pageUrl, String visibleText) {
        List<String> claims = new ArrayList<>();
        claims.add(JsonLd.text(article, "datePublished"));
        claims.addAll(index.itempropDates);
        for (String key : META_KEYS) {
            if (key.equals("pubdate")) {
                claims.add(index.pubdateTime);
            }
            claims.add(meta.meta(key));
            if (key.equals("dc.date.created")) {
                // A visible <time> outranks the generic meta names below but not the specific ones above.
                claims.add(index.articleTime != null ? index.articleTime : index.anyTime);
            }
        }
        claims.add(JsonLd.text(article, "dateCreated"));
        Instant now = clock.instant();
        Instant found = first(claims, now);
        if (found != null) {
            return found;
        }
        Instant fromUrl = fromUrl(pageUrl);
        if (plausible(fromUrl, now)) {
            return fromUrl;
        }
        List<String> modified = new ArrayList<>();
        modified.add(JsonLd.text(article, "dateModified"));
        for (String key : MODIFIED_KEYS) {
            modified.add(meta.meta(key));
        }
        found = first(modified, now);
        if (found != null) {
            return found;
        }
        // Only the top of the text: a byline date comes first, dates further down are events the story reports.
        String top = visibleText == null || visibleText.length() <= 2000 ? visibleText : visibleText.substring(0, 2000);
        Instant inText = top == null ? null : DateParser.inText(top);
        return plausible(inText, now) ? inText : null;
    }

    private static Instant first(List<String> claims, Instant now) {
        for (String claim : claims) {
            Instant at = DateParser.parse(claim);
            if (plausible(at, now)) {
                return at;
            }
        }
        return null;
    }

    private static boolean plausible(Instant at, Instant now) {
        // Before 1990 is a parsing accident (epoch zero, two-digit years), not a news article.
        return at != null && !at.isAfter(now) && at.isAfter(Instant.parse("1990-01-01T00:00:00Z"));
    }

    private static Instant fromUrl(String url) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) {
            return DateParser.parse(m.group(1) + "-" + m.group(2) + "-" + m.group(3));
        }
        m = URL_NAMED_DATE.matcher(url);
        return m.find() ? DateParser.inText(m.group(3) + " " + m.group(2) + " " + m.group(1)) : null;
    }
}
