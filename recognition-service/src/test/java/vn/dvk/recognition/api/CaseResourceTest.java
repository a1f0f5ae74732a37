package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TestTokens;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class CaseResourceTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static ValidatableResponse act(String token, String modelId, String action) {
        return CaseActions.act(token, modelId, action, null);
    }

    private static long actionsOf(String modelId) {
        return QuarkusTransaction.requiringNew().call(() -> CaseAction.count("modelId", UUID.fromString(modelId)));
    }

    @Test
    void aModelClimbsFromBaseToProvincialRecognition() throws Exception {
        String id = Submissions.caseAtBase();
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        String bloc = DemoCallers.reviewer(DemoCallers.BLOC);
        String province = DemoCallers.reviewer(DemoCallers.PROVINCE);

        // the chain: base under review, bloc and province ahead, each with the committee that will decide there
        given().auth().oauth2(base).get("/api/v1/cases/{id}", id).then().statusCode(200)
                .body("levels.level", equalTo(List.of("BASE", "BLOC", "PROVINCE")))
                .body("levels.status", equalTo(List.of("UNDER_REVIEW", "PENDING", "PENDING")))
                .body("levels.reviewingOrgId", equalTo(List.of("ag-syt", "ag-dukcqdn", "ag")));
        act(base, id, "RECOGNIZE").statusCode(200).body("level", equalTo("BASE")).body("stage", equalTo("RECOGNIZED"))
                .body("recognizedLevel", equalTo("BASE"));
        act(base, id, "NOMINATE").statusCode(200).body("level", equalTo("BLOC")).body("stage", equalTo("UNDER_REVIEW"));
        given().auth().oauth2(bloc).get("/api/v1/reviews?sort=newest").then().body("items.modelId", hasItem(id));
        given().auth().oauth2(base).get("/api/v1/reviews?sort=newest").then().body("items.modelId", not(hasItem(id)));
        act(bloc, id, "RECOGNIZE").statusCode(200).body("level", equalTo("BLOC")).body("recognizedLevel", equalTo("BLOC"));
        act(bloc, id, "NOMINATE").statusCode(200).body("level", equalTo("PROVINCE"));
        act(province, id, "RECOGNIZE").statusCode(200).body("level", equalTo("PROVINCE"))
                .body("stage", equalTo("RECOGNIZED")).body("recognizedLevel", equalTo("PROVINCE"));
        given().auth().oauth2(province).get("/api/v1/reviews?sort=newest").then().body("items.modelId", not(hasItem(id)));
        given().auth().oauth2(province).get("/api/v1/cases/{id}", id).then()
                .body("levels.status", equalTo(List.of("NOMINATED", "NOMINATED", "RECOGNIZED")));
        act(province, id, "NOMINATE").statusCode(409).contentType("application/problem+json");

        assertEquals(5, actionsOf(id));
        List<String> published = new ArrayList<>();
        for (long sequence = 1; sequence <= 6; sequence++) {
            long expected = sequence;
            TopicProbe.Event event = TopicProbe.await("recognition.case-events",
                    e -> id.equals(e.key()) && readSequence(e) == expected, Duration.ofSeconds(30));
            EventSchemas.assertValid("recognition-service", event.type(), event.value());
            JsonNode payload = JSON.readTree(event.value());
            assertEquals("dvk-2026", payload.get("campaignId").asText());
            assertEquals("ag-syt", payload.at("/path/base/id").asText());
            published.add(event.type().replace("dvk.recognition.", "") + "@" + payload.get("level").asText());
        }
        assertEquals(List.of("case.opened.v1@BASE", "model.recognized.v1@BASE", "model.nominated.v1@BLOC", "model.recognized.v1@BLOC",
                "model.nominated.v1@PROVINCE", "model.recognized.v1@PROVINCE"), published);
    }

    private static long readSequence(TopicProbe.Event event) {
        try {
            return JSON.readTree(event.value()).get("sequence").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    @Test
    void onlyTheCommitteeAtTheCurrentLevelActs() {
        String id = Submissions.caseAtBase();

        act(DemoCallers.reviewer(DemoCallers.BLOC), id, "RECOGNIZE").statusCode(403)
                .contentType("application/problem+json");
        act(DemoCallers.reviewer(DemoCallers.PROVINCE), id, "RECOGNIZE").statusCode(403);
        // off the case's path, the case does not exist for them
        act(DemoCallers.reviewer(DemoCallers.OTHER_BASE), id, "RECOGNIZE").statusCode(404);
        act(TestTokens.token("other.province", "hn", "reviewer"), id, "RECOGNIZE").statusCode(404);
        act(DemoCallers.reviewer(DemoCallers.BASE), UUID.randomUUID().toString(), "RECOGNIZE").statusCode(404);
        act(DemoCallers.unitCadre(), id, "RECOGNIZE").statusCode(403);
        act(DemoCallers.admin(), id, "RECOGNIZE").statusCode(403);
        act(DemoCallers.auditor(), id, "RECOGNIZE").statusCode(403);
        given().contentType(ContentType.JSON).body("{\"action\":\"RECOGNIZE\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(401);
        act(DemoCallers.reviewer(DemoCallers.BASE), UUID.randomUUID().toString(), "RECOGNIZE").statusCode(404);

        assertEquals(0, actionsOf(id));
    }

    @Test
    void theQueueAndTheCaseAreVisibleAlongThePathOnly() {
        String id = Submissions.caseAtBase();

        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.OTHER_BASE)).get("/api/v1/reviews?sort=newest")
                .then().statusCode(200).body("items.modelId", not(hasItem(id)));
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BLOC)).get("/api/v1/reviews?sort=newest")
                .then().statusCode(200).body("items.modelId", not(hasItem(id)));
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/reviews?sort=newest").then().statusCode(403);
        given().get("/api/v1/reviews?sort=newest").then().statusCode(401);

        for (String token : List.of(DemoCallers.reviewer(DemoCallers.BASE), DemoCallers.reviewer(DemoCallers.BLOC),
                DemoCallers.reviewer(DemoCallers.PROVINCE), DemoCallers.admin(), DemoCallers.auditor())) {
            given().auth().oauth2(token).get("/api/v1/cases/{id}", id).then().statusCode(200)
                    .body("path.unit.name", equalTo("Bệnh viện Đa khoa Trung tâm An Giang"));
        }
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.OTHER_BASE)).get("/api/v1/cases/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(TestTokens.token("other.admin", "hn", "admin")).get("/api/v1/cases/{id}", id)
                .then().statusCode(404);
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/cases/{id}", id).then().statusCode(403);
    }

    @Test
    void actionsOutOfTurnOrMalformedAreRefusedWithoutATrace() {
        String id = Submissions.caseAtBase();
        String base = DemoCallers.reviewer(DemoCallers.BASE);

        act(base, id, "NOMINATE").statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("đã được công nhận ở cấp cơ sở"));
        // in English for a client that asks for it
        given().auth().oauth2(base).contentType(ContentType.JSON).header("Accept-Language", "en")
                .header("If-Match", CaseActions.tagOf(base, id)).body("{\"action\":\"NOMINATE\"}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(409)
                .body("detail", containsString("Only a model recognised at BASE level can be nominated"));
        act(base, id, "PROMOTE").statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("RECOGNIZE"));
        given().auth().oauth2(base).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(400)
                .body("violations.field", hasItem("action"));
        assertEquals(0, actionsOf(id));

        act(base, id, "RECOGNIZE").statusCode(200);
        act(base, id, "RECOGNIZE").statusCode(409);
        assertEquals(1, actionsOf(id));
    }
}
