package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.HostileInput;

/** Every recognition operation, driven with what fuzzers and careless clients send: never a 5xx, never a trace. */
@QuarkusTest
class HostileInputTest {

    private static final String VALID = "{\"action\":\"NOMINATE\",\"comment\":\"Đề nghị cấp trên xem xét\"}";

    private static String caseAtBase() {
        String id = Submissions.submitNewModel();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews?sort=newest")
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

    @Test
    void decisionCouncilAndCriteriaBodiesAreRefusedCleanlyAndRecordNothing() {
        String id = caseAtBase();
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        String decision = Decisions.body("900-QĐ/HOSTILE", "BASE", List.of(id));
        String council = """
                {"campaignId":"dvk-2026","level":"BASE","name":"Hội đồng","quorum":2,
                 "members":[{"sub":"a","fullName":"A","orgId":"ag-syt"},{"sub":"b","fullName":"B","orgId":"ag-syt"},
                            {"sub":"c","fullName":"C","orgId":"ag-syt"}]}""";
        String criteria = """
                {"criteria":[{"code":"a","name":"Tiêu chí","maxPoints":10,"weight":100}],"councilRequired":false}""";
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(decision, "legalBasis", "level").entrySet()) {
            HostileInput.assertRefused(post("/api/v1/decisions", base, body.getValue()), "decision with " + body.getKey());
        }
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(council, "name", "level").entrySet()) {
            HostileInput.assertRefused(post("/api/v1/councils", DemoCallers.admin(), body.getValue()),
                    "council with " + body.getKey());
        }
        for (Map.Entry<String, byte[]> body : HostileInput.bodies("{\"vote\":\"FOR\"}", null, "vote").entrySet()) {
            HostileInput.assertRefused(post("/api/v1/cases/" + id + "/votes", base, body.getValue()),
                    "vote with " + body.getKey());
        }
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(criteria, "name", null).entrySet()) {
            HostileInput.assertRefused(given().auth().oauth2(DemoCallers.admin()).urlEncodingEnabled(false)
                    .contentType("application/json").body(body.getValue()).put("/api/v1/criteria/dvk-2026/BASE"),
                    "criteria with " + body.getKey());
        }
        given().auth().oauth2(base).get("/api/v1/cases/{id}", id).then().body("stage", equalTo("UNDER_REVIEW"));
        assertEquals(0L, QuarkusTransaction.requiringNew().call(() -> Decision.count("number", "900-QĐ/HOSTILE")));
        // mutations may happen to be valid (a changed signer's name, say): then they are decisions like any other
        int i = 0;
        for (byte[] body : HostileInput.mutations(decision, 9, 150)) {
            HostileInput.assertAnsweredCleanly(post("/api/v1/decisions", base, body), "decision mutation " + i++);
        }
    }

    @Test
    void everyQueryOfTheNewListsAnswersCleanly() {
        String base = DemoCallers.reviewer(DemoCallers.BASE);
        for (String value : HostileInput.queryValues()) {
            for (String parameter : List.of("campaignId", "stage", "minWaitDays", "overdue", "sort", "cursor", "limit")) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reviews?" + parameter + "=" + value,
                        base), "reviews ?" + parameter + "=" + value, true);
            }
            for (String parameter : List.of("status", "cursor", "limit")) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/decisions?" + parameter + "="
                        + value, base), "decisions ?" + parameter + "=" + value, true);
            }
            for (String parameter : List.of("action", "from", "to", "cursor", "limit")) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/audit?" + parameter + "=" + value,
                        DemoCallers.auditor()), "audit ?" + parameter + "=" + value, true);
            }
            for (String parameter : List.of("organisationId", "cursor", "limit")) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/reviewers?" + parameter + "="
                        + value, DemoCallers.admin()), "reviewers ?" + parameter + "=" + value, true);
            }
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/certificates/verification?token="
                    + value, null), "verification ?token=" + value, true);
        }
    }

    private static Response post(String path, String token, byte[] body) {
        return given().auth().oauth2(token).urlEncodingEnabled(false).contentType("application/json").body(body)
                .post(path);
    }

    private static long actions(String id) {
        return QuarkusTransaction.requiringNew().call(() -> CaseAction.count("modelId", java.util.UUID.fromString(id)));
    }
}
