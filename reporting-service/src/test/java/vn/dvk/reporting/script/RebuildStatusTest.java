package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoCallers;

/**
 * A rebuild runs in one replica; every replica answers how it stands, from what that one records: an operator's
 * port-forward or a load balancer may land anywhere. A rebuild whose replica stopped reporting reads as failed.
 */
@QuarkusTest
class RebuildStatusTest {

    private static final String REBUILD = "/api/v1/projections/rebuild";

    @Inject
    AgroalDataSource dataSource;

    @BeforeEach
    @AfterEach
    void noRebuildRecorded() throws SQLException {
        execute("delete from reporting.projection_rebuild");
    }

    @Test
    void aRebuildRunningInAnotherReplicaIsReportedHereAndAnotherIsRefused() throws SQLException {
        // as the replica running it writes it every two seconds
        execute("""
                insert into reporting.projection_rebuild (id, state, replica, started_at, events_applied, events_skipped,
                    events_total, events_per_second, seconds_left, updated_at)
                values (1, 'RUNNING', 'reporting-service-7d9f-other', now() - interval '2 minutes', 412000, 3,
                    1100000, 2900.5, 237, now())""");
        given().auth().oauth2(DemoCallers.operator()).get(REBUILD).then().statusCode(200)
                .body("state", equalTo("RUNNING")).body("eventsApplied", equalTo(412000))
                .body("eventsTotal", equalTo(1100000)).body("secondsLeft", equalTo(237));
        given().auth().oauth2(DemoCallers.operator()).post(REBUILD).then().statusCode(409)
                .contentType("application/problem+json");
    }

    @Test
    void aRebuildWhoseReplicaStoppedReportingReadsAsFailed() throws SQLException {
        execute("""
                insert into reporting.projection_rebuild (id, state, replica, started_at, events_applied, events_skipped,
                    events_total, events_per_second, seconds_left, updated_at)
                values (1, 'RUNNING', 'reporting-service-7d9f-gone', now() - interval '10 minutes', 9000, 0,
                    1100000, 2900.5, 377, now() - interval '31 seconds')""");
        given().auth().oauth2(DemoCallers.operator()).get(REBUILD).then().statusCode(200)
                .body("state", equalTo("FAILED")).body("error", containsString("reporting-service-7d9f-gone"))
                .body("secondsLeft", org.hamcrest.Matchers.nullValue());
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().execute(sql);
        }
    }
}
