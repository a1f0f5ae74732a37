package vn.dvk.recognition.api;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.CaseAction;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;
import vn.dvk.testing.TopicProbe;

/** Fifty members of a committee pressing "recognise" on the same case at the same moment. */
@QuarkusTest
class ConcurrentActionsTest {

    private static final int REVIEWERS = 50;

    @Test
    void exactlyOneOfFiftySimultaneousActionsSucceedsAndTheRestAreToldTheCurrentState() throws Exception {
        String id = Submissions.submitNewModel();
        String token = DemoCallers.reviewer(DemoCallers.BASE);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> given().auth().oauth2(token).get("/api/v1/reviews?sort=newest")
                .then().body("items.modelId", hasItem(id)));

        // every reviewer read the case before pressing: all send the same If-Match
        String tag = CaseActions.tagOf(token, id);
        List<Response> responses = Simultaneously.run(REVIEWERS, () -> given().auth().oauth2(token)
                .contentType(ContentType.JSON).header("If-Match", tag).body("{\"action\":\"RECOGNIZE\"}")
                .post("/api/v1/cases/{id}/actions", id));

        Map<Integer, Integer> byStatus = new TreeMap<>();
        responses.forEach(r -> byStatus.merge(r.statusCode(), 1, Integer::sum));
        assertEquals(1, byStatus.get(200), byStatus.toString());
        assertEquals(REVIEWERS - 1, byStatus.getOrDefault(409, 0) + byStatus.getOrDefault(412, 0), byStatus.toString());
        for (Response conflict : responses.stream().filter(r -> r.statusCode() != 200).toList()) {
            assertEquals("application/problem+json", conflict.contentType());
            assertEquals("RECOGNIZED", conflict.path("current.stage"), conflict.asString());
            assertEquals(id, conflict.path("current.modelId"));
        }
        assertEquals(1, QuarkusTransaction.requiringNew().call(() -> CaseAction.count("modelId", UUID.fromString(id))));
        // case.opened, then the one recognition
        await().atMost(Duration.ofSeconds(30)).until(() -> TopicProbe.all("recognition.case-events").stream()
                .filter(e -> id.equals(e.key())).count() >= 2);
        assertEquals(List.of("dvk.recognition.case.opened.v1", "dvk.recognition.model.recognized.v1"),
                TopicProbe.all("recognition.case-events").stream().filter(e -> id.equals(e.key()))
                        .map(TopicProbe.Event::type).toList());
    }
}
