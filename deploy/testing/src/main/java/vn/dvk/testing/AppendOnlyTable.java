package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Checks an append-only table against the credentials the running service itself uses (its datasource's, not
 * the owner's Flyway runs as): it may add and read rows, and every way of changing or losing them is refused
 * for want of privilege. A plain JDBC connection, outside the service's pool and transactions, as an intruder
 * holding the pod's credentials would open one.
 */
public final class AppendOnlyTable {

    /** PostgreSQL's insufficient_privilege. */
    public static final String INSUFFICIENT_PRIVILEGE = "42501";

    private AppendOnlyTable() {
    }

    /**
     * @param table  schema-qualified name, e.g. {@code recognition.audit_entry}
     * @param insert an INSERT of one row into it
     * @param column a column an UPDATE would try to change (not an identity column: that fails for another reason)
     */
    public static void assertProtectedFromRuntimeRole(String table, String insert, String column)
            throws SQLException {
        Config config = ConfigProvider.getConfig();
        String user = config.getValue("quarkus.datasource.username", String.class);
        assertTrue(!user.equals(config.getOptionalValue("quarkus.flyway.username", String.class).orElse(user)),
                "the service must not run as the role that migrates (and owns) its schema");
        try (Connection connection = DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class), user,
                config.getValue("quarkus.datasource.password", String.class))) {
            connection.setAutoCommit(true);
            long before = count(connection, table);
            try (Statement statement = connection.createStatement()) {
                assertEquals(1, statement.executeUpdate(insert), "the service appends");
            }
            assertEquals(before + 1, count(connection, table), "the service reads what it appended");
            for (String refused : List.of(
                    "update " + table + " set " + column + " = " + column,
                    "delete from " + table,
                    "truncate " + table,
                    "alter table " + table + " disable trigger all",
                    "drop table " + table)) {
                SQLException e = assertThrows(SQLException.class, () -> {
                    try (Statement statement = connection.createStatement()) {
                        statement.execute(refused);
                    }
                }, refused);
                assertEquals(INSUFFICIENT_PRIVILEGE, e.getSQLState(), refused + ": " + e.getMessage());
            }
            assertEquals(before + 1, count(connection, table), "no row changed or lost");
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("select count(*) from " + table)) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
