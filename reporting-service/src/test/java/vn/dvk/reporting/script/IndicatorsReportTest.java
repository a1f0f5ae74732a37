package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * Units' monthly indicators as the registry publishes them: summed over a subtree and a period, each month at the
 * version that stood at the end of asOf (a correction replaces, a duplicate does not count twice), with the share of
 * complaints resolved.
 */
@QuarkusTest
class IndicatorsReportTest {

    private static final String TOPIC = "registry.organisation-events";
    private static final String TYPE = "dvk.registry.organisation.indicators-reported.v1";
    private static final String PROVINCE = "p" + UUID.randomUUID().toString().substring(0, 8);
    private static final String BLOC_A = PROVINCE + "-ka";
    private static final String BLOC_B = PROVINCE + "-kb";
    private static final String UNIT_A = BLOC_A + "-b1-u1";
    private static final String UNIT_B = BLOC_B + "-b1-u1";

    private static String lineage(String bloc, String unit) {
        return """
                [{"id":"%s","name":"Tỉnh %s"},{"id":"%s","name":"Khối %s"},{"id":"%s-b1","name":"Cơ sở %s"},
                 {"id":"%s","name":"Đơn vị %s"}]""".formatted(PROVINCE, PROVINCE, bloc, bloc, bloc, bloc, unit, unit);
    }

    private static void reported(String bloc, String unit, long sequence, String period, int version, int documents,
            int dialogues, int received, int resolved, String reportedAt) {
        DemoEvents.send(DemoEvents.REGISTRY, TOPIC, TYPE, unit, """
                {"organisationId":"%s","sequence":%d,"provinceId":"%s","period":"%s","directiveDocuments":%d,
                 "dialogues":%d,"complaintsReceived":%d,"complaintsResolved":%d,"version":%d,"lineage":%s,
                 "actor":"unit.cadre","reportedAt":"%s"}""".formatted(unit, sequence, PROVINCE, period, documents,
                dialogues, received, resolved, version, lineage(bloc, unit), reportedAt));
    }

    private static JsonPath indicators(Map<String, Object> parameters) {
        return given().auth().oauth2(TestTokens.token("province.reader", PROVINCE, "reviewer")).queryParams(parameters)
                .get("/api/v1/reports/indicators").then().statusCode(200).extract().jsonPath();
    }

    /** [documents, dialogues, received, resolved, organisations] */
    private static List<Long> totals(JsonPath report) {
        return List.of(report.getLong("directiveDocuments"), report.getLong("dialogues"),
                report.getLong("complaintsReceived"), report.getLong("complaintsResolved"),
                report.getLong("reportingOrganisations"));
    }

    private static boolean reported;

