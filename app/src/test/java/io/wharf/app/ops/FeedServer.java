package io.wharf.app.ops;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** One RSS feed served on loopback, and the sources file pointing at it. */
final class FeedServer implements AutoCloseable {
    private final HttpServer server;

    FeedServer(String rss) throws IOException {
        byte[] body = rss.getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed.xml", ex -> {
            ex.getResponseHeaders().add("Content-Type", "application/rss+xml");
            ex.sendResponseHeaders(200, body.length);
            ex.getResponseBody().write(body);
            ex.close();
        });
        server.start();
    }

    /** An RSS feed of items given as {guid, title, description}. */
    static String rss(String[]... items) {
        StringBuilder b = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\"><channel><title>ops</title>"
                + "<link>https://ops.test/</link><description>test</description>\n");
        for (String[] i : items) {
            b.append("<item><title>").append(i[1]).append("</title><link>https://ops.test/").append(i[0]).append("</link><guid>")
                    .append(i[0]).append("</guid><pubDate>Mon, 10 Apr 2017 18:00:00 GMT</pubDate><description>").append(i[2])
                    .append("</description></item>\n");
        }
        return b.append("</channel></rss>\n").toString();
    }

    Path sourcesFile(Path dir) throws IOException {
        return Files.writeString(dir.resolve("sources.yml"), "sources:\n  - id: big\n    url: http://127.0.0.1:" + server.getAddress().getPort()
                + "/feed.xml\n");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
