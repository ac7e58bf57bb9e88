package io.wharf.store.db;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the records are kept: a SQLite file (embedded default) or PostgreSQL. Opens connections and applies the
 * Flyway migrations of its dialect. The password never appears in messages; {@link #redact} strips it from URLs.
 */
public final class Database {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Dialect dialect;

    /**
     * @param schema PostgreSQL schema to use (created by the migration when missing), or null for the default
     */
    public Database(String url, String user, String password, String schema) {
        this.dialect = Dialect.of(url);
        this.url = url;
        this.user = blankToNull(user);
        this.password = blankToNull(password);
        this.schema = blankToNull(schema);
        if (dialect == Dialect.SQLITE) {
            createParentDirectory(url);
        }
    }

    public Dialect dialect() {
        return dialect;
    }

    /** Applies pending migrations; returns how many were applied. */
    public int migrate() {
        var config = Flyway.configure()
                .dataSource(url, user, password)
                .locations(dialect.migrations());
        if (schema != null && dialect == Dialect.POSTGRESQL) {
            config.schemas(schema).createSchemas(true);
        }
        MigrateResult result = config.load().migrate();
        if (result.migrationsExecuted > 0) {
            LOG.info("database {}: applied {} migration(s), now at version {}", redact(url), result.migrationsExecuted, result.targetSchemaVersion);
        }
        return result.migrationsExecuted;
    }

    public Connection connect() throws SQLException {
        Properties p = new Properties();
        if (user != null) {
            p.setProperty("user", user);
        }
        if (password != null) {
            p.setProperty("password", password);
        }
        if (dialect == Dialect.SQLITE) {
            p.setProperty("foreign_keys", "true");
            p.setProperty("journal_mode", "WAL");
            p.setProperty("busy_timeout", "10000");
        } else {
            if (schema != null) {
                p.setProperty("currentSchema", schema);
            }
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "wharf");
        }
        try {
            return DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            // Driver messages may echo the URL; keep the password out of what we rethrow.
            throw new SQLException("cannot connect to " + redact(url) + ": " + redact(e.getMessage()), e.getSQLState(), e);
        }
    }

    @Override
    public String toString() {
        return redact(url) + (schema == null ? "" : " (schema " + schema + ")");
    }

    /** Removes password parameters from a JDBC URL or message. */
    public static String redact(String s) {
        return s == null ? null : s.replaceAll("(?i)(password=)[^&;\\s]*", "$1***").replaceAll("//([^/:@\\s]+):[^@/\\s]+@", "//$1:***@");
    }

    /**
     * The file of a SQLite URL, or null for PostgreSQL, an in-memory database or a {@code file:} URI: lets a reader
     * (`wharf query`) see that nothing was stored yet without creating the file, as opening a connection would.
     */
    public static Path sqliteFile(String url) {
        if (!url.startsWith("jdbc:sqlite:")) {
            return null;
        }
        String file = url.substring("jdbc:sqlite:".length());
        int q = file.indexOf('?');
        String path = q < 0 ? file : file.substring(0, q);
        return path.isEmpty() || path.equals(":memory:") || path.startsWith("file:") ? null : Path.of(path);
    }

    private static void createParentDirectory(String url) {
        Path file = sqliteFile(url);
        if (file == null) {
            return;
        }
        String path = file.toString();
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException("cannot create the directory for SQLite file " + path + ": " + e.getMessage(), e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
