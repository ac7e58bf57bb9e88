package io.wharf.app.alert;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.store.sink.JdbcArticleSink;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** `wharf deals` and `wharf companies` through the command line, over a SQLite file and a PostgreSQL schema. */
class QueryCommandsIT {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"sqlite", "postgresql"})
    void dealsAndCompaniesAnswerTheirFilters(String kind) throws Exception {
        try (AlertKit.Db db = AlertKit.Db.of(kind, dir)) {
            Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
            List<EnrichedArticle> batch = new ArrayList<>();
            for (int i = 0; i < 3; i++) { // three articles on the acquisition of Twistlock; then one on a Portworx round
                Article a = article(kind + "-q" + i, now.minus(i, ChronoUnit.DAYS));
                Deal d = AlertKit.deal("twistlock", "Twistlock", a.id(), i == 0 ? Deal.Status.COMPLETED : Deal.Status.ANNOUNCED, 410_000_000L);
                batch.add(new EnrichedArticle(a, List.of(), List.of(new CompanySalience("palo-alto-networks", "Palo Alto Networks", 0.9, 3),
                        new CompanySalience("twistlock", "Twistlock", 0.8, 2)), List.of(), List.of(d), "q", now));
            }
            Article round = article(kind + "-round", now);
            List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.COMPANY, "portworx", "Portworx"),
                    new Deal.Party(Deal.Role.LEAD_INVESTOR, null, "Mayfield"));
            Deal funding = new Deal(Deal.idFor(Deal.Type.FUNDING, parties, Deal.Round.SERIES_C, false), Deal.Type.FUNDING, parties,
                    27_000_000L, "USD", Deal.Round.SERIES_C, Deal.Status.ANNOUNCED, null,
                    new Deal.Evidence(round.id(), "Portworx raised $27 million.", 0, 28), 0.8, null, null, false, null, null, false);
            batch.add(new EnrichedArticle(round, List.of(), List.of(new CompanySalience("portworx", "Portworx", 0.9, 2)), List.of(),
                    List.of(funding), "q", now));
            try (JdbcArticleSink sink = new JdbcArticleSink(db.database(), Clock.systemUTC())) {
                sink.write(batch);
            }
            // an alert the alert stage sent about the round: part of the deal record that `deals --format json` shows
            try (var c = db.database().connect(); var ps = c.prepareStatement("INSERT INTO alerts_sent (deal_id, channel, version, kind, outcome, "
                    + "status, amount, rules, idempotency_key, sent_at) VALUES (?, 'webhook', 1, 'new', 'delivered', 'ANNOUNCED', 27000000, 'storage', ?, ?)")) {
                ps.setString(1, funding.id());
                ps.setString(2, funding.id() + ":v1");
                db.database().dialect().setInstant(ps, 3, now);
                ps.executeUpdate();
            }
            String[] store = store(db);
            String table = cli(store, "deals", "--since", "30d");
            String acquisitions = cli(store, "deals", "--type", "acquisition", "--status", "completed", "--format", "csv");
            String byCompany = cli(store, "deals", "--company", "portworx", "--format", "json");
            String companies = cli(store, "companies", "--top", "2", "--since", "7d", "--format", "csv");
            String storage = cli(store, "deals", "--category", "storage", "--format", "csv");
            String security = cli(store, "deals", "--category", "security", "--type", "funding", "--format", "csv");
            System.out.printf("[counts] queries (%s): deals %d, completed acquisitions %d, deals of portworx %d, top companies %d%n", kind,
                    table.lines().count() - 1, acquisitions.lines().count() - 1, byCompany.lines().count(), companies.lines().count() - 1);
            assertThat(table.lines().skip(1)).hasSize(2);
            assertThat(table).contains("Palo Alto Networks (acquirer), Twistlock (target)").contains("$410M").contains("completed");
            assertThat(acquisitions.lines().toList()).hasSize(2).element(1).asString().contains("acquisition,completed").contains("410000000 USD");
            assertThat(byCompany.lines().toList()).hasSize(1).element(0).asString().contains("\"round\":\"series_c\"").contains("\"sources\":1");
            assertThat(byCompany).as("the status history: which article moved the deal").contains(
                    "\"history\":[{\"status\":\"announced\",\"article\":\"" + round.id() + "\",\"url\":\"" + round.url()
                    + "\",\"reportedAt\":\"" + round.publishedAt() + "\""); // ISO-8601 from either database
            assertThat(byCompany).as("the alerts sent about it").contains("\"alerts\":[{\"channel\":\"webhook\",\"version\":1,\"kind\":\"new\","
                    + "\"outcome\":\"delivered\",\"sentAt\":\"" + now + "\"}]");
            String twistlock = cli(store, "deals", "--company", "twistlock", "--format", "json");
            assertThat(twistlock).as("completed first (the later 'announced' reports move nothing)")
                    .contains("\"history\":[{\"status\":\"completed\",\"article\":\"" + batch.get(0).id() + "\"")
                    .doesNotContain("\"status\":\"announced\"");
            assertThat(storage.lines().toList()).as("Portworx is storage").hasSize(2).element(1).asString().contains("Portworx (company)");
            assertThat(security.lines().toList()).as("Twistlock is security but its deal is no round").hasSize(1);
            assertThat(companies.lines().toList()).containsExactly("company,articles,deals,id", "Palo Alto Networks,3,1,palo-alto-networks",
                    "Twistlock,3,1,twistlock");
        }
    }

    private static Article article(String tag, Instant published) {
        String url = "https://news.test/" + tag;
        return new Article(ArticleIds.of(url), url, url, "news", "News " + tag, "Text of " + tag + ".", "", published, published, "en", null);
    }

    private static String[] store(AlertKit.Db db) {
        if (db.pg() == null) {
            return new String[] {"--set", "store.jdbc.url=" + dbUrl(db)};
        }
        return new String[] {"--set", "store.jdbc.url=" + db.pg().url(), "--set", "store.jdbc.user=" + db.pg().user(),
            "--set", "store.jdbc.password=" + db.pg().password(), "--set", "store.jdbc.schema=" + db.pg().schema()};
    }

    private static String dbUrl(AlertKit.Db db) {
        return db.database().toString();
    }

    private static String cli(String[] store, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(store));
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
            assertThat(io.wharf.app.Main.execute(all.toArray(String[]::new))).isZero();
        } finally {
            System.setOut(out);
        }
        String text = o.toString(StandardCharsets.UTF_8);
        out.print(text);
        // Log lines of other threads (a client of an earlier test's broker) share stdout in this JVM; they are not output.
        return text.lines().filter(l -> !l.matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} .*")).map(l -> l + "\n")
                .collect(java.util.stream.Collectors.joining());
    }
}
