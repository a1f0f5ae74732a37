package vn.dvk.local.web;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.local.web.WebSuite.suite;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import vn.dvk.contracts.ContractFiles;
import vn.dvk.keycloak.KeycloakProcess;
import vn.dvk.local.Database;
import vn.dvk.testing.HeadlessChromium;

/**
 * The suite as a user meets it: started by the launcher's own code (embedded Kafka and PostgreSQL, a real
 * Keycloak with the DVK realm, the three packaged services), real tokens of the demo users, and one model
 * recognised at base, bloc and provincial level; and, nested, each person's day in the web app on the same suite.
 *
 * <p>One class on purpose: failsafe hands whole classes to its two JVMs, and a day in a class of its own could land
 * in the other JVM and start a second suite there (about a minute on two cores). Each day is written in its own file as
 * an abstract class and nested here in one line. The suite ({@link WebSuite}) checks as it closes that no process of
 * it survives; its ports differ from the launcher's defaults so that it can run beside a launched suite.
 */
@ExtendWith(WebSuite.class)
class LocalSuiteIT {

    /** A unit cadre drafts, evidences, submits, and answers a return. */
    @Nested
    class CadresDay extends CadreDay {
    }

    /** A unit cadre follows the feed, revises, reports progress, withdraws, finds a certificate. */
    @Nested
    class CadresFeed extends CadreFeed {
    }

    /** A base committee's reviewer: queue, case, scores, a decision, its certificate, its revocation. */
    @Nested
    class CommitteesDay extends CommitteeDay {
    }

    /** The province's administrator forms a base council; its members vote; the minutes. */
    @Nested
    class CouncilsDay extends CouncilDay {
    }

    /** The province's administrator, the auditor and the operator. */
    @Nested
    class AdministratorsDay extends AdministratorDay {
    }

