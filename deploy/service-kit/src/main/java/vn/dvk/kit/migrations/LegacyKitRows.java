package vn.dvk.kit.migrations;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.stream.Stream;
import org.flywaydb.core.api.MigrationVersion;

/**
 * The kit's scripts as they ran before each kit module had a history of its own: rows of the service's
 * {@code flyway_schema_history}, named by their file name or, as Quarkus's Flyway recorded them, by their path
 * ({@code db/outbox/V0_1__outbox_message.sql}). Handing them over starts the module's history at the newest of them (a baseline:
 * they are not run again) and then removes them from the service's, whose Flyway would otherwise find applied
 * migrations it no longer has. Either step may be interrupted; the next start finishes the hand-over.
 */
final class LegacyKitRows {

    private final Connection connection;
    private final String serviceHistory;

    LegacyKitRows(Connection connection, String schema, String serviceTable) {
        this.connection = connection;
        this.serviceHistory = quoted(schema) + "." + quoted(serviceTable);
    }

    void handOver(ModuleMigrations module) throws SQLException {
        if (!exists(serviceHistory)) {
            return;
        }
        Optional<String> newest = newestApplied(module.module());
        if (newest.isEmpty()) {
            return;
        }
        if (!exists(quoted(module.schema()) + "." + quoted(module.module().historyTable()))) {
            module.baselineAt(newest.get());
        }
        try (PreparedStatement delete = connection.prepareStatement(
                "delete from " + serviceHistory + " where script = any (?)")) {
            delete.setArray(1, scripts(module.module()));
            delete.executeUpdate();
        }
    }

    private Optional<String> newestApplied(KitModule module) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(
                "select version from " + serviceHistory + " where script = any (?) and success")) {
            select.setArray(1, scripts(module));
            MigrationVersion newest = null;
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    MigrationVersion version = MigrationVersion.fromVersion(rows.getString(1));
                    newest = newest == null || version.compareTo(newest) > 0 ? version : newest;
                }
            }
            return Optional.ofNullable(newest).map(MigrationVersion::getVersion);
        }
    }

    private Array scripts(KitModule module) throws SQLException {
        Stream<String> paths = module.scripts().stream().map(name -> module.legacyFolder() + "/" + name);
        return connection.createArrayOf("text", Stream.concat(module.scripts().stream(), paths).toArray());
    }

    private boolean exists(String qualifiedTable) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select to_regclass(?) is not null")) {
            select.setString(1, qualifiedTable);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    private static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
