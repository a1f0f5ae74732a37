package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.fuzz.Isolated;
import vn.dvk.testing.policy.AccessPolicyTests;

/**
 * The reporting service's access policy, src/test/resources/access-policy.csv, held against the service: every
 * operation × resource state × caller gets the status the table says; and every operation of the OpenAPI document
 * has rows, so that a new endpoint without a policy fails the build ({@link AccessPolicyTests}). Isolated: the
 * table starts a projection rebuild, which must not run under the other tests.
 */
@QuarkusTest
@TestProfile(Isolated.class)
class ReportingAccessPolicyTest extends AccessPolicyTests {

    private static final String UNIT = DemoCallers.UNIT;
    private final String campaign = "policy-" + UUID.randomUUID();
    private boolean ready;

    /** One model of the demo path (ag → ag-dukcqdn → ag-syt → ag-syt-bvdk), so that the organisations are known. */
    @BeforeEach
    void oneModel() {
        if (ready) {
            return;
        }
        DemoEvents.submitted(UUID.randomUUID().toString(), campaign, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given()
                .auth().oauth2(DemoCallers.reviewer(DemoCallers.PROVINCE))
                .queryParam("campaignId", campaign).queryParam("organisationId", UNIT)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(1)));
        ready = true;
    }

    @Override
    protected Response send(String operation, String state, RequestSpecification r) {
        String report = switch (operation) {
            case "getFunnel" -> "funnel";
            case "getBreakdown" -> "breakdown";
            case "getOrganisationTable" -> "organisations";
            case "getBacklog" -> "backlog";
            case "getCommendations" -> "commendations";
            case "getReplication" -> "replication";
            case "getTakeUps" -> "take-ups";
            case "getIndicators" -> "indicators";
            case "getTimeline" -> "timeline";
            case "getReview" -> "review";
            case "getReviewWorkbook" -> "review/xlsx";
            case "getReviewCsv" -> "review/csv";
            case "getConferenceReport" -> "conference-report";
            default -> null;
        };
        if (report != null && state.equals("unit")) {
            return r.queryParam("campaignId", campaign).queryParam("organisationId", UNIT)
                    .get("/api/v1/reports/" + report);
        }
        return switch (operation + " " + state) {
            case "streamReview unknown organisation" -> r.queryParam("campaignId", campaign)
                    .queryParam("organisationId", "no-such-organisation").get("/api/v1/reports/review/stream");
            case "getGallery -" -> r.get("/api/v1/gallery");
            case "getDashboardSettings -" -> r.get("/dashboard/settings.json");
            case "startRebuild -" -> r.post("/api/v1/projections/rebuild");
            case "getRebuild -" -> r.get("/api/v1/projections/rebuild");
            case "listDeadLetters -" -> r.get("/api/v1/reporting-dead-letters");
            case "replayDeadLetters -" -> r.post("/api/v1/reporting-dead-letters/replay?id=none");
            default -> throw new IllegalArgumentException("No request for " + operation + " [" + state + "]");
        };
    }
}
