package vn.dvk.testing.suite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import vn.dvk.testing.infra.EmbeddedPostgresServer;
import vn.dvk.testing.infra.ServiceRoles;

/**
 * One service's own PostgreSQL server, as in production where each service has its own database: on a fixed
 * port with a persistent data directory, so that it can be stopped and started again while the service keeps
 * the same JDBC URL and has to reconnect by itself. The service migrates and runs as its own two roles
 * ({@link ServiceRoles}), their passwords kept over restarts.
 */
public final class PostgresInstance implements AutoCloseable {

    public static final String DATABASE = "dvk";

    private final String name;
    private final Path dataDirectory;
    private final int port;
    private final ServiceRoles roles;
    private EmbeddedPostgresServer server;

    public PostgresInstance(String name, Path dataDirectory, int port, String rolePrefix) {
        this.name = name;
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.roles = ServiceRoles.generate(rolePrefix);
    }

    public String name() {
        return name;
    }

    public synchronized Duration start() {
        Instant begin = Instant.now();
        try {
            server = EmbeddedPostgresServer.startPersistent(dataDirectory, port);
            server.ensureDatabase(DATABASE);
            roles.ensure(server.jdbcUrl("postgres"), user(), password(), DATABASE);
        } catch (IOException | SQLException e) {
            throw new LaunchFailure(name, null, "PostgreSQL did not start on port " + port + ": " + e.getMessage(), e);
        }
        return Duration.between(begin, Instant.now());
    }

    /** A fast shutdown (pg_ctl stop): open connections are cut, as when a database fails over or restarts. */
    public synchronized void stop() {
        if (server == null) {
            return;
        }
        try {
            server.close();
        } catch (IOException e) {
            throw new LaunchFailure(name, null, "PostgreSQL did not stop: " + e.getMessage(), e);
        } finally {
            server = null;
        }
    }

    public synchronized boolean isRunning() {
        return server != null;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    /** The credentials the service migrates and runs with (the superuser's below are for tests' inspection). */
    public ServiceRoles roles() {
        return roles;
    }

    public String user() {
        return EmbeddedPostgresServer.SUPERUSER;
    }

    public String password() {
        return EmbeddedPostgresServer.SUPERUSER;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user(), password());
    }

    /** The postmaster: pg_ctl detaches it from this JVM, so it is not among this process's descendants. */
    public Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // removed while we read it: the server is stopping
        }
    }

    @Override
    public void close() {
        stop();
    }
}
