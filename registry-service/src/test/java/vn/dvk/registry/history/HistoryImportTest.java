package vn.dvk.registry.history;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.dvk.registry.CallerMatrix.ADMIN;
import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.AUDITOR;
import static vn.dvk.registry.CallerMatrix.BASE_LEADER;
import static vn.dvk.registry.CallerMatrix.BLOC_LEADER;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC_LEADER;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.PROVINCE_LEADER;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Histories;
import vn.dvk.registry.Models;
import vn.dvk.registry.domain.Campaign;
import vn.dvk.registry.domain.CampaignStatus;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

/**
 * A past cycle imported through one validated, all-or-nothing API: the shipped fixtures go in whole, their events
 * stamped with when things happened; a broken file is refused whole with every violation at its JSON pointer; the
 * same file again changes nothing; only a province's admin imports.
 */
@QuarkusTest
class HistoryImportTest {

    private static final String MODEL_EVENTS = "registry.model-events";
    private static final String CAMPAIGN_EVENTS = "registry.campaign-events";
    private static final String PATH = "/api/v1/history-imports";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** An admin of Kiên Giang, the tests' second province. */
    private static final String KG_ADMIN = TestTokens.token("kg.admin", "kg", "admin");
    /** A whole province's cycle is one request: on a busy two-core machine it may take minutes, not seconds. */
    private static final RestAssuredConfig PATIENT = RestAssured.config().httpClient(
            HttpClientConfig.httpClientConfig().setParam("http.socket.timeout", 600_000));

