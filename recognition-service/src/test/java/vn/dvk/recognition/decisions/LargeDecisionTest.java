package vn.dvk.recognition.decisions;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Campaigns;
import vn.dvk.recognition.Decisions;
import vn.dvk.recognition.Submissions;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

/**
 * A decision over many cases, which judges them together (a few set-based queries) and writes its rows and events
 * in batches: each case is still judged on its own scores, a refusal still names exactly the cases that fail and
 * writes nothing at all, and an issue writes one history entry, certificate and event per case, the events in the
 * order of the request and the decision's own last.
 */
@QuarkusTest
class LargeDecisionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BASE = DemoCallers.reviewer(DemoCallers.BASE);
    private static final int CASES = 40;
    private static final String TOPIC = "recognition.case-events";

    @Inject
    EntityManager entityManager;

    @Test
    void casesInTheMiddleRefuseTheWholeDecisionAndTheRestIsWrittenInBatches() throws Exception {
        String campaign = "large-" + UUID.randomUUID().toString().substring(0, 8);
        Campaigns.open(campaign, "BASE", "BLOC");
        List<String> models = Submissions.casesAtBase(campaign, CASES);
        // one criterion at base: 75 points to pass
        given().auth().oauth2(DemoCallers.admin()).contentType(ContentType.JSON).body("""
                {"criteria":[{"code":"hieu-qua","name":"Hiệu quả","maxPoints":10,"weight":100}],"councilRequired":false}""")
                .put("/api/v1/criteria/{c}/BASE", campaign).then().statusCode(200).body("passThreshold", equalTo(75));
        String unscored = models.get(7);
        String belowThreshold = models.get(23);
        for (String id : models) {
            if (!id.equals(unscored)) {
                given().auth().oauth2(BASE).contentType(ContentType.JSON)
                        .body(Map.of("points", Map.of("hieu-qua", id.equals(belowThreshold) ? 5 : 9)))
                        .post("/api/v1/cases/{id}/scores", id).then().statusCode(200);
            }
        }

        // the two cases in the middle are refused, each for its own reason; nothing of the decision is written
        String refusedNumber = "1-QĐ/" + campaign;
        Decisions.issue(BASE, Decisions.body(refusedNumber, "BASE", models)).statusCode(409)
                .body("type", equalTo("https://dvk.example/problems/cases-not-ready"))
                .body("current.modelId", equalTo(List.of(unscored, belowThreshold)))
                .body("current[1].reason", containsString("75"));
        assertEquals(0, count("select count(*) from recognition.decision where number = ?1", refusedNumber));
        assertEquals(0, count("select count(*) from recognition.case_action where action = 'RECOGNIZE'"
                + " and cast(model_id as text) in (?1)", models));
        assertEquals(0, count("select count(*) from recognition.certificate where cast(model_id as text) in (?1)",
                models));
        assertEquals(0, count("select count(*) from recognition.outbox_message where event_type = ?2"
                + " and partition_key in (?1)", models, DemoEvents.RECOGNIZED));
        assertEquals(CASES, count("select count(*) from recognition.review_case where stage = 'UNDER_REVIEW'"
                + " and cast(model_id as text) in (?1)", models));

        // the others are recognised by one decision: one entry, certificate and event per case, no more
        List<String> passing = models.stream().filter(id -> !id.equals(unscored) && !id.equals(belowThreshold))
                .toList();
        String number = "2-QĐ/" + campaign;
        String decision = Decisions.issue(BASE, Decisions.body(number, "BASE", passing)).statusCode(201)
                .body("modelIds", hasSize(passing.size())).extract().path("id");
        assertEquals(passing.size(), count("select count(distinct model_id) from recognition.case_action"
                + " where action = 'RECOGNIZE' and cast(decision_id as text) in (?1)", List.of(decision)));
        assertEquals(passing.size(), count("select count(*) from recognition.case_action"
                + " where action = 'RECOGNIZE' and cast(model_id as text) in (?1)", passing));
        assertEquals(passing.size(), count("select count(distinct model_id) from recognition.certificate"
                + " where cast(decision_id as text) in (?1)", List.of(decision)));
        passing.forEach(id -> given().auth().oauth2(BASE).get("/api/v1/cases/{id}", id).then()
                .body("stage", equalTo("RECOGNIZED")).body("levels[0].status", equalTo("RECOGNIZED")));
        // the events, in the order the relay publishes them: the cases' in the request's order, then the decision's
        List<String> keys = new ArrayList<>(passing);
        keys.add(decision);
        assertEquals(keys, QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select partition_key from recognition.outbox_message where partition_key in (?1)
                and event_type in (?2, 'dvk.recognition.decision.issued.v1') order by id""", String.class)
                .setParameter(1, keys).setParameter(2, DemoEvents.RECOGNIZED).getResultList()));

        // on the topic: exactly one recognition per case, naming the decision, each case's events in sequence
        await().atMost(Duration.ofSeconds(60)).until(() -> recognitions(TopicProbe.all(TOPIC), passing).size()
                == passing.size());
        List<TopicProbe.Event> topic = TopicProbe.all(TOPIC);
        List<TopicProbe.Event> recognitions = recognitions(topic, passing);
        assertEquals(passing.stream().sorted().toList(), recognitions.stream().map(TopicProbe.Event::key).sorted()
                .toList());
        for (TopicProbe.Event event : recognitions) {
            assertEquals(number, JSON.readTree(event.value()).at("/decision/number").asText());
        }
        Map<String, List<Long>> sequences = new HashMap<>();
        for (TopicProbe.Event event : topic) {
            if (passing.contains(event.key())) {
                sequences.computeIfAbsent(event.key(), key -> new ArrayList<>())
                        .add(JSON.readTree(event.value()).get("sequence").asLong());
            }
        }
        passing.forEach(id -> assertEquals(LongStream.rangeClosed(1, sequences.get(id).size()).boxed().toList(),
                sequences.get(id), id));
    }

    private static List<TopicProbe.Event> recognitions(List<TopicProbe.Event> topic, List<String> models) {
        return topic.stream().filter(e -> DemoEvents.RECOGNIZED.equals(e.type()) && models.contains(e.key()))
                .toList();
    }

    private long count(String sql, List<String> values) {
        return count(sql, values, null);
    }

    private long count(String sql, Object values, String second) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var query = entityManager.createNativeQuery(sql).setParameter(1, values);
            if (second != null) {
                query.setParameter(2, second);
            }
            return ((Number) query.getSingleResult()).longValue();
        });
    }

    private long count(String sql, String value) {
        return count(sql, value, null);
    }
}
