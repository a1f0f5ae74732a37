package vn.dvk.reporting.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.migrations.KitMigrationsCustomizer;
import vn.dvk.testing.SchemaOwner;

/**
 * V5 turns the counters' day rows (values) into each day's changes and adds month rows: a database projected before
 * it reads the same figures, as of every day, after it.
 */
@QuarkusTest
class CounterMonthsMigrationTest {

    private static final String SCHEMA = "reporting_v5_check";
    private static final String KEY = "'c', 'n', 'REGISTERED', 'ECONOMY', 'MODEL', 'COLLECTIVE'";
    private static final String KEY_ROW = "select 'c' as campaign_id, 'n' as node_id, 'REGISTERED' as measure, "
            + "'ECONOMY' as field, 'MODEL' as kind, 'COLLECTIVE' as owner_kind";

    // As Flyway runs: the schema's owner (the service's runtime role may not create a schema)
    private final DataSource owner = SchemaOwner.dataSource();

    @Inject
    KitMigrationsCustomizer kitMigrations;

    /** As the service's Flyway is configured: its own migrations, the kit's modules in their own histories. */
    private FluentConfiguration configuration() {
        FluentConfiguration configuration = Flyway.configure().dataSource(owner).schemas(SCHEMA).locations("db/migration");
        kitMigrations.customize(configuration);
        return configuration;
    }

    @Test
    void figuresAsOfEveryDayReadTheSameAfterTheMigration() throws SQLException {
        Flyway flyway = configuration().cleanDisabled(false).load();
        flyway.clean();
        configuration().target("4").load().migrate();
        try (Connection connection = owner.getConnection();
                Statement sql = connection.createStatement()) {
            // as V3 wrote them: the value at the end of each day it changed
            sql.execute("insert into " + SCHEMA + ".model_figure_day values (" + KEY + ", '2026-01-03', 2), ("
                    + KEY + ", '2026-01-20', 5), (" + KEY + ", '2026-03-02', 4), (" + KEY + ", '2026-03-31', 9)");
            List<Long> before = valuesOnEachDay(sql, "(select d.n from " + SCHEMA + ".model_figure_day d "
                    + "where d.day <= t.day order by d.day desc limit 1)");

            flyway.migrate();

            assertEquals(List.of(2L, 3L, -1L, 5L), column(sql, "select n from " + SCHEMA
                    + ".model_figure_day order by day"));
            assertEquals(List.of(5L, 9L), column(sql, "select n from " + SCHEMA + ".model_figure_month order by month"));
            List<Long> after = valuesOnEachDay(sql, Counter.MODEL.valueAsOf("k", "t.day").replace("{p}.", SCHEMA + "."));
            assertEquals(before, after);
            assertEquals(List.of(0L, 2L, 2L, 5L, 5L, 5L, 4L, 4L, 9L, 9L), after);
        } finally {
            flyway.clean();
        }
    }

    /** The counter's value at the end of days before, on and between its changes, read by {@code value}. */
    private static List<Long> valuesOnEachDay(Statement sql, String value) throws SQLException {
        return column(sql, "select coalesce(" + value + ", 0) from (" + KEY_ROW + ") k cross join unnest(cast(array["
                + "'2026-01-02', '2026-01-03', '2026-01-19', '2026-01-20', '2026-01-31', '2026-02-15', '2026-03-02',"
                + "'2026-03-30', '2026-03-31', '2026-06-01'] as date[])) with ordinality as t(day, i) order by t.i");
    }

    private static List<Long> column(Statement sql, String query) throws SQLException {
        List<Long> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getLong(1));
            }
        }
        return values;
    }
}
