package io.wharf.store.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Real SQLite errors and PostgreSQL's SQLStates sorted into the record's fault and the database's. */
class DatabaseFailureTest {
    @TempDir
    Path dir;

    @Test
    void whatAnOperatorCanFixIsTheDatabasesFault() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("f.db");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id TEXT PRIMARY KEY, n INTEGER NOT NULL)");
            s.execute("INSERT INTO t VALUES ('a', 1)");
        }
        assertThat(sqlite(url + "?open_mode=1", "INSERT INTO t VALUES ('b', 2)")).isEqualTo(DatabaseFailure.DATABASE); // read-only
        assertThat(sqlite(url, "INSERT INTO missing VALUES ('b', 2)")).isEqualTo(DatabaseFailure.DATABASE); // missing table
        assertThat(sqlite(url, "INSERT INTO t VALUES ('a', 2)")).isEqualTo(DatabaseFailure.RECORD); // duplicate key
        assertThat(sqlite(url, "INSERT INTO t VALUES ('c', NULL)")).isEqualTo(DatabaseFailure.RECORD); // NOT NULL
    }

    @Test
    void postgresqlStatesOfABadValueAreTheRecordsFaultTheRestTheDatabases() {
        for (String state : new String[] {"08006", "28P01", "42P01", "42501", "53100", "25006", "3D000", "57P01", "XX000"}) {
            assertThat(DatabaseFailure.of(new SQLException("x", state), Dialect.POSTGRESQL)).as(state).isEqualTo(DatabaseFailure.DATABASE);
        }
        for (String state : new String[] {"22001", "22P02", "23505", "23503", "54000"}) {
            assertThat(DatabaseFailure.of(new SQLException("x", state), Dialect.POSTGRESQL)).as(state).isEqualTo(DatabaseFailure.RECORD);
        }
        assertThat(DatabaseFailure.of(new SQLException("no state"), Dialect.POSTGRESQL)).isEqualTo(DatabaseFailure.DATABASE);
    }

    private static DatabaseFailure sqlite(String url, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            SQLException e = catchThrowableOfType(() -> s.execute(sql), SQLException.class);
            assertThat((Object) e).as(sql).isNotNull();
            return DatabaseFailure.of(e, Dialect.SQLITE);
        }
    }
}
