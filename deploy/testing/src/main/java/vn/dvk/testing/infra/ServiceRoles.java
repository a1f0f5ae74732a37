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

    /** New credentials (random passwords) for the roles {@code <prefix>_owner} and {@code <prefix>_app}. */
    public static ServiceRoles generate(String prefix) {
        if (!prefix.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain role prefix: " + prefix);
        }
        return new ServiceRoles(prefix + "_owner", password(), prefix + "_app", password());
    }

    /**
     * Creates both roles on the server, or sets these passwords when they exist (a persistent server started
     * again), and lets the owner create its schema in {@code database}.
     */
    public ServiceRoles ensure(String adminJdbcUrl, String adminUser, String adminPassword, String database)
            throws SQLException {
        if (!database.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            for (String[] role : new String[][] {{owner, ownerPassword}, {app, appPassword}}) {
                // Passwords are hex: nothing to escape in the literal.
                statement.execute("do $$ begin if not exists (select 1 from pg_roles where rolname = '" + role[0]
                        + "') then create role " + role[0] + " login; end if; end $$");
                statement.execute("alter role " + role[0] + " with login nosuperuser nocreatedb nocreaterole "
                        + "password '" + role[1] + "'");
            }
            statement.execute("grant connect, create on database " + database + " to " + owner);
            statement.execute("grant connect on database " + database + " to " + app);
        }
        return this;
    }

    /**
     * When {@code schema} exists already but belongs to another role (a data directory from before the roles were
     * split), hands it and its tables, views, sequences and functions to the owner, so that Flyway may go on
     * migrating it. {@code adminJdbcUrl} must name the database the schema is in.
     */
    public void adopt(String adminJdbcUrl, String adminUser, String adminPassword, String schema)
            throws SQLException {
        if (!schema.matches("[a-z0-9_]+")) {
            throw new IllegalArgumentException("Not a plain schema name: " + schema);
        }
        try (Connection connection = DriverManager.getConnection(adminJdbcUrl, adminUser, adminPassword);
                Statement statement = connection.createStatement()) {
            statement.execute(ADOPT.replace("{schema}", schema).replace("{owner}", owner));
        }
    }

    private static final String ADOPT = """
            do $$
            declare
                object record;
            begin
                if not exists (select 1 from pg_namespace where nspname = '{schema}'
                        and nspowner <> '{owner}'::regrole) then
                    return;
                end if;
                execute 'alter schema {schema} owner to {owner}';
                for object in select c.relname, c.relkind from pg_class c
                        join pg_namespace n on n.oid = c.relnamespace
                        where n.nspname = '{schema}' and c.relkind in ('r', 'p', 'v', 'm', 'S')
                          and not exists (select 1 from pg_depend d where d.objid = c.oid
                                          and d.classid = 'pg_class'::regclass and d.deptype in ('a', 'i'))
                loop
                    execute format('alter %s {schema}.%I owner to {owner}', case object.relkind
                        when 'v' then 'view' when 'm' then 'materialized view' when 'S' then 'sequence'
                        else 'table' end, object.relname);
                end loop;
                for object in select p.oid::regprocedure as signature from pg_proc p
                        join pg_namespace n on n.oid = p.pronamespace where n.nspname = '{schema}'
                loop
                    execute format('alter routine %s owner to {owner}', object.signature);
                end loop;
            end
            $$""";

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
