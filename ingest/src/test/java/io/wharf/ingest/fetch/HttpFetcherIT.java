package io.wharf.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.wharf.ingest.feed.FeedItem;
import io.wharf.ingest.feed.FeedParser;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every bad case of the network, served from HTTP on loopback. */
class HttpFetcherIT {
    private static final String FEED = "<rss version=\"2.0\"><channel><title>t</title><item><title>Caf\u00e9 news</title>"
            + "<link>https://case.example.test/a</link></item></channel></rss>";
    private HttpServer server;
    private final AtomicInteger flaky = new AtomicInteger();
    private final FetchSettings settings = new FetchSettings(Duration.ofSeconds(2), Duration.ofSeconds(2), 1 << 20, 5,
            "WharfTest/1", List.of("127.0.0.1/32"));

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/drip", ex -> {
            ex.sendResponseHeaders(200, 100);
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write('x');
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException e) {
                // the client gave up, as it should
            }
        });
        server.createContext("/huge", ex -> send(ex, 200, new byte[2 << 20], null));
        server.createContext("/loop", ex -> redirect(ex, "/loop"));
        server.createContext("/to-loopback", ex -> redirect(ex, "http://127.0.0.2:" + port() + "/feed"));
        server.createContext("/to-metadata", ex -> redirect(ex, "http://169.254.169.254/latest/meta-data/"));
        server.createContext("/to-file", ex -> redirect(ex, "file:///etc/passwd"));
        server.createContext("/gzip", ex -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            try (GZIPOutputStream gz = new GZIPOutputStream(buf)) {
                gz.write(FEED.getBytes(StandardCharsets.UTF_8));
            }
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            send(ex, 200, buf.toByteArray(), "application/rss+xml");
        });
        server.createContext("/wrong-charset", ex -> send(ex, 200, FEED.getBytes(StandardCharsets.ISO_8859_1), "text/xml; charset=utf-8"));
        server.createContext("/flaky", ex -> {
            if (flaky.getAndIncrement() == 0) {
                send(ex, 500, new byte[0], null);
            } else {
                send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
            }
        });
        server.createContext("/busy", ex -> {
            if (flaky.getAndIncrement() == 0) {
                ex.getResponseHeaders().add("Retry-After", "1");
                send(ex, 429, new byte[0], null);
            } else {
                send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8), "application/rss+xml");
            }
        });
        server.createContext("/feed", ex -> send(ex, 200, FEED.getBytes(StandardCharsets.UTF_8), "application/rss+xml"));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private int port() {
        return server.getAddress().getPort();
    }

    private URI url(String path) {
        return URI.create("http://127.0.0.1:" + port() + path);
    }

    private static void redirect(HttpExchange ex, String location) throws IOException {
        ex.getResponseHeaders().add("Location", location);
        send(ex, 302, new byte[0], null);
    }

    private static void send(HttpExchange ex, int status, byte[] body, String type) throws IOException {
        if (type != null) {
            ex.getResponseHeaders().add("Content-Type", type);
        }
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        }
        ex.close();
    }

    private FetchResult fetch(String path) throws IOException {
        return new HttpFetcher(settings).fetch(url(path), null, null);
    }

    @Test
    void aServerThatDripsIsCutOffAtTheTotalTimeout() {
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> fetch("/drip")).isInstanceOf(FetchException.class).hasMessageContaining("within");
        assertThat((System.nanoTime() - t0) / 1_000_000_000.0).isLessThan(6.0);
    }

    @Test
    void aBodyOverTheCapIsRefused() {
        assertThatThrownBy(() -> fetch("/huge")).hasMessageContaining("larger than the cap");
    }

    @Test
    void aRedirectLoopStopsAtTheLimit() {
        assertThatThrownBy(() -> fetch("/loop")).hasMessageContaining("more than 5 redirects");
    }

    @Test
    void redirectsToInternalAddressesAndOtherSchemesAreRefusedAtEveryHop() {
        assertThatThrownBy(() -> fetch("/to-loopback")).hasMessageContaining("internal address 127.0.0.2");
        assertThatThrownBy(() -> fetch("/to-metadata")).hasMessageContaining("169.254.169.254");
        assertThatThrownBy(() -> fetch("/to-file")).hasMessageContaining("only http and https");
    }

    @Test
    void withoutTheAllowListLoopbackIsRefused() {
        assertThatThrownBy(() -> new HttpFetcher(FetchSettings.DEFAULTS).fetch(url("/feed"), null, null))
                .hasMessageContaining("internal address 127.0.0.1");
    }

    @Test
    void gzipIsDecoded() throws IOException {
        assertThat(new String(fetch("/gzip").body(), StandardCharsets.UTF_8)).isEqualTo(FEED);
    }

    @Test
    void aWrongCharsetStillGivesTheRightText() throws IOException {
        FetchResult r = fetch("/wrong-charset");
        List<FeedItem> items = new FeedParser().parse(r.body(), r.contentType(), url("/wrong-charset"));
        assertThat(items.get(0).title()).isEqualTo("Caf\u00e9 news");
    }

    @Test
    void a500ThenA200IsRetried() throws IOException {
        assertThat(fetch("/flaky").notModified()).isFalse();
        assertThat(flaky.get()).isEqualTo(2);
    }

    @Test
    void a429WaitsForRetryAfter() throws IOException {
        long t0 = System.nanoTime();
        assertThat(fetch("/busy").body()).isNotEmpty();
        assertThat((System.nanoTime() - t0) / 1_000_000).isGreaterThanOrEqualTo(900);
    }
}
