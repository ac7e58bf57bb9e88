package io.wharf.ingest.testutil;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many web hosts on loopback, one HTTP server per address 127.1.x.y (Linux routes all of 127.0.0.0/8 to lo), each
 * answering after its own latency, or never (a dead host). Host h serves /feed/N (an RSS feed of N's items, plus the
 * item it shares with the next feed) and a robots.txt, possibly with a Crawl-delay. Every request's start is recorded
 * per host, as the host sees it, to check politeness from the outside. Used by ManySourcesIT and the sources bench.
 */
public final class ManyHostsServer implements AutoCloseable {
    /** How host h behaves: its latency in ms (negative: it never answers), its robots.txt Crawl-delay in s (0: none). */
    public record Behaviour(int latencyMs, int crawlDelaySeconds) {}

    /** Requests one host saw: starts (ms, server clock) and the most at once. Thread-safe. */
    public static final class Host {
        final List<Long> starts = Collections.synchronizedList(new ArrayList<>());
        final AtomicInteger inFlight = new AtomicInteger();
        final AtomicInteger maxInFlight = new AtomicInteger();

        public int maxInFlight() {
            return maxInFlight.get();
        }

        /** The shortest time between the starts of two requests, or Long.MAX_VALUE with fewer than two. */
        public long minGapMs() {
            List<Long> s = sorted();
            long min = Long.MAX_VALUE;
            for (int i = 1; i < s.size(); i++) {
                min = Math.min(min, s.get(i) - s.get(i - 1));
            }
            return min;
        }

        /** The most requests that started within any window of one second. */
        public int maxPerSecond() {
            List<Long> s = sorted();
            int max = 0;
            for (int i = 0, j = 0; i < s.size(); i++) {
                while (s.get(i) - s.get(j) >= 1000) {
                    j++;
                }
                max = Math.max(max, i - j + 1);
            }
            return max;
        }

        public int requests() {
            return starts.size();
        }

        public List<Long> sorted() {
            synchronized (starts) {
                List<Long> s = new ArrayList<>(starts);
                Collections.sort(s);
                return s;
            }
        }
    }

    private final List<HttpServer> servers = new ArrayList<>();
    private final List<Host> hosts = new ArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "many-hosts");
        t.setDaemon(true);
        return t;
    });
    private final int itemsPerFeed;

    public ManyHostsServer(List<Behaviour> behaviours, int itemsPerFeed) throws IOException {
        this.itemsPerFeed = itemsPerFeed;
        for (int h = 0; h < behaviours.size(); h++) {
            Behaviour b = behaviours.get(h);
            Host host = new Host();
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(address(h)), 0), 100);
            server.createContext("/", ex -> answer(ex, b, host));
            server.setExecutor(handlers);
            server.start();
            servers.add(server);
            hosts.add(host);
        }
    }

    private static String address(int h) {
        return "127.1." + (h / 250) + "." + (h % 250 + 1);
    }

    /** The feed of source n, served by host h. */
    public URI feed(int h, int n) {
        return URI.create("http://" + address(h) + ":" + servers.get(h).getAddress().getPort() + "/feed/" + n);
    }

    public List<Host> hosts() {
        return hosts;
    }

    private void answer(HttpExchange ex, Behaviour b, Host host) throws IOException {
        host.starts.add(System.currentTimeMillis());
        int now = host.inFlight.incrementAndGet();
        host.maxInFlight.accumulateAndGet(now, Math::max);
        try {
            Thread.sleep(b.latencyMs() < 0 ? Long.MAX_VALUE : b.latencyMs());
            String path = ex.getRequestURI().getPath();
            byte[] body;
            if (path.equals("/robots.txt")) {
                body = ("User-agent: *\nDisallow: /private/\n" + (b.crawlDelaySeconds() > 0 ? "Crawl-delay: " + b.crawlDelaySeconds() + "\n" : ""))
                        .getBytes(StandardCharsets.UTF_8);
            } else if (path.startsWith("/feed/")) {
                body = feed(Integer.parseInt(path.substring(6)), "http://" + ex.getRequestHeaders().getFirst("Host"));
            } else {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().add("Content-Type", path.startsWith("/feed/") ? "application/rss+xml" : "text/plain");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            host.inFlight.decrementAndGet();
            ex.close();
        }
    }

    /** The item ids a feed publishes: its own, and the one it shares with the next feed (and the previous one). */
    public List<String> links(int n, String base) {
        List<String> out = new ArrayList<>();
        for (int k = 0; k < itemsPerFeed; k++) {
            out.add(base + "/a/" + n + "/" + k);
        }
        out.add("http://shared.example.test/story/" + (n / 2));
        return out;
    }

    private byte[] feed(int n, String base) {
        StringBuilder rss = new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Feed ").append(n)
                .append("</title><link>").append(base).append("</link>");
        for (String link : links(n, base)) {
            rss.append("<item><title>Story ").append(link).append("</title><link>").append(link).append("</link><description>")
                    .append(words(link.hashCode())).append("</description></item>");
        }
        return rss.append("</channel></rss>").toString().getBytes(StandardCharsets.UTF_8);
    }

    /** A text of its own for each item, so that no two are near-duplicates. */
    private static String words(long seed) {
        Random r = new Random(seed);
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            s.append("w").append(Integer.toString(r.nextInt(100_000), 36)).append(' ');
        }
        return s.toString();
    }

    @Override
    public void close() {
        servers.forEach(s -> s.stop(0));
        handlers.shutdownNow();
    }
}
