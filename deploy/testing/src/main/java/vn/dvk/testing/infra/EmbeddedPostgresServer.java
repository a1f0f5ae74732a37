package vn.dvk.testing.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server run from Maven-provided binaries (it runs as root too, unlike Debian's initdb).
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    public static final String SUPERUSER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** A throw-away server on a free port, its data deleted on close. */
    public static EmbeddedPostgresServer startEphemeral() throws IOException {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder().start());
    }

    /**
     * A server whose data survives restarts, on a fixed port, with full durability: the embedded server's
     * defaults (fsync and synchronous_commit off, good for throw-away test databases) would lose committed
     * submissions in a power cut.
     */
    public static EmbeddedPostgresServer startPersistent(Path dataDirectory, int port) throws IOException {
        return new EmbeddedPostgresServer(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .start());
    }

    /** A server setting as the running server reports it ({@code SHOW name}). */
    public String setting(String name) throws SQLException {
        if (!name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("Not a setting name: " + name);
        }
        try (Connection connection = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), SUPERUSER, SUPERUSER);
                Statement statement = connection.createStatement();
                ResultSet value = statement.executeQuery("show " + name)) {
            value.next();
            return value.getString(1);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return postgres.getJdbcUrl(SUPERUSER, database).replaceAll("\\?.*$", "");
    }

    /** Creates the database unless it exists already. */
    public void ensureDatabase(String database) throws SQLException {
        Databases.ensure(jdbcUrl("postgres"), SUPERUSER, SUPERUSER, database);
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Database housekeeping on any PostgreSQL server, embedded or not. */
    public static final class Databases {

        private Databases() {
        }

        public static void ensure(String adminJdbcUrl, String user, String password, String database)
                throws SQLException {
            if (!database.matches("[a-z0-9_]+")) {
                throw new IllegalArgumentException("Not a plain database name: " + database);
            }
            try (Connection connection = java.sql.DriverManager.getConnection(adminJdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                try (ResultSet exists = statement.executeQuery(
                        "select 1 from pg_database where datname = '" + database + "'")) {
                    if (exists.next()) {
                        return;
                    }
                }
                statement.execute("create database " + database + " encoding 'UTF8' template template0");
            }
        }

        public static void drop(String adminJdbcUrl, String user, String password, String database)
                throws SQLException {
            try (Connection connection = java.sql.DriverManager.getConnection(adminJdbcUrl, user, password);
                    Statement statement = connection.createStatement()) {
                statement.execute("drop database if exists " + database + " with (force)");
            }
        }
    }
}
