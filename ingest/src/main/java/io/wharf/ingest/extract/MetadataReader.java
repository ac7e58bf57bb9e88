package io.wharf.ingest.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/** Title, author, canonical URL and language of one parsed page; built per page, read once. */
final class MetadataReader {
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—:·•»/]|::)\\s+");
    private static final Pattern BY = Pattern.compile("(?i)^\\s*(?:written\\s+)?by[:\\s]+");
    private static final Pattern BYLINE_TAIL = Pattern.compile("(?i)\\s+(?:@\\w|[•|·]|updated\\b|published\\b|(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b|on\\s+\\w+\\.?\\s+\\d|"
            + "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2}\\b|\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}).*$");
    private static final Pattern LANGUAGE = Pattern.compile("(?i)([a-z]{2,3})(?:[-_].*)?");

    private final Document doc;
    private final PageIndex index;
    private final JsonNode article;

    MetadataReader(Document doc, PageIndex index, JsonNode article) {
        this.doc = doc;
        this.index = index;
        this.article = article;
    }

    /** The first non-empty {@code <meta>} content for a name, property, itemprop or http-equiv (lower case). */
    String meta(String key) {
        return index.metas.get(key);
    }

    String title() {
        String site = meta("og:site_name");
        String title = first(meta("og:title"), meta("twitter:title"), JsonLd.text(article, "headline"));
        if (title == null || title.equalsIgnoreCase(site)) {
            // Some sites put their own name in og:title; the page's headline is elsewhere then.
            title = index.h1 != null ? index.h1 : doc.title();
        }
        return title == null || title.isBlank() ? null : cleanTitle(title.trim(), site);
    }

    String author() {
        String author = first(JsonLd.text(article, "author"), meta("author"), meta("article:author"),
                meta("parsely-author"), meta("sailthru.author"), meta("dc.creator"), meta("byl"));
        if ((author == null || author.startsWith("http")) && index.byline != null) {
            author = index.byline;
        }
        if (author == null || author.isBlank() || author.startsWith("http")) {
            return null;
        }
        String cleaned = BY.matcher(author.trim()).replaceFirst("");
        // A byline element also carries handles, dates and reading times: "Ann Lee @annlee Nov 18, 2019 • 2 min read".
        cleaned = BYLINE_TAIL.matcher(cleaned).replaceFirst("").trim();
        return cleaned.isEmpty() || cleaned.length() > 120 ? null : cleaned;
    }

    String canonicalUrl() {
        String url = index.canonical;
        if ((url == null || url.isEmpty()) && meta("og:url") != null) {
            url = org.jsoup.internal.StringUtil.resolve(doc.location(), meta("og:url"));
        }
        return url == null || url.isEmpty() ? null : url;
    }

    String language() {
        String lang = first(index.htmlLang, meta("content-language"), meta("language"), meta("og:locale"), JsonLd.text(article, "inLanguage"));
        return lang == null ? null : isoCode(lang);
    }

    static String isoCode(String raw) {
        var m = LANGUAGE.matcher(raw.trim());
        if (!m.matches()) {
            return null;
        }
        String code = m.group(1).toLowerCase(Locale.ROOT);
        if (code.length() == 3) {
            // Three-letter codes map back through the JDK's table; unknown ones are not ISO 639-1.
            for (String two : Locale.getISOLanguages()) {
                if (new Locale(two).getISO3Language().equals(code)) {
                    return two;
                }
            }
            return null;
        }
        return code;
    }

    /** Drops a trailing (or leading) " | Site" part: the shorter side of a separator, when it looks like a name. */
    static String cleanTitle(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String last = parts[parts.length - 1];
        String head = title.substring(0, title.length() - last.length()).replaceAll("\\s+(?:[|\\-–—:·•»/]|::)\\s+$", "");
        if (last.equalsIgnoreCase(siteName) || (words(last) <= 4 && words(head) > words(last))) {
            return last.equalsIgnoreCase(siteName) ? cleanTitle(head, siteName) : head;
        }
        if (parts[0].equalsIgnoreCase(siteName)) {
            return title.substring(parts[0].length()).replaceFirst("^\\s+(?:[|\\-–—:·•»/]|::)\\s+", "");
        }
        return title;
    }

    private static int words(String s) {
        return s.trim().split("\\s+").length;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.trim();
            }
        }
        return null;
    }
}
