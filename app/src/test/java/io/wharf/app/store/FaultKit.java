package io.wharf.app.store;

import io.wharf.model.Article;
import io.wharf.model.ArticleIds;
import io.wharf.model.CompanyMention;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.store.db.Database;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * What the store fault tests share: enriched articles that each name a company and report a deal (so every table the
 * sink writes can be counted for doubles), the records to send, and the counts read back from the database.
 */
final class FaultKit {
    private FaultKit() {}

    /** Article {@code i} of a test; it reports the acquisition of "Target {@code i / perDeal}" (so {@code perDeal} reports per deal). */
    static EnrichedArticle enriched(String tag, int i, int perDeal) {
        String url = "https://faults.test/" + tag + "/" + i;
        String text = "Palo Alto Networks will acquire Target " + (i / perDeal) + ".";
        Article a = new Article(ArticleIds.of(url), url, url, "faults", "Deal news " + i, text, "",
                Instant.parse("2024-03-01T00:00:00Z").plusSeconds(60L * i), Instant.parse("2024-03-02T00:00:00Z"), "en", null);
        List<Deal.Party> parties = List.of(new Deal.Party(Deal.Role.ACQUIRER, "palo-alto-networks", "Palo Alto Networks"),
                new Deal.Party(Deal.Role.TARGET, null, "Target " + (i / perDeal)));
        Deal d = new Deal(Deal.idFor(Deal.Type.ACQUISITION, parties, null, false), Deal.Type.ACQUISITION, parties, null, null, null,
                Deal.Status.ANNOUNCED, LocalDate.of(2024, 3, 1), new Deal.Evidence(a.id(), text, 0, text.length()), 0.9, null, null,
                false, null, null, false);
        CompanyMention m = new CompanyMention("palo-alto-networks", "Palo Alto Networks", "Palo Alto Networks", CompanyMention.Field.TEXT,
                0, 18, 0.9);
        return new EnrichedArticle(a, List.of(m), List.of(), List.of(), List.of(d), "faults-it", Instant.parse("2024-03-02T00:00:01Z"));
    }

    static ProducerRecord<String, byte[]> record(String topic, String key, Object value) {
        return new ProducerRecord<>(topic, key, value instanceof byte[] b ? b : Json.toBytes(value));
    }

    /** Sends and waits for each acknowledgement. */
    static void send(String bootstrap, List<ProducerRecord<String, byte[]>> records) throws Exception {
        try (KafkaProducer<String, byte[]> p = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrap), new StringSerializer(),
                new ByteArraySerializer())) {
            for (ProducerRecord<String, byte[]> r : records) {
                p.send(r).get();
            }
        }
    }

    /** The first column of the first row; -1 when the database does not answer (a test polls through an outage). */
    static long count(Database db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (Exception e) {
            return -1;
        }
    }

    static Set<String> articleIds(Database db) throws Exception {
        Set<String> ids = new HashSet<>();
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id FROM articles")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    /** Rows, and rows beyond one per key, of the tables a replay could double. */
    record Rows(long articles, long duplicateArticles, long mentions, long deals, long dealReports, long duplicateReports) {
        static Rows of(Database db) {
            return new Rows(count(db, "SELECT COUNT(*) FROM articles"),
                    count(db, "SELECT COUNT(*) - COUNT(DISTINCT id) FROM articles"),
                    count(db, "SELECT COUNT(*) FROM company_mentions"),
                    count(db, "SELECT COUNT(*) FROM deals"),
                    count(db, "SELECT COUNT(*) FROM deal_articles"),
                    count(db, "SELECT COUNT(*) - COUNT(DISTINCT deal_id || '/' || article_id) FROM deal_articles"));
        }

        @Override
        public String toString() {
            return "articles %d (duplicates %d), mentions %d, deals %d, deal reports %d (duplicates %d)".formatted(articles,
                    duplicateArticles, mentions, deals, dealReports, duplicateReports);
        }
    }
}
