package io.wharf.ingest.url;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Normalises article URLs so the same article reached by many links gets one id: lower-case scheme and host,
 * no default port, no fragment, no tracking parameters, no trailing "?" and an empty path as "/".
 */
public final class UrlNormalizer {
    private static final Pattern TRACKING = Pattern.compile(
            "(?i)^(utm_[a-z_]+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|yclid|_ga|_hsenc|_hsmi|mkt_tok|igshid|ref_src|cmpid)$");

    private UrlNormalizer() {}

    public static String normalize(String url) {
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + url);
        }
        if (uri.getScheme() == null || uri.getHost() == null) {
            throw new IllegalArgumentException("not an absolute http(s) URL: " + url);
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        int port = uri.getPort();
        if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
            port = -1;
        }
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String query = filterQuery(uri.getRawQuery());
        return scheme + "://" + host + (port == -1 ? "" : ":" + port) + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String filterQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String name = pair.split("=", 2)[0];
            if (!TRACKING.matcher(name).matches()) {
                kept.add(pair);
            }
        }
        return String.join("&", kept);
    }
}
