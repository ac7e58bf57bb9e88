package io.wharf.store.sink;

import io.wharf.model.Deal;
import io.wharf.store.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;

/**
 * Writes {@code deal_status_history}: a row when a report moves a deal to a later status (or first records it), with the
 * article and the time it was published. Read the stored status before the deal's upsert, record after it, in the same
 * transaction: a replay finds the status already there and adds nothing, and a late rumour never appears.
 */
final class StatusHistory {
    private static final String INSERT = "INSERT INTO deal_status_history (deal_id, status, article_id, reported_at, recorded_at) "
            + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (deal_id, status) DO NOTHING";
    private final Dialect dialect;

    StatusHistory(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The deal's stored status, or null when the deal is new. */
    Deal.Status before(Connection c, String dealId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT status FROM deals WHERE id = ?")) {
            ps.setString(1, dealId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Deal.Status.valueOf(rs.getString(1)) : null;
            }
        }
    }

    /** Records the report's status when it is the deal's first or advances it (the order of {@link Deal.Status}). */
    void record(Connection c, Deal d, Deal.Status before, String articleId, Instant reportedAt, Instant now) throws SQLException {
        if (before != null && d.status().compareTo(before) <= 0) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(INSERT)) {
            ps.setString(1, d.id());
            ps.setString(2, d.status().name());
            ps.setString(3, articleId);
            dialect.setInstant(ps, 4, reportedAt);
            dialect.setInstant(ps, 5, now);
            ps.executeUpdate();
        }
    }
}
