package vn.dvk.recognition.history;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.EventSchemas;
import vn.dvk.testing.TopicProbe;

/**
 * A past cycle a history import recorded reaches recognition as each model's past submission and what became of
 * it; recognition records the cases, decisions and commendations and announces them with the events a committee's
 * live decisions publish, stamped with the decisions' days, each decision once every model it touched is in.
 */
@QuarkusTest
class PastRecognitionsTest {

    private static final String CASE_EVENTS = DemoEvents.CASE_EVENTS;
    private static final Duration EVENTUALLY = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aPastCycleIsRecordedWithTheEventsOfTheDaysItHappened() {
        String importId = "ag-h-" + UUID.randomUUID().toString().substring(0, 8);
        String a = UUID.randomUUID().toString();
        String b = UUID.randomUUID().toString();
        String baseDecision = decision("7-QĐ/ĐU", "2019-09-10", "2019-09-10T03:00:00Z", "BASE", "ag-syt", true, 2,
                """
                [{"form":"GIAY_KHEN","grade":"ACHIEVEMENT","recipientKind":"COLLECTIVE",
                  "recipientName":"Bệnh viện Đa khoa Trung tâm An Giang","achievement":"Có thành tích"}]""");
        String blocDecision = decision("125-QĐ/ĐUK", "2019-11-20", "2019-11-20T03:00:00Z", "BLOC", "ag-dukcqdn",
                true, 1, "[]");
        pastModel(importId, a, baseDecision + "," + blocDecision);
        pastModel(importId, b, decision("7-QĐ/ĐU", "2019-09-10", "2019-09-10T03:00:00Z", "BASE", "ag-syt", true, 2,
                "[]"));

        List<TopicProbe.Event> ofA = await().atMost(EVENTUALLY).until(() -> eventsOf(a), events -> events.size() == 5);
        assertEquals(List.of("dvk.recognition.case.opened.v1", "dvk.recognition.model.recognized.v1",
                "dvk.recognition.commendation.awarded.v1", "dvk.recognition.model.nominated.v1",
                "dvk.recognition.model.recognized.v1"), ofA.stream().map(TopicProbe.Event::type).toList());
        assertEquals(List.of("2019-03-01T02:00Z", "2019-09-10T03:00Z", "2019-09-10T03:00Z", "2019-11-20T03:00Z",
                "2019-11-20T03:00Z"), ofA.stream().map(e -> at(e)).toList());
        assertEquals("BLOC", json(ofA.get(4)).path("level").asText());
        assertEquals("125-QĐ/ĐUK", json(ofA.get(4)).path("decision").path("number").asText());
        ofA.forEach(e -> EventSchemas.assertValid(DemoEvents.RECOGNITION, e.type(), e.value()));

        List<JsonNode> decisions = await().atMost(EVENTUALLY).until(() -> decisionsOf(Set.of(a, b)),
                found -> found.size() == 2);
        JsonNode base = decisions.stream().filter(d -> d.path("level").asText().equals("BASE")).findFirst().orElseThrow();
        assertEquals(Set.of(a, b), ids(base.path("modelIds")));
        assertEquals(1, base.path("commendationIds").size());
        assertEquals("2019-09-10", base.path("issuedOn").asText());
        assertEquals("2019-09-10T03:00Z", utc(base.path("occurredAt").asText()));
        // no live queue holds a past cycle's models
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BLOC)).get("/api/v1/reviews?sort=newest").then().statusCode(200)
                .body("items.modelId", not(hasItem(a)));
    }

    @Test
    void aModelRecordedAgainChangesNothing() {
        String importId = "ag-h-" + UUID.randomUUID().toString().substring(0, 8);
        String a = UUID.randomUUID().toString();
        String history = pastModel(importId, a, decision("8-QĐ/ĐU", "2019-09-12", "2019-09-12T03:00:00Z", "BASE",
                "ag-syt", true, 1, "[]"));
        await().atMost(EVENTUALLY).until(() -> eventsOf(a), events -> events.size() == 2);
        double duplicates = ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "duplicate");

        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, HISTORY_RECORDED, a, history);

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "duplicate")
                == duplicates + 1);
        assertEquals(2, eventsOf(a).size());
        assertEquals(1, decisionsOf(Set.of(a)).size());
    }

    @Test
    void aPastSubmissionNeverRecognisedOpensNoCase() {
        String c = UUID.randomUUID().toString();
        double applied = ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "applied");
        drafted(c);
        submitted("ag-h-none", c);

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.events(DemoEvents.MODEL_EVENTS, "applied")
                >= applied + 2);
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/cases/{id}", c)
                .then().statusCode(404);
        assertEquals(List.of(), eventsOf(c));
    }

    private static final String HISTORY_RECORDED = "dvk.registry.model.history-recorded.v1";

    /** The registry's three events of a model a history import recorded; returns the last one's payload. */
    private static String pastModel(String importId, String modelId, String decisions) {
        drafted(modelId);
        submitted(importId, modelId);
        String history = """
                {"modelId":"%s","sequence":3,"importId":"%s","campaignId":"%s-c","levels":["BASE","BLOC"],
                 "version":1,"title":"Mô hình \\"Dân vận khéo\\" tại bệnh viện","field":"CULTURE_SOCIETY",
                 "kind":"MODEL","path":%s,"submittedAt":"2019-03-01T02:00:00Z","decisions":[%s]}"""
                .formatted(modelId, importId, importId, DemoEvents.PATH, decisions);
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, HISTORY_RECORDED, modelId, history);
        return history;
    }

    private static void drafted(String modelId) {
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, "dvk.registry.model.drafted.v1", modelId, """
                {"modelId":"%s","sequence":1,"status":"DRAFT","unitId":"ag-syt-bvdk","path":%s,
                 "content":{"campaignId":"ag-h-c","kind":"MODEL","field":"CULTURE_SOCIETY","ownerKind":"COLLECTIVE",
                   "title":"Mô hình","summary":"Tóm tắt","goals":"Mục tiêu","implementation":"Cách làm",
                   "startedOn":"2019-02-01","tags":[]},
                 "changedAt":"2019-03-01T01:00:00Z"}""".formatted(modelId, DemoEvents.PATH));
    }

    private static void submitted(String importId, String modelId) {
        DemoEvents.send(DemoEvents.REGISTRY, DemoEvents.MODEL_EVENTS, DemoEvents.SUBMITTED, modelId, """
                {"modelId":"%s","sequence":2,"version":1,"level":"BASE","campaignId":"%s-c",
                 "title":"Mô hình \\"Dân vận khéo\\" tại bệnh viện","field":"CULTURE_SOCIETY","kind":"MODEL",
                 "ownerKind":"COLLECTIVE","submittedAt":"2019-03-01T02:00:00Z","path":%s,"importId":"%s"}"""
                .formatted(modelId, importId, DemoEvents.PATH, importId));
    }

    private static String decision(String number, String issuedOn, String issuedAt, String level, String issuer,
            boolean recognises, int parts, String commendations) {
        return """
                {"number":"%s","issuedOn":"%s","issuedAt":"%s","level":"%s","issuerId":"%s",
                 "signerName":"Lê Văn Hùng","signerTitle":"Bí thư Đảng ủy","recognises":%s,"parts":%d,
                 "commendations":%s}""".formatted(number, issuedOn, issuedAt, level, issuer, recognises, parts,
                commendations);
    }

    private static List<TopicProbe.Event> eventsOf(String modelId) {
        return TopicProbe.all(CASE_EVENTS).stream().filter(e -> modelId.equals(e.key())).toList();
    }

    private static List<JsonNode> decisionsOf(Set<String> modelIds) {
        return TopicProbe.all(CASE_EVENTS).stream()
                .filter(e -> "dvk.recognition.decision.issued.v1".equals(e.type()))
                .map(PastRecognitionsTest::json)
                .filter(d -> ids(d.path("modelIds")).stream().anyMatch(modelIds::contains)).collect(Collectors.toList());
    }

    private static Set<String> ids(JsonNode array) {
        Set<String> ids = new HashSet<>();
        array.forEach(id -> ids.add(id.asText()));
        return ids;
    }

    private static String at(TopicProbe.Event event) {
        return utc(json(event).path("occurredAt").asText());
    }

    private static String utc(String moment) {
        return OffsetDateTime.parse(moment).withOffsetSameInstant(ZoneOffset.UTC).toString();
    }

    private static JsonNode json(TopicProbe.Event event) {
        try {
            return JSON.readTree(event.value());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
