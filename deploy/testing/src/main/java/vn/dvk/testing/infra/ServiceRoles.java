package vn.dvk.testing.infra;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A service's two database roles, as in production: {@code <prefix>_owner} runs the Flyway migrations and owns
 * the schema and its tables; {@code <prefix>_app} is what the running service connects as, with only the rights
 * the migrations' grants give it (vn.dvk.kit's db/grants callback). Owning a table is what allows ALTER, DROP and
 * disabling its triggers, so the service's own credentials cannot rewrite an append-only table.
 */
public record ServiceRoles(String owner, String ownerPassword, String app, String appPassword) {

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * Creates both roles on the server (or sets new passwords when they exist, as after a restart of a persistent
     * server), lets the owner create its schema in {@code database}, and returns their credentials.
     */
    public static ServiceRoles ensure(String adminJdbcUrl, String adminUser, String adminPassword, String database,
            String prefix) throws SQLException {
        if (!prefix.matches("[a-z0-9_]+") || !database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain role prefix or database name: " + prefix + ", " + database);
        }
        ServiceRoles roles = new ServiceRoles(prefix + "_owner", password(), prefix + "_app", password());
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            for (String[] role : new String[][] {{roles.owner, roles.ownerPassword}, {roles.app, roles.appPassword}}) {
                // Passwords are hex: nothing to escape in the literal.
                statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role[0]
                        + "') then create role " + role[0] + " login; end if; end $$");
                statement.execute("alter role " + role[0] + " with login nosuperuser nocreatedb nocreaterole "
                        + "password '" + role[1] + "'");
            }
            statement.execute("grant connect, create on database " + database + " to " + roles.owner);
            statement.execute("grant connect on database " + database + " to " + roles.app);
        }
        return roles;
    }

    /** Drops both roles (their database must be gone first: a role that owns objects cannot be dropped). */
    public void drop(String adminJdbcUrl, String adminUser, String adminPassword) throws SQLException {
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            statement.execute("drop role if exists " + app);
            statement.execute("drop role if exists " + owner);
        }
    }

    /** What a service process needs: Flyway as the owner, the datasource as the runtime role. */
    public Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("QUARKUS_FLYWAY_USERNAME", owner);
        env.put("QUARKUS_FLYWAY_PASSWORD", ownerPassword);
        env.put("QUARKUS_DATASOURCE_USERNAME", app);
        env.put("QUARKUS_DATASOURCE_PASSWORD", appPassword);
        return env;
    }

    /** The same as configuration properties, for a Quarkus test resource. */
    public Map<String, String> properties() {
        return Map.of("quarkus.flyway.username", owner, "quarkus.flyway.password", ownerPassword,
                "quarkus.datasource.username", app, "quarkus.datasource.password", appPassword);
    }

    private static String password() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    @Override
    public String toString() {
        // Never print the passwords.
        return "ServiceRoles[owner=" + owner + ", app=" + app + "]";
    }
}
