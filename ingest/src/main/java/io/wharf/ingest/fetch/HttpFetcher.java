package io.wharf.ingest.fetch;

import io.wharf.model.AddressGuard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;

/**
 * Fetches a URL with conditional GET, gzip, a body cap, a total deadline and a bounded number of redirects;
 * {@code file:} URIs are read from disk (offline demos). Thread-safe: the HTTP client is shared.
 */
public final class HttpFetcher {
    private static final int MAX_RETRIES = 2;
    private static final long MAX_RETRY_WAIT_SECONDS = 10;
    private final FetchSettings settings;
    private final HttpClient client;
    private final AddressGuard guard;

    public HttpFetcher(FetchSettings settings) {
        this.settings = settings;
        this.guard = new AddressGuard(settings.allow(), "ingest.fetch.allow");
        // Redirects are followed by hand so that the limit is ours, not a JDK system property.
        this.client = HttpClient.newBuilder()
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public String userAgent() {
        return settings.userAgent();
    }

    /** Retries a 5xx or 429 answer a few times, waiting as Retry-After says (capped) or 1 s, 2 s. */
    public FetchResult fetch(URI uri, String etag, String lastModified) throws IOException {
        if ("file".equalsIgnoreCase(uri.getScheme())) {
            return readFile(Path.of(uri), lastModified);
        }
        for (int attempt = 0; ; attempt++) {
            try {
                return fetchOnce(uri, etag, lastModified);
            } catch (HttpStatusException e) {
                if (!e.retryable() || attempt >= MAX_RETRIES) {
                    throw e;
                }
                sleep(e.retryAfterSeconds() >= 0 ? Math.min(e.retryAfterSeconds(), MAX_RETRY_WAIT_SECONDS) * 1000L : 1000L << attempt);
            }
        }
    }

    private FetchResult fetchOnce(URI uri, String etag, String lastModified) throws IOException {
        URI current = uri;
        for (int hop = 0; hop <= settings.maxRedirects(); hop++) {
            try {
                guard.check(current); // every hop: a public page may redirect to an internal address
            } catch (AddressGuard.Refused e) {
                throw new FetchException(e.getMessage(), e.retryable(), e.getCause());
            }
            HttpResponse<byte[]> response = send(request(current, etag, lastModified));
            int status = response.statusCode();
            if (status >= 300 && status < 400 && status != 304) {
                String location = response.headers().firstValue("Location")
                        .orElseThrow(() -> new FetchException("HTTP " + status + " without Location", false));
                current = current.resolve(location.trim());
                continue;
            }
            if (status == 304) {
                return FetchResult.unchanged(etag, lastModified);
            }
            if (status != 200) {
                throw new HttpStatusException(current, status, response.headers().firstValue("Retry-After").orElse(null));
            }
            var headers = response.headers();
            return new FetchResult(false, decode(response.body(), headers.firstValue("Content-Encoding").orElse("")),
                    headers.firstValue("Content-Type").orElse(null),
                    headers.firstValue("ETag").orElse(null), headers.firstValue("Last-Modified").orElse(null));
        }
        throw new FetchException("more than " + settings.maxRedirects() + " redirects from " + uri, false);
    }

    private HttpRequest request(URI uri, String etag, String lastModified) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).GET()
                .timeout(settings.totalTimeout())
                .header("User-Agent", settings.userAgent())
                .header("Accept-Encoding", "gzip, deflate")
                .header("Accept", "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5");
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        if (lastModified != null) {
            b.header("If-Modified-Since", lastModified);
        }
        return b.build();
    }

    private HttpResponse<byte[]> send(HttpRequest request) throws IOException {
        CompletableFuture<HttpResponse<byte[]>> future =
                client.sendAsync(request, info -> new CappedBodySubscriber(settings.maxBodyBytes()));
        try {
            // The request timeout covers only the headers; this deadline covers the body too.
            return future.get(settings.totalTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw new FetchException("no complete response from " + request.uri() + " within " + settings.totalTimeout(), true, e);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted fetching " + request.uri(), true, e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof FetchException fe) {
                throw fe;
            }
            throw new FetchException("cannot fetch " + request.uri() + ": " + cause, true, cause);
        }
    }

    private static void sleep(long millis) throws FetchException {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new FetchException("interrupted while waiting to retry", true, e);
        }
    }

    private byte[] decode(byte[] body, String encoding) throws IOException {
        String enc = encoding.trim().toLowerCase(Locale.ROOT);
        if (!enc.equals("gzip") && !enc.equals("deflate")) {
            return body;
        }
        try (InputStream in = enc.equals("gzip") ? new GZIPInputStream(new ByteArrayInputStream(body))
                : new InflaterInputStream(new ByteArrayInputStream(body))) {
            // Cap the inflated size too: a small gzip bomb must not fill the heap.
            byte[] out = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBodyBytes() + 1));
            if (out.length > settings.maxBodyBytes()) {
                throw new FetchException("decompressed body larger than the cap of " + settings.maxBodyBytes() + " bytes", false);
            }
            return out;
        }
    }

    private FetchResult readFile(Path path, String lastModified) throws IOException {
        if (!Files.isRegularFile(path)) {
            throw new FetchException("no such file " + path, false);
        }
        String stamp = Files.getLastModifiedTime(path).toString() + "/" + Files.size(path);
        if (stamp.equals(lastModified)) {
            return FetchResult.unchanged(null, lastModified);
        }
        if (Files.size(path) > settings.maxBodyBytes()) {
            throw new FetchException("file " + path + " larger than the cap of " + settings.maxBodyBytes() + " bytes", false);
        }
        return new FetchResult(false, Files.readAllBytes(path), null, null, stamp);
    }
}
