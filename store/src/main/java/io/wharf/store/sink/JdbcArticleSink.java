package io.wharf.store.sink;

import io.wharf.model.Article;
import io.wharf.model.Category;
import io.wharf.model.CompanyMention;
import io.wharf.model.CompanySalience;
import io.wharf.model.Deal;
import io.wharf.model.EnrichedArticle;
import io.wharf.model.Json;
import io.wharf.store.db.Database;
import io.wharf.store.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * Writes enriched articles with idempotent upserts keyed by stable ids, a batch per transaction: a replay of the
 * same records leaves the same rows. An article's mentions and categories are replaced as a whole, so a
 * re-classified article never keeps stale tags. Not thread-safe: one sink (one connection) per stage thread.
 */
public final class JdbcArticleSink implements AutoCloseable {
    private static final String UPSERT_ARTICLE = """
            INSERT INTO articles (id, url, canonical_url, source, title, body, summary, published_at, fetched_at, language,
                                  content_hash, pipeline_version, enriched_at, stored_at, record_json)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s)
            ON CONFLICT (id) DO UPDATE SET url = excluded.url, canonical_url = excluded.canonical_url,
                source = excluded.source, title = excluded.title, body = excluded.body, summary = excluded.summary,
                published_at = excluded.published_at, fetched_at = excluded.fetched_at, language = excluded.language,
                content_hash = excluded.content_hash, pipeline_version = excluded.pipeline_version,
                enriched_at = excluded.enriched_at, stored_at = excluded.stored_at, record_json = excluded.record_json""";
    private static final String INSERT_MENTION = """
            INSERT INTO company_mentions (article_id, ordinal, company_id, name, surface, field, begin_offset, end_offset, confidence)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String INSERT_COPY = "INSERT INTO article_copies (article_id, copy_id, url, source, title, fetched_at) "
            + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";
    private static final String INSERT_COMPANY =
            "INSERT INTO article_companies (article_id, rank, company_id, name, salience, mentions) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CATEGORY =
            "INSERT INTO article_categories (article_id, category_id, score, evidence) VALUES (?, ?, ?, %s)";

    private final Database database;
    private final Dialect dialect;
    private final Clock clock;
    private final DealWriter deals;
    private Connection connection;

    public JdbcArticleSink(Database database, Clock clock) {
        this.database = database;
        this.dialect = database.dialect();
        this.clock = clock;
        this.deals = new DealWriter(dialect);
    }

    /** Writes the batch atomically; on failure nothing of it is kept and the exception says why. */
    public void write(List<EnrichedArticle> batch) throws SQLException {
        Connection c = connection();
        try {
            c.setAutoCommit(false);
            Instant now = clock.instant();
            for (EnrichedArticle e : batch) {
                if (e.article().duplicateOf() != null) {
                    insertCopy(c, e.article());
                    continue;
                }
                upsertArticle(c, e, now);
                replaceMentions(c, e);
                replaceCompanies(c, e);
                replaceCategories(c, e);
                deals.unlink(c, e.id()); // re-classified: the article reports what it reports now, not what an older pipeline read
                for (Deal d : e.deals()) {
                    deals.upsert(c, d, e.id(), e.article().publishedAt(), now);
                }
            }
            c.commit();
        } catch (SQLException | RuntimeException ex) {
            rollbackQuietly(c);
            throw ex;
        }
    }

    private void upsertArticle(Connection c, EnrichedArticle e, Instant now) throws SQLException {
        Article a = e.article();
        try (PreparedStatement ps = c.prepareStatement(UPSERT_ARTICLE.formatted(dialect.json()))) {
            ps.setString(1, a.id());
            ps.setString(2, a.url());
            ps.setString(3, a.canonicalUrl());
            ps.setString(4, a.source());
            ps.setString(5, a.title());
            ps.setString(6, a.text());
            ps.setString(7, a.summary());
            dialect.setInstant(ps, 8, a.publishedAt());
            dialect.setInstant(ps, 9, a.fetchedAt());
            ps.setString(10, a.language());
            ps.setString(11, a.contentHash());
            ps.setString(12, e.pipelineVersion());
            dialect.setInstant(ps, 13, e.enrichedAt());
            dialect.setInstant(ps, 14, now);
            ps.setString(15, Json.toString(e));
            ps.executeUpdate();
        }
    }

    private void insertCopy(Connection c, Article a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(INSERT_COPY)) {
            ps.setString(1, a.duplicateOf());
            ps.setString(2, a.id());
            ps.setString(3, a.url());
            ps.setString(4, a.source());
            ps.setString(5, a.title());
            dialect.setInstant(ps, 6, a.fetchedAt());
            ps.executeUpdate();
        }
    }

    private void replaceMentions(Connection c, EnrichedArticle e) throws SQLException {
        delete(c, "DELETE FROM company_mentions WHERE article_id = ?", e.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_MENTION)) {
            int ordinal = 0;
            for (CompanyMention m : e.mentions()) {
                ps.setString(1, e.id());
                ps.setInt(2, ordinal++);
                ps.setString(3, m.companyId());
                ps.setString(4, m.name());
                ps.setString(5, m.surface());
                ps.setString(6, m.field().name());
                ps.setInt(7, m.begin());
                ps.setInt(8, m.end());
                ps.setDouble(9, m.confidence());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void replaceCompanies(Connection c, EnrichedArticle e) throws SQLException {
        delete(c, "DELETE FROM article_companies WHERE article_id = ?", e.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_COMPANY)) {
            int rank = 0;
            for (CompanySalience s : e.companies()) {
                ps.setString(1, e.id());
                ps.setInt(2, rank++);
                ps.setString(3, s.companyId());
                ps.setString(4, s.name());
                ps.setDouble(5, s.salience());
                ps.setInt(6, s.mentions());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void replaceCategories(Connection c, EnrichedArticle e) throws SQLException {
        delete(c, "DELETE FROM article_categories WHERE article_id = ?", e.id());
        try (PreparedStatement ps = c.prepareStatement(INSERT_CATEGORY.formatted(dialect.json()))) {
            for (Category cat : e.categories()) {
                ps.setString(1, e.id());
                ps.setString(2, cat.id());
                ps.setDouble(3, cat.score());
                ps.setString(4, Json.mapper().valueToTree(cat.evidence()).toString());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    static void delete(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, id);
            ps.executeUpdate();
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** True when the database answers; used to tell a bad record from a database outage. */
    public boolean healthy() {
        try {
            return connection().isValid(5);
        } catch (SQLException e) {
            return false;
        }
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = database.connect();
        }
        return connection;
    }

    private void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // The connection is likely gone; drop it so the next write reconnects.
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (SQLException ignored) {
            // nothing more to do
        }
        connection = null;
    }

    @Override
    public void close() {
        closeQuietly();
    }
}
