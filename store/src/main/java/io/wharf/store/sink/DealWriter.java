package io.wharf.store.sink;

import io.wharf.model.Deal;
import io.wharf.model.Json;
import io.wharf.store.db.Dialect;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;

/**
 * Upserts a deal by its stable id and links it to the reporting article. A later report fills fields an earlier
 * one left empty (amount, round, date) but does not erase them; the status only advances (a late rumour does not
 * undo a completion); the first evidence is kept.
 */
final class DealWriter {
    private static final String UPSERT = """
            INSERT INTO deals (id, type, status, amount, currency, round, announced_at, confidence, evidence_article,
                               evidence_sentence, parties_json, first_seen_at, updated_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %s, ?, ?)
            ON CONFLICT (id) DO UPDATE SET status = CASE
                    WHEN deals.status = 'TERMINATED' OR excluded.status = 'TERMINATED' THEN 'TERMINATED'
                    WHEN deals.status = 'COMPLETED' OR excluded.status = 'COMPLETED' THEN 'COMPLETED'
                    WHEN deals.status = 'ANNOUNCED' OR excluded.status = 'ANNOUNCED' THEN 'ANNOUNCED'
                    ELSE excluded.status END,
                amount = COALESCE(excluded.amount, deals.amount), currency = COALESCE(excluded.currency, deals.currency),
                round = COALESCE(excluded.round, deals.round), announced_at = COALESCE(deals.announced_at, excluded.announced_at),
                confidence = CASE WHEN excluded.confidence > deals.confidence THEN excluded.confidence ELSE deals.confidence END,
                updated_at = excluded.updated_at""";
    private static final String LINK = "INSERT INTO deal_articles (deal_id, article_id) VALUES (?, ?) ON CONFLICT DO NOTHING";

    private final Dialect dialect;

    DealWriter(Dialect dialect) {
        this.dialect = dialect;
    }

    void upsert(Connection c, Deal d, String articleId, Instant now) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(UPSERT.formatted(dialect.json()))) {
            ps.setString(1, d.id());
            ps.setString(2, d.type().name());
            ps.setString(3, d.status().name());
            if (d.amount() == null) {
                ps.setNull(4, Types.BIGINT);
            } else {
                ps.setLong(4, d.amount());
            }
            ps.setString(5, d.currency());
            ps.setString(6, d.round() == null ? null : d.round().name());
            dialect.setDate(ps, 7, d.announcedAt());
            ps.setDouble(8, d.confidence());
            ps.setString(9, d.evidence().articleId());
            ps.setString(10, d.evidence().sentence());
            ps.setString(11, Json.mapper().valueToTree(d.parties()).toString());
            dialect.setInstant(ps, 12, now);
            dialect.setInstant(ps, 13, now);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(LINK)) {
            ps.setString(1, d.id());
            ps.setString(2, articleId);
            ps.executeUpdate();
        }
    }
}
