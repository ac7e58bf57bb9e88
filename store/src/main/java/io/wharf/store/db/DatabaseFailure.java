package io.wharf.store.db;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/**
 * Says whose fault a failed write is: the record's (it would fail on any healthy database: a constraint, a value
 * the column cannot hold) or the database's (anything an operator can fix: connection, login, permission,
 * read-only file, disk full, a missing table, locks). Only the record's fault may send a record to the DLQ; anything
 * unknown counts as the database's, because pausing a stage loses nothing while dead-lettering a good record
 * loses it until someone replays it.
 */
public enum DatabaseFailure {
    /** The record is bad in itself: dead-letter it, go on with the others. */
    RECORD,
    /** The database cannot take writes now: pause, keep the offsets, retry the batch. */
    DATABASE;

    /** PostgreSQL classes of a bad value: 22 data exception, 23 integrity constraint, 54 program limit (value too large). */
    private static final List<String> RECORD_CLASSES = List.of("22", "23", "54");
    /** SQLite result codes of a bad value (the driver starts its messages with the code's name). */
    private static final List<String> SQLITE_RECORD_NAMES = List.of("[SQLITE_TOOBIG", "[SQLITE_CONSTRAINT", "[SQLITE_MISMATCH");

    /** Whose fault {@code e} is, by SQLState (PostgreSQL) or result code (SQLite, which sets no SQLState). */
    public static DatabaseFailure of(SQLException e, Dialect dialect) {
        if (dialect == Dialect.SQLITE) {
            String m = String.valueOf(e.getMessage()).toUpperCase(Locale.ROOT);
            return SQLITE_RECORD_NAMES.stream().anyMatch(m::startsWith) ? RECORD : DATABASE;
        }
        String state = e.getSQLState();
        return state != null && state.length() >= 2 && RECORD_CLASSES.contains(state.substring(0, 2)) ? RECORD : DATABASE;
    }
}
