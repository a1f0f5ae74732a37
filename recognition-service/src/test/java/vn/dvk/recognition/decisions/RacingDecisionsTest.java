package vn.dvk.recognition.decisions;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.Decision;
import vn.dvk.recognition.domain.DecisionCase;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;

/** Two decisions issued at the same moment over overlapping cases: one is taken whole, the other refused whole. */
@QuarkusTest
class RacingDecisionsTest {

    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);

    @Test
    void ofTwoDecisionsRacingForOverlappingCasesOneWinsWholeAndTheOtherFailsWholeNamingTheCases() throws Exception {
        String campaign = "race-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> cases = Submissions.casesAtBase(campaign, 4);
        List<String> first = cases.subList(0, 3);
        List<String> second = cases.subList(1, 4);
        List<String> overlap = cases.subList(1, 3);

        List<Response> answers = race(campaign, first, second);

        Map<Integer, Integer> byStatus = new TreeMap<>();
        answers.forEach(a -> byStatus.merge(a.statusCode(), 1, Integer::sum));
        assertEquals(Map.of(201, 1, 409, 1), byStatus, answers.stream().map(Response::asString).toList().toString());
        Response winner = answers.stream().filter(a -> a.statusCode() == 201).findFirst().orElseThrow();
        Response loser = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
        List<String> won = winner.path("modelIds");
        assertEquals("https://dvk.example/problems/cases-not-ready", loser.path("type"));
        assertEquals(overlap.stream().sorted().toList(), loser.<List<String>>path("current.modelId").stream().sorted().toList());

        // the loser recorded nothing: its one case of its own is still waiting, its number unused
        String losersOwn = won.contains(cases.get(0)) ? cases.get(3) : cases.get(0);
        given().auth().oauth2(BASE).get("/api/v1/cases/{id}", losersOwn).then().body("stage", equalTo("UNDER_REVIEW"));
        won.forEach(id -> given().auth().oauth2(BASE).get("/api/v1/cases/{id}", id).then()
                .body("stage", equalTo("RECOGNIZED")));
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> Decision.count("number like ?1", "%-" + campaign)));
        assertEquals(3L, QuarkusTransaction.requiringNew().call(() -> DecisionCase.count("modelId in ?1",
                cases.stream().map(UUID::fromString).toList())));
    }

    private static List<Response> race(String campaign, List<String> first, List<String> second) throws Exception {
        var turn = new java.util.concurrent.atomic.AtomicInteger();
        return Simultaneously.run(2, () -> {
            boolean isFirst = turn.getAndIncrement() == 0;
            return given().auth().oauth2(BASE).contentType(ContentType.JSON)
                    .body(Decisions.body((isFirst ? "10" : "11") + "-QĐ/ĐU-" + campaign, "BASE", isFirst ? first : second))
                    .post("/api/v1/decisions");
        });
    }
}
