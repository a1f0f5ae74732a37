package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/** A committee sends a model back for revision, or declines it; the unit is told why, through the registry. */
@QuarkusTest
class ReturnAndDeclineTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);

    @Test
    void aReturnedModelComesBackToTheSameLevelWhenResubmittedAndIsRecognisedInItsNewVersion() throws Exception {
        String id = Submissions.caseAtBase();

        act(id, "{\"action\":\"RETURN\",\"reason\":\"Bổ sung số liệu kết quả\"}").statusCode(200)
                .body("stage", equalTo("RETURNED")).body("level", equalTo("BASE"));

        JsonNode returned = event(id, DemoEvents.RETURNED);
        assertEquals("Bổ sung số liệu kết quả", returned.get("reason").asText());
        assertEquals("BASE", returned.get("level").asText());
        assertEquals(1, returned.get("version").asInt());
        queue().body("items.modelId", not(hasItem(id)));
        act(id, "{\"action\":\"RECOGNIZE\"}").statusCode(409);

        DemoEvents.resubmitted(id, "dvk-2026", 2, 2, "BASE");

        await().atMost(EVENTUALLY).untilAsserted(() -> queue().body("items.modelId", hasItem(id)));
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", id).then()
                .body("stage", equalTo("UNDER_REVIEW")).body("modelVersion", equalTo(2));
        act(id, "{\"action\":\"RECOGNIZE\"}").statusCode(200).body("stage", equalTo("RECOGNIZED"));
        // the recognition names the version it rests on: the revised one, whose text reporting publishes
        assertEquals(2, event(id, DemoEvents.RECOGNIZED).get("version").asInt());
    }

    @Test
    void aDeclinedModelsCaseIsClosed() throws Exception {
        String id = Submissions.caseAtBase();

        act(id, "{\"action\":\"DECLINE\",\"reason\":\"Không đáp ứng tiêu chí\"}").statusCode(200)
                .body("stage", equalTo("DECLINED"));

        assertEquals("Không đáp ứng tiêu chí", event(id, DemoEvents.DECLINED).get("reason").asText());
        queue().body("items.modelId", not(hasItem(id)));
        act(id, "{\"action\":\"RECOGNIZE\"}").statusCode(409);
        act(id, "{\"action\":\"RETURN\",\"reason\":\"x\"}").statusCode(409);
    }

    @Test
    void returningOrDecliningNeedsAReasonAndNothingIsRecordedWithoutOne() {
        String id = Submissions.caseAtBase();
        for (String body : new String[] {"{\"action\":\"RETURN\"}", "{\"action\":\"DECLINE\",\"reason\":\"  \"}"}) {
            act(id, body).statusCode(400).contentType("application/problem+json")
                    .body("violations.field", hasItem("reason"));
        }
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> CaseAction.count("modelId", UUID.fromString(id))));
    }

    @Test
    void onlyTheCommitteeAtTheCasesLevelReturnsIt() {
        String id = Submissions.caseAtBase();
        String body = "{\"action\":\"RETURN\",\"reason\":\"Bổ sung\"}";
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BLOC)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(403);
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.OTHER_BASE)).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(404);
        given().auth().oauth2(DemoCallers.unitCadre()).contentType(ContentType.JSON).body(body)
                .post("/api/v1/cases/{id}/actions", id).then().statusCode(403);
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", id).then().body("stage", equalTo("UNDER_REVIEW"));
    }

    private static ValidatableResponse act(String id, String body) {
        return CaseActions.act(BASE, id, body);
    }

    private static ValidatableResponse queue() {
        return given().auth().oauth2(BASE).get("/api/v1/reviews?sort=newest").then().statusCode(200);
    }

    private static JsonNode event(String id, String type) throws Exception {
        TopicProbe.Event event = TopicProbe.await(DemoEvents.CASE_EVENTS,
                e -> id.equals(e.key()) && type.equals(e.type()), EVENTUALLY);
        EventSchemas.assertValid(DemoEvents.RECOGNITION, type, event.value());
        return new ObjectMapper().readTree(event.value());
    }
}
