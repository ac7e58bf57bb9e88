package io.wharf.app.pipeline;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.FileCheck;
import io.wharf.app.config.WharfConfig;
import io.wharf.store.db.Database;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The store's database, checked without side effects: a SQLite file must be writable or creatable (nothing is
 * created here); PostgreSQL must answer a login. Migrations are the stages' business, once everything is checked.
 */
final class DatabaseCheck {
    private DatabaseCheck() {}

    static void check(WharfConfig c) {
        String url = c.string("store.jdbc.url");
        Path sqlite = Database.sqliteFile(url);
        if (sqlite != null) {
            String problem = FileCheck.creatable(sqlite);
            if (problem != null) {
                throw new ConfigException("store.jdbc.url: the SQLite file " + problem);
            }
            StageSettings.password(c); // a password file that cannot be read is a mistake even where SQLite ignores it
            return;
        }
        if (url.startsWith("jdbc:sqlite:")) {
            return; // in memory, or a file: URI the driver resolves
        }
        Database db = StageSettings.database(c); // no side effect for PostgreSQL; refuses an unsupported URL
        try (Connection ignored = db.connect()) {
            // a login is all this asks
        } catch (SQLException e) {
            throw new ConfigException("store.jdbc.url: " + firstLine(e.getMessage()));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
