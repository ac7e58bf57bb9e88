package io.wharf.alert.state;

import io.wharf.model.Deal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * What the alert stage remembers across restarts, in the store's database (tables alert_deals and alerts_sent of
 * store's migration V5): its view of each deal, and which version of it went out through which channel. Each call
 * commits on its own, before the stage commits its Kafka offsets. Plain SQL that SQLite and PostgreSQL share.
 */
public final class AlertState {
    /** The last version delivered through a channel, with the status and price it told. */
    public record Sent(int version, Deal.Status status, Long amount) {}

    public enum Outcome { SENT, DEAD_LETTERED }

    private final ConnectionSource db;

    public AlertState(ConnectionSource db) {
        this.db = db;
    }

    public DealView view(String dealId) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(
                "SELECT version, status, amount, currency, confidence FROM alert_deals WHERE deal_id = ?")) {
            ps.setString(1, dealId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new DealView(dealId, rs.getInt(1), Deal.Status.valueOf(rs.getString(2)), nullableLong(rs, 3),
                        rs.getString(4), rs.getDouble(5));
            }
        }
    }

    public void save(DealView v, Instant now) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO alert_deals (deal_id, version, status, amount, currency, confidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (deal_id) DO UPDATE SET version = excluded.version, status = excluded.status, amount = excluded.amount,
                    currency = excluded.currency, confidence = excluded.confidence, updated_at = excluded.updated_at""")) {
            ps.setString(1, v.dealId());
            ps.setInt(2, v.version());
            ps.setString(3, v.status().name());
            setLong(ps, 4, v.amount());
            ps.setString(5, v.currency());
            ps.setDouble(6, v.confidence());
            setInstant(c, ps, 7, now);
            ps.executeUpdate();
        }
    }

    /** The last version delivered through the channel, or null when none was (a dead-lettered one does not count). */
    public Sent lastSent(String dealId, String channel) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                SELECT version, status, amount FROM alerts_sent WHERE deal_id = ? AND channel = ? AND outcome = 'SENT'
                ORDER BY version DESC LIMIT 1""")) {
            ps.setString(1, dealId);
            ps.setString(2, channel);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new Sent(rs.getInt(1), Deal.Status.valueOf(rs.getString(2)), nullableLong(rs, 3));
            }
        }
    }

    public void record(DealView v, String channel, String kind, Outcome outcome, String rules, Instant now) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO alerts_sent (deal_id, channel, version, kind, outcome, status, amount, rules, idempotency_key, sent_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (deal_id, channel, version) DO UPDATE SET kind = excluded.kind, outcome = excluded.outcome,
                    rules = excluded.rules, sent_at = excluded.sent_at""")) {
            ps.setString(1, v.dealId());
            ps.setString(2, channel);
            ps.setInt(3, v.version());
            ps.setString(4, kind);
            ps.setString(5, outcome.name());
            ps.setString(6, v.status().name());
            setLong(ps, 7, v.amount());
            ps.setString(8, rules);
            ps.setString(9, v.idempotencyKey());
            setInstant(c, ps, 10, now);
            ps.executeUpdate();
        }
    }

    /** wasNull() answers for the column read last, so it is asked right after reading this one. */
    private static Long nullableLong(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** SQLite keeps instants as ISO text (as the store does), PostgreSQL as TIMESTAMPTZ. */
    private static void setInstant(Connection c, PreparedStatement ps, int i, Instant t) throws SQLException {
        if (c.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("sqlite")) {
            ps.setString(i, t.toString());
        } else {
            ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        }
    }
}
