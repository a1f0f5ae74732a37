package vn.dvk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;
import java.util.UUID;
import vn.dvk.testing.infra.EmbeddedPostgresServer;
import vn.dvk.testing.infra.EmbeddedPostgresServer.Databases;

/**
 * Gives the service a fresh, empty PostgreSQL database for the test run: on an embedded server, or, when
 * {@code DVK_TEST_DB_URL} names a server (with {@code DVK_TEST_DB_USER} and {@code DVK_TEST_DB_PASSWORD}),
 * a new database there that is dropped afterwards.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer embedded;
    private String adminUrl;
    private String user;
    private String password;
    private String database;

    @Override
    public Map<String, String> start() {
        database = "dvk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            String external = System.getenv("DVK_TEST_DB_URL");
            if (external != null && !external.isBlank()) {
                adminUrl = external;
                user = System.getenv().getOrDefault("DVK_TEST_DB_USER", "postgres");
                password = System.getenv().getOrDefault("DVK_TEST_DB_PASSWORD", "");
            } else {
                embedded = EmbeddedPostgresServer.startEphemeral();
                adminUrl = embedded.jdbcUrl("postgres");
                user = EmbeddedPostgresServer.SUPERUSER;
                password = EmbeddedPostgresServer.SUPERUSER;
            }
            Databases.ensure(adminUrl, user, password, database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not provide a PostgreSQL database for the tests", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database),
                "quarkus.datasource.username", user,
                "quarkus.datasource.password", password);
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (adminUrl != null) {
                Databases.drop(adminUrl, user, password, database);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
