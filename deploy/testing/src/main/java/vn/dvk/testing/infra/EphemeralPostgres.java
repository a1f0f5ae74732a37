package vn.dvk.testing.infra;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A PostgreSQL server of a test class's own, for tests that need a real database but no service around it:
 * {@code @RegisterExtension static final EphemeralPostgres postgres = new EphemeralPostgres();}. Started before
 * the class's tests, stopped and deleted after them; the tests connect as the superuser.
 */
public final class EphemeralPostgres implements BeforeAllCallback, AfterAllCallback {

    public static final String SUPERUSER = EmbeddedPostgresServer.SUPERUSER;

    private EmbeddedPostgresServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = EmbeddedPostgresServer.startEphemeral();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        server.close();
    }

    public int port() {
        return server.port();
    }

    /** The JDBC URL of the database {@code postgres}. */
    public String jdbcUrl() {
        return server.jdbcUrl("postgres");
    }

    /** A new connection to the database {@code postgres} as the superuser. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), SUPERUSER, SUPERUSER);
    }
}
