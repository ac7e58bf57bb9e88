package io.wharf.store.query;

import io.wharf.store.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Rows about a set of deals, grouped by deal: a query whose first column is the deal id and whose %s is the id list. */
final class PerDeal {
    /** Reads one row (after the deal id) into a value. */
    interface RowReader<T> {
        T read(ResultSet rs) throws SQLException;
    }

    private PerDeal() {}

    static <T> Map<String, List<T>> query(Database database, String sql, List<String> dealIds, RowReader<T> reader) throws SQLException {
        Map<String, List<T>> out = new LinkedHashMap<>();
        if (dealIds.isEmpty()) {
            return out;
        }
        try (Connection c = database.connect();
             PreparedStatement ps = c.prepareStatement(sql.formatted(String.join(", ", Collections.nCopies(dealIds.size(), "?"))))) {
            for (int i = 0; i < dealIds.size(); i++) {
                ps.setString(i + 1, dealIds.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(reader.read(rs));
                }
            }
        }
        return out;
    }
}
