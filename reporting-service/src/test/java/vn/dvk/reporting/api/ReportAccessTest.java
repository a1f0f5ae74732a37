package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventStreamClient;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.fuzz.StateDigest;
import vn.dvk.testing.policy.ReadOnlyRole;

/**
 * Who may read which organisation's figures: a reviewer, admin or leader their own subtree, an auditor the province;
 * an organisation outside it answers exactly as one that does not exist; the public reads none.
 */
@QuarkusTest
class ReportAccessTest {

    private static final List<String> REPORTS = List.of("funnel", "breakdown", "organisations", "backlog",
            "commendations", "replication", "take-ups", "timeline", "review", "indicators");
    private static final String UNIT = "ag-syt-bvdk";

    private final String campaign = "c-" + UUID.randomUUID();

    @TestHTTPResource("/api/v1/reports/review/stream")
    URI streamUri;

    @Inject
    AgroalDataSource dataSource;

    /** One model of the demo path (ag → ag-dukcqdn → ag-syt → ag-syt-bvdk), so that the organisations are known. */
    @BeforeEach
    void oneModel() {
        DemoEvents.submitted(UUID.randomUUID().toString(), campaign, 1);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> read(DemoCallers.reviewer(DemoCallers.PROVINCE),
                "funnel", UNIT).statusCode(200).body("submitted", equalTo(1)));
    }

    private io.restassured.response.ValidatableResponse read(String token, String report, String organisationId) {
        var request = given().queryParam("campaignId", campaign);
        if (token != null) {
            request.auth().oauth2(token);
        }
        if (organisationId != null) {
            request.queryParam("organisationId", organisationId);
        }
        return request.get("/api/v1/reports/" + report).then();
    }

    @Test
    void readersSeeTheirOwnSubtreeAndOnlyIt() {
        for (String report : REPORTS) {
            // down the path from each reader's organisation: allowed
            read(DemoCallers.reviewer(DemoCallers.PROVINCE), report, DemoCallers.BLOC).statusCode(200);
            read(DemoCallers.reviewer(DemoCallers.BLOC), report, UNIT).statusCode(200);
            read(DemoCallers.reviewer(DemoCallers.BASE), report, UNIT).statusCode(200);
            read(DemoCallers.reviewer(DemoCallers.BASE), report, null).statusCode(200)
                    .body("organisationId", equalTo(DemoCallers.BASE));
            read(DemoCallers.admin(), report, UNIT).statusCode(200);
            read(DemoCallers.auditor(), report, UNIT).statusCode(200);
            // a leader (Trưởng ban, Bí thư) reads as a reviewer of their organisation would
            read(DemoCallers.leader(DemoCallers.PROVINCE), report, DemoCallers.BLOC).statusCode(200);
            read(DemoCallers.leader(DemoCallers.BLOC), report, UNIT).statusCode(200);
            read(DemoCallers.leader(DemoCallers.BASE), report, null).statusCode(200)
                    .body("organisationId", equalTo(DemoCallers.BASE));
            // up the path, beside it, in another province, or unknown: the same 404
            String[][] refused = {
                {DemoCallers.reviewer(DemoCallers.BASE), DemoCallers.BLOC},
                {DemoCallers.reviewer(DemoCallers.BASE), DemoCallers.PROVINCE},
                {DemoCallers.reviewer(DemoCallers.OTHER_BASE), UNIT},
                {TestTokens.token("other.province.admin", "hn", "admin"), DemoCallers.PROVINCE},
                {DemoCallers.reviewer(DemoCallers.PROVINCE), "no-such-organisation"},
                {DemoCallers.leader(DemoCallers.BASE), DemoCallers.BLOC},
                {DemoCallers.leader(DemoCallers.OTHER_BLOC), UNIT},
            };
            for (String[] caller : refused) {
                read(caller[0], report, caller[1]).statusCode(404).contentType("application/problem+json")
                        .body("detail", equalTo("Không có tổ chức " + caller[1]));
            }
            // no reviewing role, no token, a token for another audience
            read(DemoCallers.unitCadre(), report, null).statusCode(403);
            read(null, report, null).statusCode(401);
            read(TestTokens.tokenForAnotherAudience("x", DemoCallers.PROVINCE, "reviewer"), report, null)
                    .statusCode(401);
        }
    }

    @Test
    void theLiveReviewStreamAdmitsTheSameReadersAsTheReports() throws Exception {
        // allowed: the stream opens and its first event is the review of the organisation asked for
        for (String[] caller : new String[][] {
            {DemoCallers.reviewer(DemoCallers.PROVINCE), DemoCallers.BLOC},
            {DemoCallers.reviewer(DemoCallers.BASE), UNIT},
            {DemoCallers.admin(), UNIT},
            {DemoCallers.auditor(), DemoCallers.BLOC},
            {DemoCallers.leader(DemoCallers.BLOC), UNIT},
        }) {
            try (EventStreamClient opened = openStream(caller[1], caller[0])) {
                assertEquals(200, opened.status(), opened.body());
                assertTrue(opened.header("Content-Type").startsWith("text/event-stream"), opened.header("Content-Type"));
                await().atMost(Duration.ofSeconds(20)).until(() -> !opened.events("review").isEmpty());
                assertTrue(opened.events("review").get(0).data().contains("\"organisationId\":\"" + caller[1] + "\""),
                        opened.events().toString());
            }
        }
        // outside the caller's subtree or unknown: the reports' 404, before any event
        for (String[] caller : new String[][] {
            {DemoCallers.reviewer(DemoCallers.BASE), DemoCallers.BLOC},
            {DemoCallers.reviewer(DemoCallers.OTHER_BASE), UNIT},
            {TestTokens.token("other.province.admin", "hn", "admin"), DemoCallers.PROVINCE},
            {DemoCallers.reviewer(DemoCallers.PROVINCE), "no-such-organisation"},
            {DemoCallers.leader(DemoCallers.OTHER_BLOC), UNIT},
        }) {
            EventStreamClient refused = openStream(caller[1], caller[0]);
            assertEquals(404, refused.status(), refused.body());
            assertTrue(refused.body().contains("Không có tổ chức " + caller[1]), refused.body());
        }
        assertEquals(403, openStream(null, DemoCallers.unitCadre()).status());
        assertEquals(401, openStream(null, null).status());
    }

    private EventStreamClient openStream(String organisationId, String token) throws Exception {
        return EventStreamClient.open(URI.create(streamUri + "?campaignId=" + campaign
                + (organisationId == null ? "" : "&organisationId=" + URLEncoder.encode(organisationId,
                        StandardCharsets.UTF_8))), token);
    }

    @Test
    void aLeaderChangesNothing() {
        StateDigest state = StateDigest.of(dataSource, "reporting", Set.of("projection_rebuild"));
        for (String organisation : List.of(DemoCallers.PROVINCE, DemoCallers.BLOC, DemoCallers.BASE)) {
            // reporting publishes no events (no outbox): its tables are all it could change
            int sent = ReadOnlyRole.assertChangesNothing(URI.create("http://localhost:" + RestAssured.port),
                    DemoCallers.leader(organisation), template -> template, state, () -> 0L);
            assertTrue(sent >= 2, "changing operations sent: " + sent);
        }
    }

    @Test
    void theAnotherBasesReviewerCountsNothingOfThisBase() {
        read(DemoCallers.reviewer(DemoCallers.OTHER_BASE), "funnel", null).statusCode(200)
                .body("submitted", equalTo(0));
        read(DemoCallers.reviewer(DemoCallers.BASE), "funnel", null).statusCode(200).body("submitted", equalTo(1));
    }
}
