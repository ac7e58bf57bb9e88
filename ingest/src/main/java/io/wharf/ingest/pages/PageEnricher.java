package io.wharf.ingest.pages;

import crawlercommons.robots.BaseRobotRules;
import io.wharf.ingest.extract.ArticleExtractor;
import io.wharf.ingest.extract.ExtractedPage;
import io.wharf.ingest.fetch.FetchException;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.hosts.PoliteFetcher;
import io.wharf.ingest.hosts.RobotsRules;
import io.wharf.ingest.url.UrlNormalizer;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Completes a feed item that carries only a summary from its page: the main text, and what the feed left out
 * (title, date, language), with the page's canonical URL as the article's identity. robots.txt is respected, and
 * pages are fetched through the same per-host gate as the feeds; a page that cannot be had leaves the feed's article
 * as it was. Thread-safe: the fetcher and the backoff table are.
 */
public final class PageEnricher {
    private static final Logger LOG = LoggerFactory.getLogger(PageEnricher.class);
    private static final Pattern META_CHARSET = Pattern.compile("(?i)<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9._-]+)");
    private final PageSettings settings;
    private final PoliteFetcher fetcher;
    private final HostBackoff backoff;
    private final ArticleExtractor extractor = new ArticleExtractor();

    /** @param fetcher shared with the poller, so that feeds and pages of one host take turns */
    public PageEnricher(PageSettings settings, PoliteFetcher fetcher, java.time.Clock clock) {
        this.settings = settings;
        this.fetcher = fetcher;
        this.backoff = new HostBackoff(clock);
    }

    public boolean wanted(Article a) {
        return settings.enabled() && a.text().length() < settings.minSummaryChars();
    }

    /**
     * The article completed from its page, or as it was (robots.txt refuses the page, the page is no article).
     * @throws PageDeferred when the host cannot be reached now: the caller keeps the item for a later poll
     */
    public Article enrich(Article a) throws InterruptedException, PageDeferred {
        URI page = URI.create(a.url());
        String host = RobotsRules.hostOf(page);
        HostBackoff.Failure waiting = backoff.waiting(host);
        if (waiting != null) {
            return deferOrKeep(a, waiting);
        }
        RobotsRules.Host robotsTxt;
        try {
            robotsTxt = fetcher.rules(page);
        } catch (FetchException e) {
            return deferOrKeep(a, backoff.failed(host, "robots.txt: " + e.getMessage()));
        }
        BaseRobotRules rules = robotsTxt.rules();
        if (!rules.isAllowed(a.url())) {
            LOG.info("page {} is disallowed by the robots.txt of {} (read again after {}); keeping the feed's summary", a.url(), host,
                    robotsTxt.expires());
            return a;
        }
        ExtractedPage p;
        try {
            FetchResult r = fetcher.fetch(page, null, null);
            p = extractor.extract(decode(r.body(), r.contentType()), a.url());
        } catch (FetchException e) {
            if (e.retryable()) {
                return deferOrKeep(a, backoff.failed(host, e.getMessage()));
            }
            LOG.info("page {} not read ({}); keeping the feed's summary", a.url(), e.getMessage());
            return a;
        } catch (InterruptedException e) {
            throw e;
        } catch (Exception e) {
            LOG.info("page {} not read ({}); keeping the feed's summary", a.url(), e.getMessage());
            return a;
        }
        backoff.succeeded(host);
        if (p.text().length() <= a.text().length()) {
            return a;
        }
        String canonical = canonical(p.canonicalUrl(), a.canonicalUrl());
        return new Article(ArticleIds.of(canonical), a.url(), canonical, a.source(), (a.title().isBlank() || a.title().equals(a.url())) && p.title() != null ? p.title() : a.title(),
                p.text(), a.summary(), a.publishedAt() != null ? a.publishedAt() : notAfter(p.publishedAt(), a.fetchedAt()), a.fetchedAt(),
                p.language() != null ? p.language() : a.language(), null);
    }

    /** Waits for the host while it has tries left; after that the article goes out with its summary. */
    private static Article deferOrKeep(Article a, HostBackoff.Failure f) throws PageDeferred {
        if (f.exhausted()) {
            LOG.info("page {} not read after {} tries ({}); keeping the feed's summary", a.url(), f.count(), f.reason());
            return a;
        }
        throw new PageDeferred(a.url(), f.reason(), f.count(), f.retryAt());
    }

    private static java.time.Instant notAfter(java.time.Instant t, java.time.Instant limit) {
        return t == null || t.isAfter(limit) ? null : t;
    }

    private static String canonical(String declared, String fallback) {
        if (declared == null) {
            return fallback;
        }
        try {
            return UrlNormalizer.normalize(declared);
        } catch (IllegalArgumentException e) {
            return fallback;
        }
    }

    /** HTML bytes to text: the HTTP charset, else the page's meta charset, else UTF-8. */
    public static String decode(byte[] body, String contentType) {
        String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = contentType == null ? null : Pattern.compile("(?i)charset=\"?([^;\"\\s]+)").matcher(contentType);
        String name = m != null && m.find() ? m.group(1) : null;
        if (name == null) {
            Matcher meta = META_CHARSET.matcher(head);
            name = meta.find() ? meta.group(1) : "UTF-8";
        }
        try {
            return new String(body, Charset.forName(name));
        } catch (RuntimeException e) {
            return new String(body, StandardCharsets.UTF_8);
        }
    }
}
