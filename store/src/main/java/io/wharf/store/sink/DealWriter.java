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
 * Upserts a deal by its stable id and links it to the reporting article with that article's evidence. A later report
 * fills fields an earlier one left empty (amount, round, stake, valuation, date; an amount only in the currency already
 * stored) but never replaces them; the status only advances (a late rumour does not undo a completion, nothing undoes
 * it), and a background mention moves no status; the deal is background only while every report says so; the first
 * evidence is kept on the deal and each article keeps its own. Each advance of the status is kept with the article
 * that made it ({@link StatusHistory}).
 */
final class DealWriter {
    private static final String UPSERT = """
            INSERT INTO deals (id, type, status, amount, currency, round, announced_at, confidence, evidence_article,
                               evidence_sentence, parties_json, first_seen_at, updated_at, stake, unit, merger, valuation,
                               total_raised, historical)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, %1$s, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET status = CASE
                    WHEN excluded.historical = %6$s THEN deals.status
                    WHEN deals.status = 'COMPLETED' THEN 'COMPLETED'
                    WHEN deals.status = 'TERMINATED' OR excluded.status = 'TERMINATED' THEN 'TERMINATED'
                    WHEN excluded.status = 'COMPLETED' THEN 'COMPLETED'
                    WHEN deals.status = 'ANNOUNCED' OR excluded.status = 'ANNOUNCED' THEN 'ANNOUNCED'
                    ELSE excluded.status END,
                amount = CASE WHEN deals.amount IS NULL AND (deals.currency IS NULL OR deals.currency = excluded.currency)
                    THEN excluded.amount ELSE deals.amount END,
                currency = COALESCE(deals.currency, excluded.currency),
                round = COALESCE(deals.round, excluded.round), announced_at = COALESCE(deals.announced_at, excluded.announced_at),
                confidence = CASE WHEN excluded.confidence > deals.confidence THEN excluded.confidence ELSE deals.confidence END,
                stake = COALESCE(deals.stake, excluded.stake), unit = COALESCE(deals.unit, excluded.unit),
                merger = CASE WHEN deals.merger OR excluded.merger THEN %2$s ELSE %3$s END,
                valuation = CASE WHEN deals.valuation IS NULL AND (deals.currency IS NULL OR deals.currency = excluded.currency)
                    THEN excluded.valuation ELSE deals.valuation END,
                total_raised = CASE WHEN deals.total_raised IS NULL AND (deals.currency IS NULL OR deals.currency = excluded.currency)
                    THEN excluded.total_raised ELSE deals.total_raised END,
                historical = CASE WHEN deals.historical AND excluded.historical THEN %4$s ELSE %5$s END,
                updated_at = excluded.updated_at""";
    /** Each article's own report of the deal: its evidence, and the status and background reading of that article. */
    private static final String LINK = """
            INSERT INTO deal_articles (deal_id, article_id, status, evidence_sentence, evidence_begin, evidence_end, historical, evidence_field)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (deal_id, article_id) DO UPDATE SET status = excluded.status, evidence_sentence = excluded.evidence_sentence,
                evidence_begin = excluded.evidence_begin, evidence_end = excluded.evidence_end, historical = excluded.historical,
                evidence_field = excluded.evidence_field""";

    private final Dialect dialect;
    private final StatusHistory history;

    DealWriter(Dialect dialect) {
        this.dialect = dialect;
        this.history = new StatusHistory(dialect);
    }

    /** @param reportedAt when the reporting article was published (null when unknown) */
    void upsert(Connection c, Deal d, String articleId, Instant reportedAt, Instant now) throws SQLException {
        Deal.Status before = history.before(c, d.id());
        String yes = dialect.bool(true);
        String no = dialect.bool(false);
        try (PreparedStatement ps = c.prepareStatement(UPSERT.formatted(dialect.json(), yes, no, yes, no, yes))) {
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
            if (d.stake() == null) {
                ps.setNull(14, Types.DOUBLE);
            } else {
                ps.setDouble(14, d.stake());
            }
            ps.setString(15, d.unit());
            ps.setBoolean(16, d.merger());
            setLong(ps, 17, d.valuation());
            setLong(ps, 18, d.totalRaised());
            ps.setBoolean(19, d.historical());
            ps.executeUpdate();
        }
        history.record(c, d, before, articleId, reportedAt, now);
        try (PreparedStatement ps = c.prepareStatement(LINK)) {
            ps.setString(1, d.id());
            ps.setString(2, articleId);
            ps.setString(3, d.status().name());
            ps.setString(4, d.evidence().sentence());
            ps.setInt(5, d.evidence().begin());
            ps.setInt(6, d.evidence().end());
            ps.setBoolean(7, d.historical());
            ps.setString(8, d.evidence().field().name());
            ps.executeUpdate();
        }
    }

    /** Forgets which deals an article reported, before its reports are written again. */
    void unlink(Connection c, String articleId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM deal_articles WHERE article_id = ?")) {
            ps.setString(1, articleId);
            ps.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }
}