    private static final String CAMPAIGN = "dvk-2026";
    private static final String TITLE = "Mô hình \"Dân vận khéo\" trong chăm sóc người bệnh";
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);

    @Test
    void aModelIsRecognisedAtBaseBlocAndProvince() {
        // the demo data and the browser days sharing the suite add models of their own: count from where they left it
        Map<String, Integer> before = funnelAtRest();
        String id = as("unit.cadre", suite().registry())
                .contentType(ContentType.JSON)
                .body("""
                        {"campaignId":"dvk-2026","title":"%s","summary":"Cán bộ, nhân viên y tế lắng nghe, \
                        hướng dẫn và hỗ trợ người bệnh và thân nhân.","goals":"Người bệnh hài lòng",\
                        "implementation":"Trực hướng dẫn tại khoa khám bệnh","startedOn":"2026-01-05",\
                        "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE"}"""
                        .formatted(TITLE.replace("\"", "\\\"")))
                .post("/api/v1/models")
                .then().statusCode(201)
                .body("id", matchesPattern("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"))
                .body("status", equalTo("DRAFT"))
                .body("content.title", equalTo(TITLE))
                .extract().path("id");
        String etag = as("unit.cadre", suite().registry()).get("/api/v1/models/{id}", id).then().statusCode(200)
                .extract().header("ETag");

        as("unit.cadre", suite().registry()).header("If-Match", etag).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200).body("status", equalTo("SUBMITTED"));

        // The submission reaches recognition through Kafka.
        await("the base committee's queue lists the model").atMost(EVENTUALLY).untilAsserted(() ->
                as("base.reviewer", suite().recognition()).get("/api/v1/reviews?sort=newest")
                        .then().statusCode(200).body("items.modelId", hasItem(id)));

        // Object-level rules, before the base committee acts.
        act("bloc.reviewer", id, "RECOGNIZE").then().statusCode(403);
        act("other.base.reviewer", id, "RECOGNIZE").then().statusCode(404); // off its path: no such case
        as("other.unit.cadre", suite().registry()).get("/api/v1/models/{id}", id).then().statusCode(404);

        actAndExpectLevel("base.reviewer", id, "RECOGNIZE", "BASE");
        actAndExpectLevel("base.reviewer", id, "NOMINATE", "BLOC");
        actAndExpectLevel("bloc.reviewer", id, "RECOGNIZE", "BLOC");
        actAndExpectLevel("bloc.reviewer", id, "NOMINATE", "PROVINCE");
        actAndExpectLevel("province.reviewer", id, "RECOGNIZE", "PROVINCE");

        // The outcome flows back to the registry and into the reports.
        await("the registry shows the model recognised at provincial level").atMost(EVENTUALLY).untilAsserted(() ->
                as("unit.cadre", suite().registry()).get("/api/v1/models/{id}", id)
                        .then().statusCode(200)
                        .body("status", equalTo("RECOGNIZED"))
                        .body("recognizedLevel", equalTo("PROVINCE")));
        await("the funnel counts the model at every level").atMost(EVENTUALLY).untilAsserted(() ->
                as("province.reviewer", suite().reporting()).queryParam("campaignId", CAMPAIGN).get("/api/v1/reports/funnel")
                        .then().statusCode(200)
                        .body("campaignId", equalTo(CAMPAIGN))
                        .body("submitted", equalTo(before.get("submitted") + 1))
                        .body("recognizedAtBase", equalTo(before.get("recognizedAtBase") + 1))
                        .body("recognizedAtBloc", equalTo(before.get("recognizedAtBloc") + 1))
                        .body("recognizedAtProvince", equalTo(before.get("recognizedAtProvince") + 1)));
    }

    @Test
    void aReturnedModelIsRevisedAndResubmittedToTheLevelThatReturnedIt() {
        String id = as("unit.cadre", suite().registry()).contentType(ContentType.JSON)
                .body("""
                        {"campaignId":"dvk-2026","title":"Mô hình \\"Ba cùng\\" ở ấp","summary":"Cùng ăn, cùng ở, cùng làm",\
                        "goals":"Gần dân","implementation":"Cán bộ ở lại ấp","startedOn":"2026-02-01",\
                        "field":"POLITICAL_SYSTEM","kind":"MODEL","ownerKind":"COLLECTIVE"}""")
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
        as("unit.cadre", suite().registry()).header("If-Match", etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200);
        await("the base committee's queue lists the model").atMost(EVENTUALLY).untilAsserted(() ->
                as("base.reviewer", suite().recognition()).get("/api/v1/reviews?sort=newest").then().body("items.modelId", hasItem(id)));

        as("base.reviewer", suite().recognition()).contentType(ContentType.JSON).header("If-Match", caseTag("base.reviewer", id))
                .body("{\"action\":\"RETURN\",\"reason\":\"Bổ sung kết quả cụ thể\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(200).body("stage", equalTo("RETURNED"));
        await("the unit sees why it came back").atMost(EVENTUALLY).untilAsserted(() ->
                as("unit.cadre", suite().registry()).get("/api/v1/models/{id}", id).then()
                        .body("status", equalTo("RETURNED"))
                        .body("returnReason", equalTo("Bổ sung kết quả cụ thể")));

        as("unit.cadre", suite().registry()).header("If-Match", etag(id)).contentType(ContentType.JSON)
                .body("""
                        {"campaignId":"dvk-2026","title":"Mô hình \\"Ba cùng\\" ở ấp","summary":"Cùng ăn, cùng ở, cùng làm",\
                        "goals":"Gần dân","implementation":"Cán bộ ở lại ấp","startedOn":"2026-02-01",\
                        "results":"12 hộ thoát nghèo","field":"POLITICAL_SYSTEM","kind":"MODEL","ownerKind":"COLLECTIVE"}""")
                .put("/api/v1/models/{id}", id).then().statusCode(200);
        as("unit.cadre", suite().registry()).header("If-Match", etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200).body("currentVersion", equalTo(2));

        await("the case is back under review at base level, on version 2").atMost(EVENTUALLY).untilAsserted(() ->
                as("base.reviewer", suite().recognition()).get("/api/v1/cases/{id}", id).then()
                        .body("stage", equalTo("UNDER_REVIEW")).body("level", equalTo("BASE"))
                        .body("modelVersion", equalTo(2)));
        as("base.reviewer", suite().registry()).get("/api/v1/models/{id}/diff?from=1&to=2", id).then().statusCode(200)
                .body("changes.field", equalTo(List.of("results")));
        actAndExpectLevel("base.reviewer", id, "RECOGNIZE", "BASE");
    }

    private static String etag(String id) {
        return as("unit.cadre", suite().registry()).get("/api/v1/models/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** The province's funnel once reporting has caught up with what the services' databases hold. */
    private static Map<String, Integer> funnelAtRest() {
        await("reporting has caught up").atMost(EVENTUALLY).untilAsserted(() ->
                assertEquals(countedInDatabases(null), funnel()));
        return funnel();
    }

    private static Map<String, Integer> funnel() {
        var report = as("province.reviewer", suite().reporting()).queryParam("campaignId", CAMPAIGN).get("/api/v1/reports/funnel")
                .then().statusCode(200).extract().jsonPath();
        return Map.of("submitted", report.getInt("submitted"), "recognizedAtBase", report.getInt("recognizedAtBase"),
                "recognizedAtBloc", report.getInt("recognizedAtBloc"),
                "recognizedAtProvince", report.getInt("recognizedAtProvince"));
    }

    /**
     * Whatever the other tests and the demo did, the reports equal what the services' own databases hold: the
     * registry's registered models, and the recognitions standing at each level in recognition's case levels, for
     * the province and for each bloc.
     */
    @Test
    void theReportsEqualWhatTheRegistryAndRecognitionDatabasesHold() throws SQLException {
        funnelAtRest();
        List<Map<String, Object>> blocs = as("province.reviewer", suite().reporting()).queryParam("campaignId", CAMPAIGN)
                .get("/api/v1/reports/organisations").then().statusCode(200).extract().jsonPath().getList("items");
        assertFalse(blocs.isEmpty());
        for (Map<String, Object> bloc : blocs) {
            Map<String, Integer> counted = countedInDatabases((String) bloc.get("organisationId"));
            Map<?, ?> reported = (Map<?, ?>) bloc.get("funnel");
            for (String level : List.of("recognizedAtBase", "recognizedAtBloc", "recognizedAtProvince")) {
                assertEquals(counted.get(level), reported.get(level), bloc.get("organisationId") + " " + level);
            }
        }
    }

    /**
     * Counted in the services' tables: models registered (submitted, not withdrawn) in the registry; models with a
     * standing recognition at each level (recognised there, or recognised and nominated on) in recognition, for
     * the campaign and, when given, one bloc (whose registrations are not counted here).
     */
    private static Map<String, Integer> countedInDatabases(String bloc) throws SQLException {
        Database database = suite().suite().database();
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.user(),
                database.password())) {
            Map<String, Integer> counted = new java.util.HashMap<>();
            counted.put("submitted", count(connection, """
                    select count(*) from registry.mobilization_model
                    where campaign_id = ? and status not in ('DRAFT', 'WITHDRAWN')""", CAMPAIGN, null));
            Map<String, List<String>> levels = Map.of("recognizedAtBase", List.of("BASE", "BLOC", "PROVINCE"),
                    "recognizedAtBloc", List.of("BLOC", "PROVINCE"), "recognizedAtProvince", List.of("PROVINCE"));
            for (var level : levels.entrySet()) {
                counted.put(level.getKey(), count(connection, """
                        select count(distinct l.model_id) from recognition.case_level l
                        join recognition.review_case c on c.model_id = l.model_id
                        where c.campaign_id = ? and (cast(? as text) is null or c.bloc_id = ?)
                          and l.status in ('RECOGNIZED', 'NOMINATED') and l.level in (%s)"""
                        .formatted("'" + String.join("', '", level.getValue()) + "'"), CAMPAIGN, bloc));
            }
            return counted;
        }
    }

    private static int count(Connection connection, String sql, String campaign, String bloc) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, campaign);
            if (sql.contains("bloc_id")) {
                statement.setString(2, bloc);
                statement.setString(3, bloc);
            }
            try (ResultSet result = statement.executeQuery()) {
                result.next();
                return result.getInt(1);
            }
        }
    }

    /** A leader opens the dashboard, signs in on Keycloak's page (code flow with PKCE) and reads the figures. */
    @Test
    void aLeaderSignsInThroughKeycloakAndReadsTheDashboard() {
        try (HeadlessChromium chromium = HeadlessChromium.open()) {
            WebDriver browser = chromium.driver();
            String dashboard = suite().app() + "dashboard/";
            browser.get(dashboard + "?campaignId=" + CAMPAIGN);
            chromium.waiting(Duration.ofSeconds(60)).until(b -> !b.findElements(By.id("username")).isEmpty());
            browser.findElement(By.id("username")).sendKeys("province.reviewer");
            browser.findElement(By.id("password")).sendKeys("dvk-demo");
            browser.findElement(By.id("kc-login")).click();
            try {
                chromium.waiting(Duration.ofSeconds(60)).until(b -> b.getCurrentUrl().startsWith(dashboard)
                        && !b.findElement(By.id("submitted")).getText().equals("–"));
            } catch (org.openqa.selenium.TimeoutException e) {
                chromium.screenshot("dashboard-sign-in-failed.png");
                throw new AssertionError("the dashboard showed no figures after signing in; at "
                        + browser.getCurrentUrl() + ", the console said:\n" + chromium.console(), e);
            }
            assertEquals(Integer.toString(funnel().get("submitted")),
                    browser.findElement(By.id("submitted")).getText().replace(".", ""));
            assertFalse(browser.getCurrentUrl().contains("code="), "the code is taken off the address");
            chromium.screenshot("dashboard-signed-in.png");
        }
    }

    /** The review conference's workbook over the demo data: its sheets, and a total that reconciles. */
    @Test
    void theReviewWorkbookOfTheDemoReconcilesWithTheFunnel() throws IOException {
        byte[] workbook = as("province.reviewer", suite().reporting()).queryParam("campaignId", CAMPAIGN)
                .get("/api/v1/reports/review/xlsx").then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "review-sample.xlsx"), workbook); // kept for the README's sample
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            assertEquals("Tổng hợp", book.getSheetAt(0).getSheetName());
            Sheet fields = book.getSheet("Theo lĩnh vực");
            Row total = fields.getRow(fields.getLastRowNum());
            assertEquals("Tổng cộng", total.getCell(0).getStringCellValue());
            assertEquals(book.getSheet("Tổng hợp").getRow(4).getCell(1).getNumericCellValue(),
                    total.getCell(1).getNumericCellValue(), "registrations by field add up to the summary's");
            assertFalse(book.getSheet("Chỉ tiêu dân vận") == null, "the units' indicators have their sheet");
        }
    }

    /**
     * The launcher recorded the demo's decisions (it goes on without them when it cannot, saying so on the
     * console): each number of the demo file is among the bloc's decisions.
     */
    @Test
    void theDemoDecisionsAreRecorded() throws IOException {
        List<String> numbers = new ArrayList<>();
        try (var in = LocalSuiteIT.class.getClassLoader().getResourceAsStream(ContractFiles.DEMO_DECISIONS)) {
            new ObjectMapper().readTree(in).path("decisions").forEach(d -> numbers.add(d.path("number").asText()));
        }
        assertFalse(numbers.isEmpty());
        List<String> recorded = as("bloc.reviewer", suite().recognition()).get("/api/v1/decisions?limit=200")
                .then().statusCode(200).extract().jsonPath().getList("items.number");
        assertTrue(recorded.containsAll(numbers), "recorded " + recorded + ", the demo's " + numbers);
    }

    /**
     * Keycloak's JVM runs with the options the build gives it (C1 only, deploy/local's pom), appended by kc.sh to its
     * own: the server the days sign in on is the one started for this suite, in its data directory.
     */
    @Test
    void keycloakRunsWithTheOptionsTheBuildGivesIt() {
        List<String> given = Stream.of(System.getProperty(KeycloakProcess.JAVA_OPTIONS_PROPERTY, "").split("\\s+"))
                .filter(option -> !option.isEmpty()).toList();
        List<String> keycloak = ProcessHandle.current().descendants()
                .map(process -> process.info().commandLine().orElse(""))
                .filter(line -> line.contains("-Dkc.home.dir=") && line.contains(suite().dataDir().toString()))
                .toList();
        assertEquals(1, keycloak.size(), "one Keycloak JVM in the suite's data directory: " + keycloak);
        assertTrue(List.of(keycloak.get(0).split(" ")).containsAll(given), keycloak.get(0) + " has " + given);
    }

    @Test
    void everyApiWantsAToken() {
        given().port(suite().registry()).get("/api/v1/models/{id}", "00000000-0000-0000-0000-000000000000")
                .then().statusCode(401);
        given().port(suite().recognition()).get("/api/v1/reviews").then().statusCode(401);
        given().port(suite().reporting()).queryParam("campaignId", CAMPAIGN).get("/api/v1/reports/funnel")
                .then().statusCode(401);
    }

    private static void actAndExpectLevel(String reviewer, String id, String action, String level) {
        act(reviewer, id, action).then().statusCode(200).body("level", equalTo(level));
    }

    private static Response act(String reviewer, String id, String action) {
        return as(reviewer, suite().recognition())
                .contentType(ContentType.JSON)
                .header("If-Match", caseTag(reviewer, id))
                .body("{\"action\":\"" + action + "\"}")
                .post("/api/v1/cases/{id}/actions", id);
    }

    /** The case's ETag as the reviewer reads it (one who may not read it sends a made-up one). */
    private static String caseTag(String reviewer, String id) {
        Response read = as(reviewer, suite().recognition()).get("/api/v1/cases/{id}", id);
        return read.statusCode() == 200 ? read.header("ETag") : "\"0\"";
    }

    private static RequestSpecification as(String user, int port) {
        return given().port(port).auth().oauth2(token(user));
    }

    /** A real access token from Keycloak, by the password grant the demo client allows. */
    private static String token(String user) {
        return suite().token(user);
    }
}