    /** Once for the class (from a test, when the HTTP port of the application under test is known). */
    @BeforeEach
    void report() {
        synchronized (IndicatorsReportTest.class) {
            if (reported) {
                return;
            }
            reported = true;
        }
        // unit A: March, April, then March corrected in June; unit B: March, sent twice
        reported(BLOC_A, UNIT_A, 1, "2026-03", 1, 3, 4, 40, 38, "2026-04-02T03:00:00Z");
        reported(BLOC_A, UNIT_A, 2, "2026-04", 1, 1, 2, 10, 10, "2026-05-03T03:00:00Z");
        reported(BLOC_A, UNIT_A, 3, "2026-03", 2, 3, 5, 42, 42, "2026-06-10T03:00:00Z");
        reported(BLOC_B, UNIT_B, 1, "2026-03", 1, 2, 1, 5, 3, "2026-04-05T03:00:00Z");
        reported(BLOC_B, UNIT_B, 1, "2026-03", 1, 2, 1, 5, 3, "2026-04-05T03:00:00Z");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> given()
                .auth().oauth2(TestTokens.token("province.reader", PROVINCE, "reviewer"))
                .queryParam("from", "2026-01-01").get("/api/v1/reports/indicators")
                .then().statusCode(200).body("dialogues", equalTo(8)));
    }

    @Test
    void theProvinceSumsEachUnitsLatestVersionOnceWithTheShareResolved() {
        JsonPath report = indicators(Map.of("from", "2026-01-01"));
        assertEquals(List.of(6L, 8L, 57L, 55L, 2L), totals(report));
        assertEquals(96.5, report.getDouble("complaintsResolvedPercent"), 0.0001); // 55 of 57
        assertEquals("2026-01", report.getString("firstMonth"));
    }

    @Test
    void asOfADayBeforeTheCorrectionReadsTheFirstVersion() {
        JsonPath report = indicators(Map.of("from", "2026-01-01", "asOf", "2026-06-09"));
        assertEquals(List.of(6L, 7L, 55L, 51L, 2L), totals(report));
        assertEquals(92.7, report.getDouble("complaintsResolvedPercent"), 0.0001); // 51 of 55
        // before anything was reported: nothing, and no share
        JsonPath none = indicators(Map.of("from", "2026-01-01", "asOf", "2026-04-01"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), totals(none));
        assertNull(none.get("complaintsResolvedPercent"));
    }

    @Test
    void aSubtreeAndAPeriodCountTheirOwnMonthsOnly() {
        assertEquals(List.of(4L, 7L, 52L, 52L, 1L), totals(indicators(Map.of("organisationId", BLOC_A,
                "from", "2026-01-01"))));
        assertEquals(List.of(2L, 1L, 5L, 3L, 1L), totals(indicators(Map.of("organisationId", UNIT_B,
                "from", "2026-01-01"))));
        // April alone: reported on 3 May, so not yet there at the end of April
        assertEquals(List.of(1L, 2L, 10L, 10L, 1L), totals(indicators(Map.of("from", "2026-04-01",
                "asOf", "2026-05-31"))));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), totals(indicators(Map.of("from", "2026-04-01",
                "asOf", "2026-04-30"))));
    }

    @Test
    void aQuarterAndAHalfYearCountTheirMonthsAsReportedNow() {
        // Q1 is March alone here: unit A's corrected version (3, 5, 42, 42) and unit B's (2, 1, 5, 3), though both
        // were reported after the quarter ended
        JsonPath firstQuarter = indicators(Map.of("period", "2026-Q1"));
        assertEquals(List.of(5L, 6L, 47L, 45L, 2L), totals(firstQuarter));
        assertEquals("2026-Q1", firstQuarter.getString("period"));
        assertEquals("2026-01", firstQuarter.getString("firstMonth"));
        assertEquals("2026-03", firstQuarter.getString("lastMonth"));
        assertNull(firstQuarter.get("asOf"));
        assertEquals(List.of(1L, 2L, 10L, 10L, 1L), totals(indicators(Map.of("period", "2026-Q2"))));
        // "6 tháng đầu năm": March and April
        JsonPath firstHalf = indicators(Map.of("period", "2026-H1"));
        assertEquals(List.of(6L, 8L, 57L, 55L, 2L), totals(firstHalf));
        assertEquals(96.5, firstHalf.getDouble("complaintsResolvedPercent"), 0.0001);
        assertEquals("2026-06", firstHalf.getString("lastMonth"));
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), totals(indicators(Map.of("period", "2026-H2"))));
        assertEquals(List.of(4L, 7L, 52L, 52L, 1L), totals(indicators(Map.of("organisationId", BLOC_A,
                "period", "2026-H1"))));
    }

    @Test
    void onlyReadersOfTheSubtreeSeeThem() {
        given().auth().oauth2(TestTokens.token("bloc.reader", BLOC_B, "reviewer"))
                .queryParam("organisationId", BLOC_A).get("/api/v1/reports/indicators").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("auditor", "ag", "auditor"))
                .queryParam("organisationId", PROVINCE).get("/api/v1/reports/indicators").then().statusCode(404);
        given().auth().oauth2(TestTokens.token("unit.cadre", UNIT_A, "submitter"))
                .get("/api/v1/reports/indicators").then().statusCode(403);
        given().get("/api/v1/reports/indicators").then().statusCode(401);
    }
}
