package io.wharf.store.testing;

import io.wharf.store.db.Database;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/**
 * A real PostgreSQL for tests: a Testcontainers container where a Docker engine answers, else the local server
 * (WHARF_TEST_PG_URL, default jdbc:postgresql://127.0.0.1:5432/test as user postgres; the test command starts
 * the installed server when it is down). When neither can be had the test fails, never skips. Each call gives a
 * fresh schema, so tests do not see each other's rows; {@link #close()} drops it.
 */
public final class PostgresTestDatabase implements AutoCloseable {
    private static PostgreSQLContainer container;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;
    private final Database database;

    private PostgresTestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = "wharf_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
        this.database = new Database(url, user, password, schema);
    }

    public static synchronized PostgresTestDatabase create() {
        if (dockerAvailable()) {
            if (container == null) {
                container = new PostgreSQLContainer("postgres:16-alpine");
                container.start();
            }
            return new PostgresTestDatabase(container.getJdbcUrl(), container.getUsername(), container.getPassword());
        }
        String url = env("WHARF_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        String user = env("WHARF_TEST_PG_USER", "postgres");
        String password = env("WHARF_TEST_PG_PASSWORD", "");
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            org.slf4j.LoggerFactory.getLogger(PostgresTestDatabase.class)
                    .info("no Docker engine: tests use the local PostgreSQL at {}", url);
            return new PostgresTestDatabase(url, user, password);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL is required by this test and none could be had: no Docker engine for "
                    + "Testcontainers, and the local server at " + url + " refused (" + e.getMessage() + "). "
                    + "Run the tests with the README's test command, which starts the installed server.", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }

    public Database database() {
        return database;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public String schema() {
        return schema;
    }

    @Override
    public void close() throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
