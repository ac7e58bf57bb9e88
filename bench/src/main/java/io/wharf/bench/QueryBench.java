package io.wharf.bench;

import io.wharf.app.Main;
import io.wharf.store.db.Database;
import io.wharf.store.sink.JdbcArticleSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `wharf deals` and `wharf companies` on a store of 100,000 articles: fills a fresh SQLite file (and PostgreSQL when
 * WHARF_BENCH_PG_URL is set, with WHARF_BENCH_PG_USER and WHARF_BENCH_PG_PASSWORD; the bench writes into a schema of its
 * own) through the store's sink, as the store stage writes, then runs each query through the command line in this JVM
 * (configuration, migration check, query, printing; no JVM start) and prints the median of five runs after a warm-up,
 * and whether it is under a second. Arguments: [N articles, default 100000]. The temporary SQLite file and the PostgreSQL
 * schema are removed at the end.
 */
public final class QueryBench {
    private static final String[][] QUERIES = {
        {"deals"}, {"deals", "--since", "30d"}, {"deals", "--type", "acquisition", "--status", "completed"},
        {"deals", "--company", "company-42"}, {"deals", "--since", "7d", "--format", "json"},
        {"companies", "--top", "20", "--since", "7d"}, {"companies", "--top", "20", "--since", "365d"},
    };

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Path dir = Files.createTempDirectory("wharf-query-bench");
        List<String[]> stores = new ArrayList<>();
        stores.add(new String[] {"jdbc:sqlite:" + dir.resolve("bench.db"), "", "", ""});
        String pg = System.getenv("WHARF_BENCH_PG_URL");
        if (pg != null && !pg.isBlank()) {
            stores.add(new String[] {pg, env("WHARF_BENCH_PG_USER"), env("WHARF_BENCH_PG_PASSWORD"), "wharf_bench_" + System.currentTimeMillis()});
        }
        for (String[] s : stores) {
            Database db = new Database(s[0], s[1], s[2], s[3]);
            db.migrate();
            long t0 = System.nanoTime();
            fill(db, n);
            System.err.printf(Locale.ROOT, "%s: %d articles stored in %.1f s%n", db.dialect(), n, (System.nanoTime() - t0) / 1e9);
            for (String[] q : QUERIES) {
                List<String> argv = new ArrayList<>(List.of(q));
                argv.addAll(List.of("--set", "store.jdbc.url=" + s[0], "--set", "store.jdbc.user=" + s[1], "--set", "store.jdbc.password=" + s[2],
                        "--set", "store.jdbc.schema=" + s[3]));
                double ms = time(argv.toArray(String[]::new));
                System.out.printf(Locale.ROOT, "{\"store\":\"%s\",\"articles\":%d,\"query\":\"wharf %s\",\"medianMs\":%.0f,\"underOneSecond\":%s}%n",
                        db.dialect().name().toLowerCase(Locale.ROOT), n, String.join(" ", q), ms, ms < 1000);
            }
            if (!s[3].isEmpty()) {
                try (Connection c = db.connect(); Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA " + s[3] + " CASCADE");
                }
            }
        }
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }

    /** Batches of 500 in one transaction each, as the store stage writes; the store's clock walks back over a year. */
    static void fill(Database db, int n) throws Exception {
        Instant end = Instant.now();
        for (int from = 0; from < n; from += 500) {
            Instant at = end.minus(Duration.ofMinutes(525_600L * (n - from) / n)); // oldest first
            try (JdbcArticleSink sink = new JdbcArticleSink(db, Clock.fixed(at, ZoneOffset.UTC))) {
                sink.write(BenchArticles.batch(from, Math.min(n, from + 500), at));
            }
        }
    }

    /** Median of five runs after one warm-up, in milliseconds; what the command prints is discarded. */
    static double time(String[] argv) {
        PrintStream out = System.out;
        double[] ms = new double[5];
        try {
            System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
            for (int i = -1; i < ms.length; i++) {
                long t0 = System.nanoTime();
                if (Main.execute(argv) != 0) {
                    throw new IllegalStateException("wharf " + String.join(" ", argv) + " failed");
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - t0) / 1e6;
                }
            }
        } finally {
            System.setOut(out);
        }
        return ClassifyBench.median(ms);
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null ? "" : v;
    }
}
