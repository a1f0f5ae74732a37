package vn.dvk.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.domain.Field;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.registry.domain.ModelContent;
import vn.dvk.registry.domain.ModelKind;
import vn.dvk.registry.domain.Organisation;
import vn.dvk.registry.domain.ModelStatus;
import vn.dvk.registry.domain.OwnerKind;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TestTokens;

/**
 * An event that could not be applied is dead-lettered; the model's later events wait behind the gap it leaves;
 * once the cause is fixed an operator replays it, and everything falls into place, once.
 */
@QuarkusTest
class DeadLetterReplayTest {

    private static final String TOPIC = DemoEvents.CASE_EVENTS;
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    @Test
    void aDeadLetterReplayedAfterItsCauseIsFixedIsAppliedOnceAndReleasesWhatWaitedBehindIt() {
        String id = UUID.randomUUID().toString(); // a model this registry does not have (a restore lost it)
        DemoEvents.recognition(DemoEvents.RECOGNIZED, id, "dvk-2026", 1, "BASE");
        DemoEvents.recognition(DemoEvents.NOMINATED, id, "dvk-2026", 2, "BLOC");

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.parked(TOPIC, id).equals(List.of(2L)));
        Map<String, Object> letter = await().atMost(EVENTUALLY).until(() -> letterOf(id), l -> l != null);
        assertEquals("PENDING", letter.get("status"));
        assertEquals(DemoEvents.RECOGNIZED, letter.get("eventType"));
        assertTrue(((String) letter.get("reason")).contains("does not have"), letter.toString());

        restoreModel(id); // the cause, fixed
        JsonPath report = replay();
        assertEquals("REPLAYED", letterIn(report, id).get("status"));
        assertEquals("applied", letterIn(report, id).get("outcome"));
        assertModel(id, "NOMINATED", "BASE", "BLOC"); // 1 replayed, then 2 released from the parking
        assertEquals(List.of(), ConsumerProbe.parked(TOPIC, id));

        double applied = ConsumerProbe.events(TOPIC, "applied");
        JsonPath again = replay();
        assertEquals(null, letterIn(again, id), "a letter replayed with success is not replayed again");
        assertEquals("REPLAYED", letterOf(id).get("status"));
        assertEquals(applied, ConsumerProbe.events(TOPIC, "applied"));
        assertModel(id, "NOMINATED", "BASE", "BLOC");
    }

    @Test
    void onlyOperatorsSeeAndReplayDeadLetters() {
        given().auth().oauth2(DemoCallers.operator()).get("/api/v1/dead-letters").then().statusCode(200);
        for (String token : List.of(DemoCallers.admin(), DemoCallers.auditor(), DemoCallers.unitCadre(),
                DemoCallers.reviewer(DemoCallers.PROVINCE))) {
            given().auth().oauth2(token).get("/api/v1/dead-letters").then().statusCode(403)
                    .contentType("application/problem+json");
            given().auth().oauth2(token).post("/api/v1/dead-letters/replay").then().statusCode(403);
        }
        given().get("/api/v1/dead-letters").then().statusCode(401);
        given().post("/api/v1/dead-letters/replay").then().statusCode(401);
        given().auth().oauth2(TestTokens.tokenForAnotherAudience("operator", DemoCallers.PROVINCE, "operator"))
                .get("/api/v1/dead-letters").then().statusCode(401);
    }

    private static JsonPath replay() {
        return given().auth().oauth2(DemoCallers.operator()).post("/api/v1/dead-letters/replay")
                .then().statusCode(200).extract().jsonPath();
    }

    private static Map<String, Object> letterOf(String key) {
        List<Map<String, Object>> letters = given().auth().oauth2(DemoCallers.operator()).get("/api/v1/dead-letters")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return letters.stream().filter(l -> key.equals(l.get("key"))).findFirst().orElse(null);
    }

    private static Map<String, Object> letterIn(JsonPath report, String key) {
        List<Map<String, Object>> letters = report.getList("letters");
        return letters.stream().filter(l -> key.equals(l.get("key"))).findFirst().orElse(null);
    }

    private static void restoreModel(String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            MobilizationModel model = MobilizationModel.draft(Organisation.findById(DemoCallers.UNIT),
                    new ModelContent("dvk-2026", ModelKind.MODEL, Field.ECONOMY, OwnerKind.COLLECTIVE, null, null,
                            "Mô hình khôi phục", null, null, null, null, null, null, null, List.of()), "restore");
            model.id = UUID.fromString(id);
            model.status = ModelStatus.SUBMITTED;
            model.persist();
        });
    }

    private static void assertModel(String id, String status, String recognizedLevel, String reviewLevel) {
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo(status))
                .body("recognizedLevel", equalTo(recognizedLevel))
                .body("reviewLevel", equalTo(reviewLevel));
    }
}
