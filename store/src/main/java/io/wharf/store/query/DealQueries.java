package io.wharf.store.query;

import com.fasterxml.jackson.core.type.TypeReference;
import io.wharf.model.Deal;
import io.wharf.model.Json;
import io.wharf.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

/**
 * `wharf deals`: stored deals, the most recently reported first, by type, status, time and company. Time is the last
 * report (a deal rumoured last year and completed this week is news this week). The company filter reads the
 * parties in Java: parties are JSON, written differently by SQLite and PostgreSQL, and a deal has only a few.
 */
public final class DealQueries {
    /** One deal as the query prints it. */
    public record StoredDeal(String id, String type, String status, Long amount, String currency, String round, String announcedAt,
                             List<Deal.Party> parties, double confidence, String firstSeenAt, String lastSeenAt, int sources) {}

    /**
     * Null fields do not filter. {@code subject} keeps deals whose subject (the target of an acquisition, the company of
     * a round) it accepts: the caller knows the companies' categories (the gazetteer), the database does not.
     */
    public record Filter(Deal.Type type, Deal.Status status, Instant since, String company, Predicate<Deal.Party> subject, int limit) {}

    /** A status the deal moved to, the article that moved it (and its link), when that article was published and when stored. */
    public record StatusChange(String status, String articleId, String url, String reportedAt, String recordedAt) {}

    private static final TypeReference<List<Deal.Party>> PARTIES = new TypeReference<>() {};
    private final Database database;

    public DealQueries(Database database) {
        this.database = database;
    }

    public List<StoredDeal> find(Filter f) throws SQLException {
        String sql = """
                SELECT d.id, d.type, d.status, d.amount, d.currency, d.round, CAST(d.announced_at AS TEXT), CAST(d.parties_json AS TEXT),
                       d.confidence, CAST(d.first_seen_at AS TEXT), CAST(d.updated_at AS TEXT),
                       (SELECT COUNT(*) FROM deal_articles a WHERE a.deal_id = d.id)
                FROM deals d
                WHERE (CAST(? AS TEXT) IS NULL OR d.type = ?) AND (CAST(? AS TEXT) IS NULL OR d.status = ?) AND d.updated_at >= ?
                ORDER BY d.updated_at DESC, d.id""";
        List<StoredDeal> out = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            String type = f.type() == null ? null : f.type().name();
            String status = f.status() == null ? null : f.status().name();
            ps.setString(1, type);
            ps.setString(2, type);
            ps.setString(3, status);
            ps.setString(4, status);
            database.dialect().setInstant(ps, 5, f.since() == null ? Instant.EPOCH : f.since());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next() && out.size() < f.limit()) {
                    List<Deal.Party> parties = Json.mapper().readValue(rs.getString(8), PARTIES);
                    if (f.company() != null && parties.stream().noneMatch(p -> names(p, f.company()))) {
                        continue;
                    }
                    Deal.Role subject = Deal.Type.valueOf(rs.getString(2)) == Deal.Type.ACQUISITION ? Deal.Role.TARGET : Deal.Role.COMPANY;
                    if (f.subject() != null && parties.stream().noneMatch(p -> p.role() == subject && f.subject().test(p))) {
                        continue;
                    }
                    long amount = rs.getLong(4);
                    Long a = rs.wasNull() ? null : amount;
                    out.add(new StoredDeal(rs.getString(1), rs.getString(2), rs.getString(3), a, rs.getString(5), rs.getString(6),
                            rs.getString(7), parties, rs.getDouble(9), rs.getString(10), rs.getString(11), rs.getInt(12)));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("a stored deal's parties are not readable: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }

    /** Each deal's status history, oldest status first (statuses only advance, so their order is the history's). */
    public Map<String, List<StatusChange>> history(List<String> dealIds) throws SQLException {
        return PerDeal.query(database, """
                SELECT h.deal_id, h.status, h.article_id, a.url, CAST(h.reported_at AS TEXT), CAST(h.recorded_at AS TEXT)
                FROM deal_status_history h LEFT JOIN articles a ON a.id = h.article_id
                WHERE h.deal_id IN (%s)
                ORDER BY h.deal_id, CASE h.status WHEN 'RUMORED' THEN 0 WHEN 'ANNOUNCED' THEN 1 WHEN 'COMPLETED' THEN 2 ELSE 3 END""",
                dealIds, rs -> new StatusChange(rs.getString(2), rs.getString(3), rs.getString(4), iso(rs.getString(5)), iso(rs.getString(6))));
    }

    /** PostgreSQL's text form of a timestamp (2024-03-01 10:00:00+00) as SQLite keeps it (ISO-8601, 2024-03-01T10:00:00Z). */
    static String iso(String timestamp) {
        return timestamp == null ? null : timestamp.replace(' ', 'T').replaceAll("\\+00(:00)?$", "Z");
    }

    /** A party is the company asked for by its gazetteer id, or by a name containing the words asked for. */
    static boolean names(Deal.Party p, String company) {
        String q = company.trim().toLowerCase(Locale.ROOT);
        return q.equals(p.companyId()) || p.name().toLowerCase(Locale.ROOT).contains(q);
    }
}
