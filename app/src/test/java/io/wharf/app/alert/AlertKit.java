package io.wharf.app.alert;

import com.sun.net.httpserver.HttpServer;
import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.store.db.Database;
import io.wharf.store.testing.PostgresTestDatabase;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** What the alert fault tests share: the deal reported by many articles, a webhook receiver, the databases. */
public final class AlertKit {
    private AlertKit() {}

    static Article article(String tag, int i) {
        String url = "https://news.test/" + tag + "/" + i;
        return new Article(ArticleIds.of(url), url, url, "news", "Deal news " + i, "Palo Alto Networks and Twistlock, part " + i + ".", "",
                Instant.parse("2019-05-29T00:00:00Z").plusSeconds(3600L * i), Instant.parse("2019-06-01T00:00:00Z"), "en", null);
    }

    /** The acquisition of {@code targetId} (a gazetteer id) as one article reports it. */
    static Deal deal(String targetId, String targetName, String articleId, Deal.Status status, Long amount) {
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.ACQUIRER, "palo-alto-networks", "Palo Alto Networks"),
                new Deal.Party(Deal.Role.TARGET, targetId, targetName));
        return new Deal(Deal.idFor(Deal.Type.ACQUISITION, parties, null, false), Deal.Type.ACQUISITION, parties, amount,
                amount == null ? null : "USD", null, status, LocalDate.of(2019, 5, 29),
                new Deal.Evidence(articleId, "Palo Alto Networks will acquire " + targetName + ".", 0, 20), 0.9, null, null, false, null, null, false);
    }

    static EnrichedArticle enriched(Article a, Deal d) {
        return new EnrichedArticle(a, List.of(), List.of(), List.of(), List.of(d), "alert-it", Instant.parse("2019-06-01T00:00:01Z"));
    }

    /** A SQLite file or a fresh PostgreSQL schema, migrated. */
    /** A migrated database of the kind a parameterised test names: a SQLite file in dir, or a PostgreSQL schema of its own. */
    public record Db(Database database, PostgresTestDatabase pg) implements AutoCloseable {
        public static Db of(String kind, Path dir) {
            if (kind.equals("sqlite")) {
                Database d = new Database("jdbc:sqlite:" + dir.resolve("wharf-" + System.nanoTime() + ".db"), null, null, null);
                d.migrate();
                return new Db(d, null);
            }
            PostgresTestDatabase pg = PostgresTestDatabase.create();
            pg.database().migrate();
            return new Db(pg.database(), pg);
        }

        long count(String sql, Object... args) throws Exception {
            try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        }

        String text(String sql, Object... args) throws Exception {
            try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        }

        void execute(String sql) throws Exception {
            try (Connection c = database.connect(); java.sql.Statement st = c.createStatement()) {
                st.execute(sql);
            }
        }

        @Override
        public void close() throws Exception {
            if (pg != null) {
                pg.close();
            }
        }
    }

    /** A webhook receiver on 127.0.0.1 that answers 500 to its first {@code failFirst} requests, then 200. */
    static final class Receiver implements AutoCloseable {
        final HttpServer server;
        final AtomicInteger requests = new AtomicInteger();
        final List<String> delivered = new CopyOnWriteArrayList<>();
        final List<String> keys = new CopyOnWriteArrayList<>();

        Receiver(int failFirst) throws Exception {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hook", ex -> {
                String body = new String(ex.getRequestBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                int n = requests.incrementAndGet();
                if (n > failFirst) {
                    delivered.add(body);
                    keys.add(ex.getRequestHeaders().getFirst("X-Wharf-Idempotency-Key"));
                }
                ex.sendResponseHeaders(n > failFirst ? 200 : 500, -1);
                ex.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
