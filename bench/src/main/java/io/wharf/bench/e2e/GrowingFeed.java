package io.wharf.bench.e2e;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Loopback HTTP for the alert-latency benchmark: an RSS feed whose items appear one by one (each is served from
 * the moment {@link #publish} is called), and a webhook that notes when the alert for each item arrived (found by
 * the item's link, {@code /deal/N}, in the alert's body). Thread-safe.
 */
final class GrowingFeed implements AutoCloseable {
    private static final Pattern ITEM = Pattern.compile("/deal/(\\d+)");
    private final HttpServer server;
    private final List<String> items;
    private volatile int visible;
    private final Map<Integer, Long> appeared = new ConcurrentHashMap<>();
    private final Map<Integer, Long> alerted = new ConcurrentHashMap<>();

    /** {@code items}: one sentence each; item N links to /deal/N. */
    GrowingFeed(List<String> items) throws IOException {
        this.items = List.copyOf(items);
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/feed.xml", ex -> {
            byte[] body = rss().getBytes(StandardCharsets.UTF_8);
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.createContext("/hook", ex -> {
            String body = new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            long at = System.nanoTime();
            Matcher m = ITEM.matcher(body);
            if (m.find()) {
                alerted.putIfAbsent(Integer.parseInt(m.group(1)), at);
            }
            ex.sendResponseHeaders(204, -1);
            ex.close();
        });
        server.start();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Makes the next item visible in the feed; returns its number. */
    int publish() {
        int n = visible;
        appeared.put(n, System.nanoTime());
        visible = n + 1;
        return n;
    }

    /** Seconds from each item's appearance to its alert, for the items alerted so far. */
    List<Double> latencies() {
        return alerted.entrySet().stream().filter(e -> appeared.containsKey(e.getKey()))
                .map(e -> (e.getValue() - appeared.get(e.getKey())) / 1e9).sorted().toList();
    }

    int alertedCount() {
        return alerted.size();
    }

    private String rss() {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Deal wire</title>"
                + "<link>https://bench.wharf.invalid/</link><description>alert latency</description>");
        for (int i = visible - 1; i >= 0; i--) { // newest first, as feeds are
            b.append("<item><title>Deal ").append(i).append("</title><link>https://bench.wharf.invalid/deal/").append(i)
                    .append("</link><guid isPermaLink=\"false\">deal-").append(i).append("</guid><description>")
                    .append(items.get(i)).append("</description></item>");
        }
        return b.append("</channel></rss>").toString();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
