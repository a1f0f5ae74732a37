package vn.dvk.testing.fuzz;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

/**
 * A fingerprint of everything a service keeps in its schema: one md5 per table over its rows' text (order-free),
 * read in one statement. Two equal digests taken around a refused request prove it changed nothing. The tables
 * that change on their own or record every request by design (the outbox relay marks rows sent, the inbox,
 * idempotency keys, Flyway's histories) are left out by name.
 */
public final class StateDigest {

    /** Tables of the service kit that change for reasons other than the request. */
    public static final Set<String> BACKGROUND = Set.of("outbox_message", "consumed_sequence", "parked_event",
            "dead_letter_replay", "idempotent_request");
    /** Flyway's histories: the service's and each kit module's (which the runtime role may not read). */
    private static final String FLYWAY_HISTORY = "flyway_";

    private final DataSource dataSource;
    private final List<String> tables;
    private final String query;

    private StateDigest(DataSource dataSource, List<String> tables, String query) {
        this.dataSource = dataSource;
        this.tables = tables;
        this.query = query;
    }

    /** Every table of {@code schema} but the background ones and {@code alsoLeftOut}. */
    public static StateDigest of(DataSource dataSource, String schema, Set<String> alsoLeftOut) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement list = connection.prepareStatement("""
                        select table_name from information_schema.tables
                        where table_schema = ? and table_type = 'BASE TABLE' order by table_name""")) {
            list.setString(1, schema);
            try (ResultSet rows = list.executeQuery()) {
                while (rows.next()) {
                    String table = rows.getString(1);
                    if (!BACKGROUND.contains(table) && !table.startsWith(FLYWAY_HISTORY)
                            && !alsoLeftOut.contains(table)) {
                        tables.add(table);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (tables.isEmpty()) {
            throw new IllegalStateException("No tables in schema " + schema);
        }
        StringBuilder select = new StringBuilder("select ");
        for (int i = 0; i < tables.size(); i++) {
            select.append(i == 0 ? "" : ", ").append("(select md5(coalesce(string_agg(md5(t::text), '' order by ")
                    .append("md5(t::text)), '')) from \"").append(schema).append("\".\"").append(tables.get(i))
                    .append("\" t)");
        }
        return new StateDigest(dataSource, List.copyOf(tables), select.toString());
    }

    /** The digest of each table, by name. */
    public Map<String, String> take() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(query);
                ResultSet row = statement.executeQuery()) {
            row.next();
            Map<String, String> digests = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                digests.put(tables.get(i), row.getString(i + 1));
            }
            return digests;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The digest, or null when the database would not give it now: a projection rebuild swapping its tables
     * takes exclusive locks, and a read of every table can end as the deadlock's victim. The check is skipped
     * then; it is no finding about the request.
     */
    public Map<String, String> tryTake() {
        try {
            return take();
        } catch (IllegalStateException e) {
            return null;
        }
    }

    public List<String> tables() {
        return tables;
    }

    /** The tables whose digest differs. */
    public static List<String> changed(Map<String, String> before, Map<String, String> after) {
        return before.keySet().stream().filter(table -> !before.get(table).equals(after.get(table))).toList();
    }
}
