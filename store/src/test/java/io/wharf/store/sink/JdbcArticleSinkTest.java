package io.wharf.store.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.Category;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.store.db.Database;
import io.wharf.store.query.ArticleQueries;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Against a SQLite file in a temp directory: the embedded default. */
class JdbcArticleSinkTest {
    @TempDir
    Path dir;

    static EnrichedArticle enriched(String path, String title, List<CompanyMention> mentions, List<Deal> deals) {
        String url = "https://news.example.test/" + path;
        Article a = new Article(ArticleIds.of(url), url, url, "test", title, title + ". More text.", "",
                Instant.parse("2020-10-05T09:30:00Z"), Instant.parse("2020-10-06T00:00:00Z"), "en", null);
        return new EnrichedArticle(a, mentions, salience(mentions), List.of(new Category("storage", 0.7, List.of("backup"))), deals, "test",
                Instant.parse("2020-10-06T00:00:01Z"));
    }

    static List<CompanySalience> salience(List<CompanyMention> mentions) {
        return mentions.stream().map(m -> new CompanySalience(m.companyId(), m.name(), 0.5, 1)).toList();
    }

    static Deal deal(String articleId, Long amount) {
        return deal(articleId, amount, Deal.Status.ANNOUNCED, false);
    }

    static Deal deal(String articleId, Long amount, Deal.Status status, boolean historical) {
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.ACQUIRER, "veeam", "Veeam"),
                new Deal.Party(Deal.Role.TARGET, "kasten", "Kasten"));
        return new Deal(Deal.idFor(Deal.Type.ACQUISITION, parties, null, false), Deal.Type.ACQUISITION, parties,
                amount, amount == null ? null : "USD", null, status, LocalDate.of(2020, 10, 5),
                new Deal.Evidence(articleId, "Veeam buys Kasten (" + status + ")", 0, 17), 0.8, null, null, false, null, null, historical);
    }

    static void exerciseUpserts(Database db) throws Exception {
        db.migrate();
        CompanyMention veeam = new CompanyMention("veeam", "Veeam", "Veeam", CompanyMention.Field.TITLE, 0, 5, 0.9);
        CompanyMention kasten = new CompanyMention(null, "Kasten", "Kasten", CompanyMention.Field.TITLE, 11, 17, 0.8);
        EnrichedArticle first = enriched("a", "Veeam buys Kasten", List.of(veeam, kasten), List.of());
        EnrichedArticle second = enriched("b", "Kasten deal closes", List.of(kasten), List.of());
        first = new EnrichedArticle(first.article(), first.mentions(), first.companies(), first.categories(), List.of(deal(first.id(), null)),
                "test", first.enrichedAt());
        second = new EnrichedArticle(second.article(), second.mentions(), second.companies(), second.categories(),
                List.of(deal(second.id(), 150_000_000L)), "test", second.enrichedAt());
        try (JdbcArticleSink sink = new JdbcArticleSink(db, Clock.systemUTC())) {
            sink.write(List.of(first, second));
            sink.write(List.of(first, second)); // a replay
            // re-classified with fewer mentions: the old ones must go
            // a syndicated copy of the first article is filed under it, twice delivered, once kept
            EnrichedArticle copy = enriched("wire-copy", "Veeam buys Kasten", List.of(), List.of());
            copy = new EnrichedArticle(copy.article().asDuplicateOf(first.id()), List.of(), List.of(), List.of(), List.of(), "test",
                    copy.enrichedAt());
            sink.write(List.of(copy, copy));
            sink.write(List.of(new EnrichedArticle(first.article(), List.of(veeam), salience(List.of(veeam)), first.categories(), first.deals(), "test-2",
                    first.enrichedAt())));
        }
        // one deal over months: completed in a later article, then mentioned as old news with a stale status
        EnrichedArticle done = enriched("c", "Veeam completes Kasten deal", List.of(veeam, kasten), List.of());
        done = new EnrichedArticle(done.article(), done.mentions(), done.companies(), done.categories(),
                List.of(deal(done.id(), null, Deal.Status.COMPLETED, false)), "test", done.enrichedAt());
        EnrichedArticle recap = enriched("d", "A look back at Kasten", List.of(veeam, kasten), List.of());
        recap = new EnrichedArticle(recap.article(), recap.mentions(), recap.companies(), recap.categories(),
                List.of(deal(recap.id(), null, Deal.Status.RUMORED, true)), "test", recap.enrichedAt());
        try (JdbcArticleSink sink = new JdbcArticleSink(db, Clock.systemUTC())) {
            sink.write(List.of(done));
            sink.write(List.of(recap));
        }
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT status, amount, historical FROM deals")) {
            rs.next();
            assertThat(rs.getString(1)).as("the status only moves forward").isEqualTo("COMPLETED");
            assertThat(rs.getLong(2)).as("no later report erases the price").isEqualTo(150_000_000L);
            assertThat(rs.getBoolean(3)).as("news once, so never only background").isFalse();
        }
        try (var c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT article_id, status, evidence_sentence FROM deal_articles ORDER BY evidence_sentence")) {
            int reports = 0;
            while (rs.next()) {
                reports++;
                assertThat(rs.getString(3)).as("each article keeps its own evidence").contains(rs.getString(2));
            }
            assertThat(reports).isEqualTo(4);
        }
        try (JdbcArticleSink sink = new JdbcArticleSink(db, Clock.systemUTC())) {
            sink.write(List.of(done, recap)); // the whole story replayed changes nothing
        }
        ArticleQueries q = new ArticleQueries(db);
        assertThat(q.count("deal_articles")).isEqualTo(4);
        assertThat(q.count("articles")).isEqualTo(4);
        assertThat(q.count("article_copies")).isEqualTo(1);
        assertThat(q.count("company_mentions")).isEqualTo(6);
        assertThat(q.count("article_companies")).isEqualTo(6);
        assertThat(q.count("article_categories")).isEqualTo(4);
        assertThat(q.count("deals")).isEqualTo(1);
        try (var c = db.connect(); var rs = c.createStatement().executeQuery(
                "SELECT h.status, a.title FROM deal_status_history h JOIN articles a ON a.id = h.article_id")) {
            List<String> history = new java.util.ArrayList<>();
            while (rs.next()) {
                history.add(rs.getString(1) + " by " + rs.getString(2));
            }
            assertThat(history).as("announced, then completed; the late rumour and the replays add nothing")
                    .containsExactlyInAnyOrder("ANNOUNCED by Veeam buys Kasten", "COMPLETED by Veeam completes Kasten deal");
        }
        assertThat(q.recent(10)).extracting(ArticleQueries.StoredArticle::title).containsExactlyInAnyOrder("Veeam buys Kasten",
                "Kasten deal closes", "Veeam completes Kasten deal", "A look back at Kasten");
        assertThat(q.recent(10, "veeam")).extracting(ArticleQueries.StoredArticle::title).contains("Veeam buys Kasten")
                .doesNotContain("Kasten deal closes");
        try (var c = db.connect(); var rs = c.createStatement().executeQuery("SELECT amount FROM deals")) {
            rs.next();
            assertThat(rs.getLong(1)).as("a later report fills the amount, a replay without it keeps it").isEqualTo(150_000_000L);
        }
    }

    @Test
    void upsertsAreIdempotentAndReplaceStaleMentions() throws Exception {
        exerciseUpserts(new Database("jdbc:sqlite:" + dir.resolve("sub/wharf.db"), null, null, null));
    }

    @Test
    void migrationRunsOnceAndTheSecondStartFindsNothingToDo() {
        Database db = new Database("jdbc:sqlite:" + dir.resolve("w.db"), null, null, null);
        assertThat(db.migrate()).isEqualTo(8); // V5 holds the alert stage's state, the others are the store's
        assertThat(db.migrate()).isZero();
    }
}
