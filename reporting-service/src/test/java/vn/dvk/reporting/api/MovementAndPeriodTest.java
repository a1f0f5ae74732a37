package vn.dvk.reporting.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Reports by movement and by named period, on a province of the test's own with two campaigns of two movements:
 *
 * <pre>
 * DVK             models a (registered 15 Jan, recognised at base 5 May), b (registered 10 Apr), c (20 Aug)
 * DVK_NEW_RURAL   models r (registered 1 Feb), s (1 Jul)
 * </pre>
 *
 * read by the province's leader (Trưởng ban), whose read-only role sees every figure of the province.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MovementAndPeriodTest {

    @Inject
    Clock clock;

    private final String province = "mv" + UUID.randomUUID().toString().substring(0, 8);
    private final String dvk = "dvk-" + province;
    private final String rural = "nt-" + province;
    private final String leader = TestTokens.token("leader." + province, province, "leader");
    private boolean ready;

    @BeforeEach
    void twoCampaignsOfTwoMovements() {
        if (ready) {
            return;
        }
        campaign(dvk, "DVK");
        campaign(rural, "DVK_NEW_RURAL");
        String a = UUID.randomUUID().toString();
        submitted(a, dvk, "2026-01-15");
        recognizedAtBase(a, dvk, "2026-05-05");
        submitted(UUID.randomUUID().toString(), dvk, "2026-04-10");
        submitted(UUID.randomUUID().toString(), dvk, "2026-08-20");
        submitted(UUID.randomUUID().toString(), rural, "2026-02-01");
        submitted(UUID.randomUUID().toString(), rural, "2026-07-01");
        // every model and both campaigns read: the rural movement counts its two
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            asLeader().queryParam("campaignId", dvk).get("/api/v1/reports/funnel").then().statusCode(200)
                    .body("submitted", equalTo(3)).body("recognizedAtBase", equalTo(1));
            asLeader().queryParam("movement", "DVK_NEW_RURAL").get("/api/v1/reports/funnel").then().statusCode(200)
                    .body("submitted", equalTo(2));
        });
        ready = true;
    }

    @Test
    void aMovementWithoutACampaignCountsEveryCampaignOfIt() {
        asLeader().queryParam("movement", "DVK").get("/api/v1/reports/funnel").then().statusCode(200)
                .body("movement", equalTo("DVK")).body("campaignId", nullValue())
                .body("submitted", equalTo(3)).body("recognizedAtBase", equalTo(1));
        // a campaign of another movement counts nothing under this one
        asLeader().queryParam("movement", "DVK").queryParam("campaignId", rural).get("/api/v1/reports/funnel").then()
                .statusCode(200).body("submitted", equalTo(0));
        asLeader().queryParam("movement", "DVK_NEW_RURAL").queryParam("campaignId", rural)
                .get("/api/v1/reports/funnel").then().statusCode(200).body("submitted", equalTo(2));
        // the table of the province's blocs, and the review, count the movement too
        asLeader().queryParam("movement", "DVK_NEW_RURAL").get("/api/v1/reports/organisations").then()
                .statusCode(200).body("items.organisationId", contains(province + "-k"))
                .body("items[0].funnel.submitted", equalTo(2));
        asLeader().queryParam("movement", "DVK").get("/api/v1/reports/review").then().statusCode(200)
                .body("funnel.submitted", equalTo(3)).body("fields[0].value", equalTo("ECONOMY"))
                .body("fields[0].funnel.submitted", equalTo(3));
    }

    @Test
    void quartersAndHalfYearsCountWhatChangedWithinThem() {
        funnel("DVK", "2026-Q1").body("from", equalTo("2026-01-01")).body("asOf", equalTo("2026-03-31"))
                .body("submitted", equalTo(1)).body("recognizedAtBase", equalTo(0));
        funnel("DVK", "2026-Q2").body("from", equalTo("2026-04-01")).body("asOf", equalTo("2026-06-30"))
                .body("submitted", equalTo(1)).body("recognizedAtBase", equalTo(1));
        funnel("DVK", "2026-Q3").body("submitted", equalTo(1)).body("recognizedAtBase", equalTo(0));
        funnel("DVK", "2026-Q4").body("submitted", equalTo(0));
        // "6 tháng đầu năm" and "6 tháng cuối năm"
        funnel("DVK", "2026-H1").body("from", equalTo("2026-01-01")).body("asOf", equalTo("2026-06-30"))
                .body("submitted", equalTo(2)).body("recognizedAtBase", equalTo(1));
        funnel("DVK", "2026-H2").body("from", equalTo("2026-07-01")).body("submitted", equalTo(1));
        funnel("DVK_NEW_RURAL", "2026-H1").body("submitted", equalTo(1));
        funnel("DVK_NEW_RURAL", "2026-H2").body("submitted", equalTo(1));
        funnel("DVK_NEW_RURAL", "2025").body("submitted", equalTo(0));
        // one campaign, one quarter
        asLeader().queryParam("campaignId", rural).queryParam("period", "2026-Q3").get("/api/v1/reports/funnel")
                .then().statusCode(200).body("submitted", equalTo(1));
    }

    @Test
    void aHalfYearsTimelineHasItsSixMonths() {
        asLeader().queryParam("movement", "DVK").queryParam("period", "2026-H1").get("/api/v1/reports/timeline")
                .then().statusCode(200)
                .body("items.month", contains("2026-01", "2026-02", "2026-03", "2026-04", "2026-05", "2026-06"))
                .body("items.registered", contains(1, 0, 0, 1, 0, 0))
                .body("items.recognized", contains(0, 0, 0, 0, 1, 0));
        asLeader().queryParam("movement", "DVK_NEW_RURAL").queryParam("period", "2026-Q3")
                .get("/api/v1/reports/timeline").then().statusCode(200)
                .body("items.month", contains("2026-07", "2026-08", "2026-09"))
                .body("items.registered", contains(1, 0, 0));
    }

    @Test
    void aPeriodStillRunningEndsToday() {
        // "today" is the service's: its clock, in the province's zone (the test profile starts it at 2026-12-01)
        LocalDate before = LocalDate.now(clock);
        var response = asLeader().queryParam("movement", "DVK").queryParam("period", String.valueOf(before.getYear()))
                .get("/api/v1/reports/funnel").then().statusCode(200)
                .body("from", equalTo(before.getYear() + "-01-01"));
        LocalDate after = LocalDate.now(clock);
        response.body("asOf", anyOf(equalTo(before.toString()), equalTo(after.toString())));
    }

    @Test
    void badPeriodsAndMovementsAreRefusedByName() {
        for (String period : new String[] {"2026-Q5", "2026-Q0", "2026-H3", "2026-06", "26-Q1", "2026-q1", "H1"}) {
            refused(asLeader().queryParam("movement", "DVK").queryParam("period", period), "period",
                    "phải là năm, 6 tháng hoặc quý, ví dụ 2026, 2026-H1, 2026-Q3");
        }
        refused(asLeader().queryParam("movement", "DVK").queryParam("period", "2099-Q1"), "period", "chưa bắt đầu");
        refused(asLeader().queryParam("movement", "DVK").queryParam("period", "2026-H1").queryParam("from",
                "2026-01-01"), "period", "thay cho from và asOf: chỉ cho kỳ báo cáo, hoặc from và asOf");
        refused(asLeader().queryParam("movement", "DVK").queryParam("period", "2026-H1").queryParam("asOf",
                "2026-06-30"), "period", "thay cho from và asOf: chỉ cho kỳ báo cáo, hoặc from và asOf");
        refused(asLeader().queryParam("movement", "dvk"), "movement", "phải là mã viết in hoa");
        refused(asLeader().queryParam("period", "2026-H1"), "campaignId", "là tham số bắt buộc, trừ khi có movement (phong trào)");
    }

    @Test
    void everyReportTakesThePeriodAndTheMovement() {
        for (String report : new String[] {"funnel", "breakdown", "organisations", "backlog", "commendations",
                "replication", "indicators", "timeline", "review", "review/xlsx", "review/csv"}) {
            asLeader().queryParam("movement", "DVK").queryParam("period", "2026-Q2")
                    .get("/api/v1/reports/" + report).then().statusCode(200);
            refused(asLeader().queryParam("movement", "DVK").queryParam("period", "2026-Q9"),
                    "/api/v1/reports/" + report, "period", "phải là năm, 6 tháng hoặc quý, ví dụ 2026, "
                            + "2026-H1, 2026-Q3");
        }
    }

    private RequestSpecification asLeader() {
        return given().auth().oauth2(leader);
    }

    private io.restassured.response.ValidatableResponse funnel(String movement, String period) {
        return asLeader().queryParam("movement", movement).queryParam("period", period)
                .get("/api/v1/reports/funnel").then().statusCode(200);
    }

    private static void refused(RequestSpecification request, String parameter, String message) {
        refused(request, "/api/v1/reports/funnel", parameter, message);
    }

    /** A 400 problem naming the parameter with the message. */
    private static void refused(RequestSpecification request, String path, String parameter, String message) {
        request.get(path).then().statusCode(400).contentType(startsWith("application/problem+json"))
                .body("violations.find { it.field == '%s' }.message".formatted(parameter), equalTo(message));
    }

    private String pathJson() {
        return """
                {"province":{"id":"%1$s","name":"Tỉnh %1$s"},"bloc":{"id":"%1$s-k","name":"Đảng bộ khối %1$s"},
                 "base":{"id":"%1$s-k-b","name":"Đảng bộ cơ sở %1$s"},
                 "unit":{"id":"%1$s-k-b-u","name":"Đơn vị %1$s"}}"""
                .formatted(province);
    }

    private void campaign(String campaignId, String movement) {
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.CAMPAIGN_EVENTS, DemoEvents.CAMPAIGN_OPENED, campaignId, """
                {"campaignId":"%s","sequence":1,"provinceId":"%s","status":"OPEN",
                 "campaign":{"id":"%s","movement":"%s","name":"Đợt %s","organisationId":"%s",
                   "startsOn":"2026-01-01","endsOn":"2030-12-31","registrationDeadline":"2030-06-30",
                   "reviewWindows":[{"level":"BASE","opensOn":"2026-01-01","closesOn":"2030-12-31"}]},
                 "changedBy":"admin","changedAt":"2026-01-02T08:00:00Z"}"""
                .formatted(campaignId, province, campaignId, movement, campaignId, province));
    }

    private void submitted(String modelId, String campaignId, String day) {
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, modelId, """
                {"modelId":"%s","sequence":1,"version":1,"level":"BASE","campaignId":"%s",
                 "title":"Mô hình %s","field":"ECONOMY","kind":"MODEL","ownerKind":"COLLECTIVE",
                 "submittedAt":"%sT03:00:00Z","path":%s}""".formatted(modelId, campaignId, modelId, day, pathJson()));
    }

    private void recognizedAtBase(String modelId, String campaignId, String day) {
        DemoEvents.send(DemoEvents.RECOGNITION, DemoEvents.CASE_EVENTS, DemoEvents.RECOGNIZED, modelId, """
                {"modelId":"%s","sequence":1,"campaignId":"%s","level":"BASE","path":%s,
                 "decidedBy":"reviewer","occurredAt":"%sT03:00:00Z"}"""
                .formatted(modelId, campaignId, pathJson(), day));
    }
}
