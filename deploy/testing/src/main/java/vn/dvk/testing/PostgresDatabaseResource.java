package vn.dvk.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import vn.dvk.testing.infra.EmbeddedPostgresServer;
import vn.dvk.testing.infra.EmbeddedPostgresServer.Databases;
import vn.dvk.testing.infra.ServiceRoles;

/**
 * Gives the service a fresh, empty PostgreSQL database for the test run: on an embedded server, or, when
 * {@code DVK_TEST_DB_URL} names a server (with {@code DVK_TEST_DB_USER} and {@code DVK_TEST_DB_PASSWORD}),
 * a new database there that is dropped afterwards. As in production, Flyway migrates as the database's owner role
 * and the service runs as a second role with only the rights the migrations grant it ({@link ServiceRoles}): the
 * tests then run with the privileges the service really has.
 */
public class PostgresDatabaseResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgresServer embedded;
    private String adminUrl;
    private String user;
    private String password;
    private String database;
    private ServiceRoles roles;

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
            // Named after the database: on a shared server, test runs side by side must not share roles.
            roles = ServiceRoles.generate(database).ensure(adminUrl, user, password, database);
        } catch (Exception e) {
            throw new IllegalStateException("Could not provide a PostgreSQL database for the tests", e);
        }
        Map<String, String> config = new HashMap<>(roles.properties());
        config.put("quarkus.datasource.jdbc.url", adminUrl.replaceFirst("/[^/?]*(\\?.*)?$", "/" + database));
        return config;
    }

    @Override
    public void stop() {
        try {
            if (embedded != null) {
                embedded.close();
            } else if (adminUrl != null) {
                Databases.drop(adminUrl, user, password, database);
                if (roles != null) {
                    roles.drop(adminUrl, user, password);
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
