package io.wharf.store.db;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** What differs between the two databases: timestamp, date and JSON binding, and the migration folder. */
public enum Dialect {
    SQLITE("sqlite", "?"),
    POSTGRESQL("postgresql", "CAST(? AS JSONB)");

    private final String folder;
    private final String jsonParameter;

    Dialect(String folder, String jsonParameter) {
        this.folder = folder;
        this.jsonParameter = jsonParameter;
    }

    public static Dialect of(String jdbcUrl) {
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (jdbcUrl != null && jdbcUrl.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported JDBC URL '" + Database.redact(jdbcUrl)
                + "': use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE");
    }

    public String migrations() {
        return "classpath:db/migration/" + folder;
    }

    /** SQL text for a JSON parameter: PostgreSQL stores JSONB, SQLite text. */
    public String json() {
        return jsonParameter;
    }

    /** A boolean literal: SQLite keeps booleans as 0 and 1. */
    public String bool(boolean value) {
        return this == POSTGRESQL ? Boolean.toString(value).toUpperCase(java.util.Locale.ROOT) : value ? "1" : "0";
    }

    public void setInstant(PreparedStatement ps, int index, Instant value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == SQLITE ? Types.VARCHAR : Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (this == SQLITE) {
            ps.setString(index, value.toString());
        } else {
            ps.setObject(index, OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    public void setDate(PreparedStatement ps, int index, LocalDate value) throws SQLException {
        if (value == null) {
            ps.setNull(index, this == SQLITE ? Types.VARCHAR : Types.DATE);
        } else if (this == SQLITE) {
            ps.setString(index, value.toString());
        } else {
            ps.setObject(index, value);
        }
    }
}
