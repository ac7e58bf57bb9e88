package io.wharf.store.query;

import io.wharf.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Read side for the CLI and tests. Opens a connection per call; not for hot paths. */
public final class ArticleQueries {
    /** One stored article with the names of the organisations mentioned in it. */
    public record StoredArticle(String id, String source, String title, String publishedAt, List<String> companies) {}

    private final Database database;

    public ArticleQueries(Database database) {
        this.database = database;
    }

    public long count(String table) throws SQLException {
        if (!table.matches("[a-z_]+")) {
            throw new IllegalArgumentException("bad table name " + table);
        }
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM " + table);
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The newest articles first (by publication, then storage time). */
    public List<StoredArticle> recent(int limit) throws SQLException {
        return recent(limit, null);
    }

    /** The newest articles that name the company (canonical id), or all when {@code companyId} is null. */
    public List<StoredArticle> recent(int limit, String companyId) throws SQLException {
        String sql = """
                SELECT a.id, a.source, a.title, CAST(a.published_at AS TEXT) FROM articles a
                WHERE CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM article_companies c WHERE c.article_id = a.id AND c.company_id = ?)
                ORDER BY a.published_at DESC NULLS LAST, a.stored_at DESC LIMIT ?""";
        List<StoredArticle> out = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, companyId);
            ps.setString(2, companyId);
            ps.setInt(3, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new StoredArticle(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), companies(c, rs.getString(1))));
                }
            }
        }
        return out;
    }

    private static List<String> companies(Connection c, String articleId) throws SQLException {
        List<String> names = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT name FROM company_mentions WHERE article_id = ? ORDER BY name")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
        }
        return names;
    }
}
