package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.HostileInput;

/** Every recognition operation, driven with what fuzzers and careless clients send: never a 5xx, never a trace. */
@QuarkusTest
class HostileInputTest {

    private static final String VALID = "{\"action\":\"NOMINATE\",\"comment\":\"Đề nghị cấp trên xem xét\"}";

    private static String caseAtBase() {
        String id = Submissions.submitNewModel();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews")
                        .then().body("items.modelId", hasItem(id)));
        return id;
    }

    private static Response act(String id, byte[] body) {
        String token = DemoCallers.reviewer(DemoCallers.BASE);
        return given().auth().oauth2(token).urlEncodingEnabled(false).header("If-Match", CaseActions.tagOf(token, id))
                .contentType("application/json").body(body).post("/api/v1/cases/" + id + "/actions");
    }

    @Test
    void actionsRefuseEveryBrokenBodyAndRecordNothing() {
        String id = caseAtBase();
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(VALID, "comment", "action").entrySet()) {
            HostileInput.assertRefused(act(id, body.getValue()), "action with " + body.getKey());
        }
        assertEquals(0, actions(id));
    }

    @Test
    void actionsAnswerEveryMutatedBodyCleanly() {
        String id = caseAtBase();
        int i = 0;
        for (byte[] body : HostileInput.mutations(VALID, 8, 300)) {
            HostileInput.assertAnsweredCleanly(act(id, body), "mutation " + i++ + ": " + new String(body));
        }
    }

    @Test
    void everyPathAndQueryAnswersCleanly() {
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        for (String segment : HostileInput.pathSegments()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/cases/" + segment, base),
                    "GET case " + segment, false);
            HostileInput.assertAnsweredCleanly(HostileInput.send("POST", "/api/v1/cases/" + segment + "/actions",
                    base), "act on " + segment, false);
        }
        for (String value : HostileInput.queryValues()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reviews?x=" + value, base),
                    "reviews ?x=" + value, true);
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reviews?" + value + "=1", base),
                    "reviews ?" + value, true);
        }
    }

    private static long actions(String id) {
        return QuarkusTransaction.requiringNew().call(() -> CaseAction.count("modelId", java.util.UUID.fromString(id)));
    }
}
