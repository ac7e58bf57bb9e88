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
    /** A company as stored with an article: its canonical id (null for an organisation no gazetteer knows) and name. */
    public record Company(String id, String name) {}

    /** One stored article with its companies (most salient first) and categories (most likely first). */
    public record StoredArticle(String id, String url, String source, String title, String publishedAt, List<Company> ranked,
                                List<String> categories) {
        /** The companies' names, most salient first. */
        public List<String> companies() {
            return ranked.stream().map(Company::name).toList();
        }
    }

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

    /**
     * The newest articles that name the company, by canonical id or by name in any case (unlinked organisations have
     * only a name), or all when {@code company} is null.
     */
    public List<StoredArticle> recent(int limit, String company) throws SQLException {
        String sql = """
                SELECT a.id, a.url, a.source, a.title, CAST(a.published_at AS TEXT) FROM articles a
                WHERE CAST(? AS TEXT) IS NULL OR EXISTS (SELECT 1 FROM article_companies c WHERE c.article_id = a.id
                      AND (c.company_id = ? OR LOWER(c.name) = LOWER(?)))
                ORDER BY a.published_at DESC NULLS LAST, a.stored_at DESC LIMIT ?""";
        List<StoredArticle> out = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, company);
            ps.setString(2, company);
            ps.setString(3, company);
            ps.setInt(4, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    out.add(new StoredArticle(id, rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), companies(c, id),
                            strings(c, "SELECT category_id FROM article_categories WHERE article_id = ? ORDER BY score DESC, category_id", id)));
                }
            }
        }
        return out;
    }

    /** The companies stored under this id or name (any case): what `--company X` matches, to say so when nothing does. */
    public List<Company> companiesMatching(String company) throws SQLException {
        List<Company> out = new ArrayList<>();
        try (Connection c = database.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT DISTINCT company_id, name FROM article_companies WHERE company_id = ? OR LOWER(name) = LOWER(?) ORDER BY name")) {
            ps.setString(1, company);
            ps.setString(2, company);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Company(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    /** Ranked as the classifier ranked them (salience: title, lead, frequency), as `wharf run` prints them. */
    private static List<Company> companies(Connection c, String articleId) throws SQLException {
        List<Company> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT company_id, name FROM article_companies WHERE article_id = ? ORDER BY rank")) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Company(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return out;
    }

    private static List<String> strings(Connection c, String sql, String articleId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, articleId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
