package vn.dvk.recognition.councils;

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
 * V7 keys council members, votes and scorecards by subject. Rows written before it, keyed by a username whose
 * subject recognition never learned, keep the username to show under the key 'unbound:' + username, which no token
 * presents: still readable, with their votes and scores matched, granting nothing.
 */
@QuarkusTest
class CouncilsKeyedBySubjectMigrationTest {

    private static final String SCHEMA = "recognition_v7_check";

    // as Flyway runs: the service's runtime role may not create the scratch schema
    private final DataSource dataSource = SchemaOwner.dataSource();

    @Inject
    KitMigrationsCustomizer kitMigrations;

    @Test
    void rowsKeyedByUsernameStayReadableUnderAKeyNoTokenPresents() throws SQLException {
        Flyway flyway = configuration().cleanDisabled(false).load();
        flyway.clean();
        configuration().target("5").load().migrate();
        String s = SCHEMA + ".";
        try (Connection connection = dataSource.getConnection(); Statement sql = connection.createStatement()) {
            sql.execute("insert into " + s + "review_case (model_id, campaign_id, title, field, kind, province_id, "
                    + "province_name, bloc_id, bloc_name, base_id, base_name, unit_id, unit_name, level, stage, "
                    + "opened_at, updated_at, arrived_at) values ('00000000-0000-0000-0000-000000000001', 'c', 't', "
                    + "'ECONOMY', 'MODEL', 'ag', 'AG', 'ag-b', 'B', 'ag-b-s', 'S', 'ag-b-s-u', 'U', 'BLOC', "
                    + "'UNDER_REVIEW', now(), now(), now())");
            sql.execute("insert into " + s + "council (id, campaign_id, level, organisation_id, name, quorum, "
                    + "created_by, created_at) values ('00000000-0000-0000-0000-00000000000c', 'c', 'BLOC', 'ag-b', "
                    + "'HĐ', 1, 'admin', now())");
            sql.execute("insert into " + s + "council_member (council_id, username, full_name, unit_id) values "
                    + "('00000000-0000-0000-0000-00000000000c', 'hoa', 'Nguyễn Thị Hòa', 'ag-b-s')");
            sql.execute("insert into " + s + "council_vote (council_id, model_id, username, vote, voted_at) values "
                    + "('00000000-0000-0000-0000-00000000000c', '00000000-0000-0000-0000-000000000001', 'hoa', 'FOR', "
                    + "now())");
            sql.execute("insert into " + s + "scorecard (model_id, level, scorer, points, total, scored_at) values "
                    + "('00000000-0000-0000-0000-000000000001', 'BLOC', 'hoa', '{}', 80, now())");
            sql.execute("insert into " + s + "audit_entry (at, actor, action, subject_type, subject_id) values "
                    + "(now(), 'hoa', 'VOTE', 'case', 'x')");

            flyway.migrate();

            assertEquals(List.of("unbound:hoa|hoa|Nguyễn Thị Hòa|ag-b-s|false"), column(sql, "select sub || '|' || "
                    + "username || '|' || full_name || '|' || org_id || '|' || chair from " + s + "council_member"));
            assertEquals(List.of("unbound:hoa|FOR"), column(sql, "select sub || '|' || vote from " + s + "council_vote"));
            assertEquals(List.of("unbound:hoa"), column(sql, "select scorer from " + s + "scorecard"));
            // the trail is append-only: an entry from before names its actor by username alone (V8 moved the
            // username to actor_name, and actor holds the subject, as in every service's trail)
            assertEquals(List.of("none|hoa"), column(sql, "select coalesce(actor, 'none') || '|' || actor_name from "
                    + s + "audit_entry"));
        } finally {
            flyway.clean();
        }
    }

    /** As the service's Flyway is configured: its own migrations, the kit's modules in their own histories. */
    private FluentConfiguration configuration() {
        FluentConfiguration configuration = Flyway.configure().dataSource(dataSource).schemas(SCHEMA)
                .locations("db/migration");
        kitMigrations.customize(configuration);
        return configuration;
    }

    private static List<String> column(Statement sql, String query) throws SQLException {
        List<String> values = new ArrayList<>();
        try (ResultSet rows = sql.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
