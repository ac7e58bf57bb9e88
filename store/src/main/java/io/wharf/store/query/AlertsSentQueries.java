package io.wharf.store.query;

import io.wharf.store.db.Database;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * The alerts sent about deals, as the alert stage recorded them (`alerts_sent`): which version of a deal went out
 * through which channel, why (new deal, status change, price) and how it ended. Part of the deal record users query.
 */
public final class AlertsSentQueries {
    private final Database database;

    public AlertsSentQueries(Database database) {
        this.database = database;
    }

    /** One alert: the channel, the deal's version, what kind of alert, how delivery ended, when. */
    public record SentAlert(String channel, int version, String kind, String outcome, String sentAt) {}

    public Map<String, List<SentAlert>> of(List<String> dealIds) throws SQLException {
        return PerDeal.query(database, "SELECT deal_id, channel, version, kind, outcome, CAST(sent_at AS TEXT) FROM alerts_sent "
                + "WHERE deal_id IN (%s) ORDER BY deal_id, version, channel", dealIds,
                rs -> new SentAlert(rs.getString(2), rs.getInt(3), rs.getString(4), rs.getString(5), DealQueries.iso(rs.getString(6))));
    }
}