    @Test
    void kienGiangsCycleIsImportedWithEveryEventStampedInThePast() throws Exception {
        Models.as(KG_ADMIN).body(HistoryFixtures.read("kien-giang-tree.json")).post("/api/v1/organisations/import")
                .then().statusCode(200);
        long before = Models.count();
        long started = System.nanoTime();
        Models.as(KG_ADMIN).config(PATIENT).body(HistoryFixtures.read("kien-giang-2021-2023.json")).post(PATH)
                .then().statusCode(201)
                .header("Location", startsWith("http"))
                .body("models", equalTo(600), "campaigns", equalTo(1), "decisions", equalTo(51),
                        "recognitions.BASE", equalTo(512), "recognitions.BLOC", equalTo(78),
                        "recognitions.PROVINCE", equalTo(76), "commendations", equalTo(322));
        System.out.printf("Kiên Giang 2021-2023 imported (600 models, 51 decisions) in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertEquals(before + 600, Models.count());

        List<TopicProbe.Event> submitted = await().atMost(Duration.ofSeconds(60)).until(
                () -> ofImport(MODEL_EVENTS, "dvk.registry.model.submitted.v1", "kg-dvk-2021-2023"),
                events -> events.size() == 600);
        for (TopicProbe.Event event : submitted) {
            OffsetDateTime at = OffsetDateTime.parse(JSON.readTree(event.value()).path("submittedAt").asText());
            assertTrue(at.getYear() >= 2021 && at.getYear() <= 2023, "submitted in the cycle: " + at);
        }
        EventSchemas.assertValid("registry-service", submitted.get(0).type(), submitted.get(0).value());
        List<TopicProbe.Event> histories = await().atMost(Duration.ofSeconds(60)).until(
                () -> ofImport(MODEL_EVENTS, "dvk.registry.model.history-recorded.v1", "kg-dvk-2021-2023"),
                events -> events.size() == 512);
        histories.forEach(e -> EventSchemas.assertValid("registry-service", e.type(), e.value()));
        long atProvince = histories.stream().filter(e -> decisionsOf(e).stream()
                .anyMatch(d -> d.path("level").asText().equals("PROVINCE") && d.path("recognises").asBoolean()))
                .count();
        assertEquals(76, atProvince);

        List<TopicProbe.Event> campaign = TopicProbe.all(CAMPAIGN_EVENTS).stream()
                .filter(e -> "kg-dvk-2021-2023".equals(e.key())).toList();
        assertEquals(List.of("dvk.registry.campaign.created.v1", "dvk.registry.campaign.opened.v1",
                "dvk.registry.campaign.closed.v1"), campaign.stream().map(TopicProbe.Event::type).toList());
        assertEquals("2023-12-31", JSON.readTree(campaign.get(2).value()).path("changedAt").asText().substring(0, 10));
        assertEquals(CampaignStatus.CLOSED, QuarkusTransaction.requiringNew()
                .call(() -> Campaign.<Campaign>findById("kg-dvk-2021-2023").status));
    }

    @Test
    void theSameFileAgainAnswersWhatTheFirstImportDidAndWritesNothing() {
        byte[] file = Histories.smallFile("ag-h-again", "ag-h-again-c");
        String first = Models.as(DemoCallers.admin()).body(file).post(PATH).then().statusCode(201)
                .extract().asString();
        long models = Models.count();
        String again = Models.as(DemoCallers.admin()).body(file).post(PATH).then().statusCode(200)
                .extract().asString();
        assertEquals(first, again);
        assertEquals(models, Models.count());
        Models.as(DemoCallers.auditor()).get(PATH + "/{id}", "ag-h-again").then().statusCode(200)
                .body("models", equalTo(2));
    }

    @Test
    void anotherFileUnderTheSameImportIdIsAConflict() {
        Models.as(DemoCallers.admin()).body(Histories.smallFile("ag-h-twice", "ag-h-twice-c")).post(PATH).then().statusCode(201);
        long models = Models.count();
        Models.as(DemoCallers.admin()).body(Histories.smallFile("ag-h-twice", "ag-h-twice-d")).post(PATH).then().statusCode(409)
                .contentType("application/problem+json");
        assertEquals(models, Models.count());
    }

    @Test
    void everyViolationIsListedAtItsPointerAndNothingIsWritten() {
        String broken = """
                {"importId": "ag-h-broken",
                 "campaigns": [%s],
                 "models": [%s, %s, %s],
                 "decisions": [
                   {"number": "9-QĐ/ĐU", "issuedOn": "2019-01-10", "level": "BASE", "issuerId": "ag-syt",
                    "signerName": "Lê Văn Hùng", "signerTitle": "Bí thư Đảng ủy", "recognises": ["m1"]},
                   {"number": "10-QĐ/ĐUK", "issuedOn": "2020-10-10", "level": "BLOC", "issuerId": "ag-tu-lx",
                    "signerName": "Võ Văn Dũng", "signerTitle": "Phó Bí thư", "recognises": ["m2", "nowhere"]}],
                 "indicators": [
                   {"organisationId": "ag-syt", "period": "2019-05", "directiveDocuments": 1, "dialogues": 2,
                    "complaintsReceived": 3, "complaintsResolved": 4},
                   {"organisationId": "ag-syt", "period": "2027-01", "directiveDocuments": 1, "dialogues": 2,
                    "complaintsReceived": 3, "complaintsResolved": 3}]}
                """.formatted(Histories.campaign("ag-h-broken-c", "2030-12-31"),
                Histories.model("m1", "ag-syt-bvdk", "ag-h-broken-c", "2019-03-01", "2019-04-01"),
                Histories.model("m2", "ag-syt-bvdk", "ag-h-broken-c", "2015-03-01", "2015-03-01"),
                Histories.model("m1", "ag-nowhere", "ag-h-missing", "2019-03-01", "2019-03-01"));
        long models = Models.count();
        Response refused = Models.as(DemoCallers.admin()).body(broken).post(PATH);
        refused.then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("history-refused"));
        List<Map<String, String>> violations = refused.jsonPath().getList("violations");
        Set<String> pointers = violations.stream().map(v -> v.get("field")).collect(Collectors.toSet());
        assertEquals(Set.of(
                "/campaigns/0/endsOn",                    // not over
                "/models/0/submittedOn",                  // before the model started
                "/models/1/submittedOn",                  // outside the registration period
                "/models/2/ref",                          // m1 twice
                "/decisions/0/recognises/0",              // decided before the model was submitted
                "/decisions/1/recognises/0",              // the bloc is not on the model's path
                "/decisions/1/recognises/1",              // no such model
                "/indicators/0/complaintsResolved",       // more resolved than received
                "/indicators/1/period"), pointers, () -> "violations: " + violations);
        assertTrue(violations.stream().allMatch(v -> !v.get("message").isBlank()));
        assertEquals(models, Models.count());
        Models.as(DemoCallers.admin()).get("/api/v1/campaigns/{id}", "ag-h-broken-c").then().statusCode(404);
    }

