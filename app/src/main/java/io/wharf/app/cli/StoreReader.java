package io.wharf.app.cli;

import io.wharf.app.config.ConfigException;
import io.wharf.app.config.WharfConfig;
import io.wharf.app.pipeline.Pipeline;
import io.wharf.app.pipeline.StageSettings;
import io.wharf.store.db.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The store's database for the commands that only read it (`query`, `deals`, `companies`). They never create one: a
 * SQLite connection would create the file and a migration the tables, leaving an empty store where the user
 * mistyped a path. A missing database is one line and exit 2; an older one is brought to the current version.
 */
final class StoreReader {
    private StoreReader() {}

    static Database open(WharfConfig c) {
        Path sqlite = Database.sqliteFile(c.string("store.jdbc.url"));
        if (sqlite != null && !Files.isRegularFile(sqlite)) {
            throw new ConfigException("no database at " + sqlite + ": nothing has been stored there yet (`wharf run` creates it), "
                    + "or store.jdbc.url (" + WharfConfig.envName("store.jdbc.url") + ") should name another");
        }
        Database db = StageSettings.database(c);
        if (!hasArticles(db)) {
            throw new ConfigException("the database " + db + " holds no Wharf tables: nothing has been stored there yet");
        }
        Pipeline.migrate(db);
        return db;
    }

    private static boolean hasArticles(Database db) {
        try (Connection c = db.connect(); ResultSet tables = c.getMetaData().getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                if (tables.getString("TABLE_NAME").equalsIgnoreCase("articles")) {
                    return true;
                }
            }
            return false;
        } catch (SQLException e) {
            throw new ConfigException("cannot read the database " + db + ": " + Database.redact(firstLine(e.getMessage())));
        }
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("");
    }
}
