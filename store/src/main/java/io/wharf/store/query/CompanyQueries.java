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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `wharf companies`: who is in the news: the companies named by the most articles published (or, without a date,
 * stored) since a time, with how many deals they are a party to among the deals reported since then. A company is
 * its gazetteer id, or its name when the gazetteer does not know it.
 */
public final class CompanyQueries {
    public record CompanyInNews(String key, String name, int articles, int deals) {}

    private static final TypeReference<List<Deal.Party>> PARTIES = new TypeReference<>() {};
    private final Database database;

    public CompanyQueries(Database database) {
        this.database = database;
    }

    /**
     * Read from the articles of the period (index articles_reported) to their companies. CROSS JOIN keeps SQLite, which
     * has no statistics without ANALYZE, from scanning every article's companies first; PostgreSQL plans it as a join.
     */
    public List<CompanyInNews> top(int limit, Instant since) throws SQLException {
        String sql = """
                SELECT COALESCE(c.company_id, LOWER(c.name)) AS k, MAX(c.name), COUNT(DISTINCT c.article_id) AS n
                FROM articles a CROSS JOIN article_companies c
                WHERE c.article_id = a.id AND COALESCE(a.published_at, a.stored_at) >= ?
                GROUP BY COALESCE(c.company_id, LOWER(c.name)) ORDER BY n DESC, k LIMIT ?""";
        List<CompanyInNews> out = new ArrayList<>();
        try (Connection c = database.connect()) {
            Map<String, Integer> deals = dealsPerCompany(c, since);
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                database.dialect().setInstant(ps, 1, since);
                ps.setInt(2, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String key = rs.getString(1);
                        out.add(new CompanyInNews(key, rs.getString(2), rs.getInt(3), deals.getOrDefault(key, 0)));
                    }
                }
            }
        }
        return out;
    }

    /** Deals reported since the time, per party (gazetteer id, else lower-cased name). */
    private Map<String, Integer> dealsPerCompany(Connection c, Instant since) throws SQLException {
        Map<String, Integer> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT CAST(parties_json AS TEXT) FROM deals WHERE updated_at >= ?")) {
            database.dialect().setInstant(ps, 1, since);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Json.mapper().readValue(rs.getString(1), PARTIES).stream()
                            .map(p -> p.companyId() != null ? p.companyId() : p.name().toLowerCase(Locale.ROOT)).distinct()
                            .forEach(k -> out.merge(k, 1, Integer::sum));
                }
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new SQLException("a stored deal's parties are not readable: " + e.getOriginalMessage(), e);
            }
        }
        return out;
    }
}