    @Test
    void aRecognitionNeedsTheLevelBelowFirst() {
        String file = """
                {"importId": "ag-h-skip", "campaigns": [%s], "models": [%s],
                 "decisions": [{"number": "3-QĐ/ĐUK", "issuedOn": "2019-10-10", "level": "BLOC",
                   "issuerId": "ag-dukcqdn", "signerName": "Võ Văn Dũng", "signerTitle": "Phó Bí thư",
                   "recognises": ["m1"]}]}
                """.formatted(Histories.campaign("ag-h-skip-c", "2019-12-31"),
                Histories.model("m1", "ag-syt-bvdk", "ag-h-skip-c", "2019-03-01", "2019-03-01"));
        Models.as(DemoCallers.admin()).body(file).post(PATH).then().statusCode(422)
                .body("violations.field", hasItems("/decisions/0"))
                .body("violations.message", hasItems(containsString("chưa được cấp cơ sở công nhận")));
    }

    @Test
    void onlyTheProvincesAdminImports() {
        byte[] file = Histories.smallFile("ag-h-roles", "ag-h-roles-c");
        check("importHistory", expect(403, Map.of(ADMIN, 201, OTHER_PROVINCE_ADMIN, 422, ANONYMOUS, 401)),
                call -> call.request.body(file).post(PATH));
        // a bloc's admin administers a subtree, not the province's past
        Models.as(TestTokens.token("bloc.admin", DemoCallers.BLOC, "admin")).body(Histories.smallFile("ag-h-bloc", "ag-h-bloc-c"))
                .post(PATH).then().statusCode(403);
        check("getHistoryImport", expect(403, Map.of(ADMIN, 200, AUDITOR, 200, PROVINCE_LEADER, 200,
                BLOC_LEADER, 404, BASE_LEADER, 404, OTHER_BLOC_LEADER, 404, OTHER_PROVINCE_ADMIN, 404, ANONYMOUS, 401)),
                call -> call.get(PATH + "/{id}", "ag-h-roles"));
    }

    @Test
    void anGiangsFourThousandModelsGoInOneRequest() throws Exception {
        long before = Models.count();
        long started = System.nanoTime();
        Models.as(DemoCallers.admin()).config(PATIENT).body(HistoryFixtures.read("an-giang-2016-2020.json")).post(PATH)
                .then().statusCode(201).body("models", equalTo(4664), "campaigns", equalTo(2));
        System.out.printf("An Giang 2016-2020 imported (4,664 models) in %d ms%n",
                Duration.ofNanos(System.nanoTime() - started).toMillis());
        assertEquals(before + 4664, Models.count());
        long inTheFourFields = QuarkusTransaction.requiringNew().call(() -> MobilizationModel.count(
                "campaignId in ?1", List.of("ag-dvk-2016-2020", "ag-dvknr-2016-2020")));
        assertEquals(4664, inTheFourFields);
    }

    private static List<TopicProbe.Event> ofImport(String topic, String type, String importId) {
        return TopicProbe.all(topic).stream().filter(e -> type.equals(e.type()))
                .filter(e -> e.value().contains("\"importId\":\"" + importId + "\"")).toList();
    }

    private static List<JsonNode> decisionsOf(TopicProbe.Event event) {
        try {
            List<JsonNode> decisions = new ArrayList<>();
            JSON.readTree(event.value()).path("decisions").forEach(decisions::add);
            return decisions;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
