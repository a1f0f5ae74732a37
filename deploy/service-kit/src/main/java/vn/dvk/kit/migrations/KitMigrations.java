package vn.dvk.kit.migrations;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Runs the kit modules' migrations as part of the service's own Flyway migrate, each in its own history, before
 * the service's scripts (which may use the kit's tables: the registry's V2 fills the inbox). A callback of the
 * service's Flyway rather than a second step, so that every way a service migrates (at start, in the Kubernetes
 * init container, in a test's own {@code Flyway.configure()}) takes the kit's in with it:
 * <ul>
 * <li>before validating, the kit's rows still in the service's history are handed over ({@link LegacyKitRows}),
 * so the service's Flyway does not find applied migrations it no longer has;</li>
 * <li>before migrating (the schema and the service's history exist by then), each module is migrated.</li>
 * </ul>
 * Replicas starting together take turns: the work runs under a PostgreSQL advisory lock on the schema.
 */
public final class KitMigrations implements Callback {

    private final List<KitModule> modules;

    public KitMigrations(List<KitModule> modules) {
        this.modules = List.copyOf(modules);
    }

    @Override
    public boolean supports(Event event, Context context) {
        return !modules.isEmpty() && (event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE);
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        Configuration service = context.getConfiguration();
        String schema = ModuleMigrations.schemaOf(service);
        try (Connection connection = service.getDataSource().getConnection()) {
            connection.setAutoCommit(true);
            lock(connection, schema);
            for (KitModule module : modules) {
                ModuleMigrations migrations = new ModuleMigrations(module, service);
                if (event == Event.BEFORE_VALIDATE) {
                    new LegacyKitRows(connection, schema, service.getTable()).handOver(migrations);
                } else {
                    migrations.migrate();
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("The kit's migrations failed in schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** Held until the connection closes. */
    private static void lock(Connection connection, String schema) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_advisory_lock(hashtext(?))")) {
            lock.setString(1, "dvk-kit-migrations:" + schema);
            lock.execute();
        }
    }

    @Override
    public String getCallbackName() {
        return "dvk-kit-migrations";
    }
}
