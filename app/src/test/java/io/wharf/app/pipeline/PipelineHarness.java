package io.wharf.app.pipeline;

import com.sun.net.httpserver.HttpServer;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.kafka.TestKafka;
import io.wharf.ingest.PollResult;
import io.wharf.model.EnrichedArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the end-to-end tests share: a real Kafka broker ({@link TestKafka}), the test feeds served over HTTP on loopback
 * with ETags, and a configuration pointing the pipeline at both and at a given database.
 */
final class PipelineHarness implements AutoCloseable {
    final TestKafka broker;
    final HttpServer server;
    final Path dir;
    final List<EnrichedArticle> printed = new ArrayList<>();

    PipelineHarness(Path dir) throws IOException {
        this.dir = dir;
        this.broker = TestKafka.start(dir);
        this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        serve("/rss.xml", "feeds/rss-platform-deals.xml", "application/rss+xml");
        serve("/atom.xml", "feeds/atom-platform-news.xml", "application/atom+xml");
        server.start();
        Files.writeString(dir.resolve("sources.yml"), """
                sources:
                  - id: rss
                    url: http://127.0.0.1:%1$d/rss.xml
                  - id: atom
                    url: http://127.0.0.1:%1$d/atom.xml
                """.formatted(server.getAddress().getPort()));
    }

    private void serve(String path, String resource, String type) {
        byte[] body = resource(resource);
        String etag = "\"" + Integer.toHexString(java.util.Arrays.hashCode(body)) + "\"";
        server.createContext(path, ex -> {
            if (etag.equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
            } else {
                ex.getResponseHeaders().add("Content-Type", type);
                ex.getResponseHeaders().add("ETag", etag);
                ex.sendResponseHeaders(200, body.length);
                ex.getResponseBody().write(body);
            }
            ex.close();
        });
    }

    static byte[] resource(String name) {
        try (InputStream in = PipelineHarness.class.getResourceAsStream("/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    WharfConfig config(String jdbcUrl, String user, String password, String schema) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("data.dir", dir.toString());
        o.put("kafka.bootstrap.servers", broker.bootstrapServers());
        o.put("ingest.sources.file", dir.resolve("sources.yml").toString());
        o.put("ingest.fetch.allow", "127.0.0.1/32");
        o.put("ingest.pages.enabled", "false"); // the test feeds link to example.test pages that do not exist
        o.put("store.jdbc.url", jdbcUrl);
        o.put("store.jdbc.user", user == null ? "" : user);
        o.put("store.jdbc.password", password == null ? "" : password);
        o.put("store.jdbc.schema", schema == null ? "" : schema);
        return WharfConfig.defaults(o);
    }

    Pipeline pipeline(WharfConfig config) {
        return new Pipeline(config, broker.bootstrapServers(), EnumSet.allOf(Stage.class), batch -> {
            synchronized (printed) {
                printed.addAll(batch);
            }
        });
    }

    /** One pass as `wharf run --once` does it: start, poll every source, wait for the store, stop. */
    List<PollResult> runOnce(WharfConfig config) throws InterruptedException {
        try (Pipeline p = pipeline(config)) {
            p.start(false);
            List<PollResult> results = p.pollOnce();
            long published = results.stream().mapToLong(PollResult::published).sum();
            if (!p.awaitDrained(published, Duration.ofMinutes(2))) {
                throw new AssertionError("pipeline did not store " + published + " articles within 2 minutes");
            }
            return results;
        }
    }

    @Override
    public void close() {
        server.stop(0);
        broker.close();
    }
}
