package io.wharf.ingest.pages;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import io.wharf.ingest.fetch.FetchResult;
import io.wharf.ingest.fetch.HttpFetcher;
import io.wharf.ingest.fetch.HttpStatusException;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * robots.txt for article pages, parsed by crawler-commons and cached per host (scheme, host, port; the most
 * recent 1,000). A missing robots.txt allows everything; a server error defers the host. Thread-safe.
 */
final class RobotsRules {
    private final HttpFetcher fetcher;
    private final String agent;
    private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    private final Map<String, BaseRobotRules> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, BaseRobotRules> eldest) {
            return size() > 1000;
        }
    };

    RobotsRules(HttpFetcher fetcher, String userAgent) {
        this.fetcher = fetcher;
        this.agent = userAgent.split("[/ ]")[0].toLowerCase(java.util.Locale.ROOT);
    }

    BaseRobotRules rulesFor(URI page) {
        String host = page.getScheme() + "://" + page.getRawAuthority();
        synchronized (cache) {
            BaseRobotRules cached = cache.get(host);
            if (cached != null) {
                return cached;
            }
        }
        BaseRobotRules rules;
        URI robots = URI.create(host + "/robots.txt");
        try {
            FetchResult r = fetcher.fetch(robots, null, null);
            rules = parser.parseContent(robots.toString(), r.body(), r.contentType() == null ? "text/plain" : r.contentType(),
                    List.of(agent));
        } catch (HttpStatusException e) {
            rules = parser.failedFetch(e.status());
        } catch (IOException e) {
            rules = parser.failedFetch(500);
        }
        synchronized (cache) {
            cache.put(host, rules);
        }
        return rules;
    }
}
