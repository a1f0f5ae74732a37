package vn.dvk.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.registry.Models;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class RecognitionEventsConsumerTest {

    private static final String TOPIC = DemoEvents.CASE_EVENTS;
    private static final String DEAD_LETTERS = "registry-service.recognition.case-events.dlq";
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static void publish(String type, String modelId, long sequence, String level) {
        DemoEvents.recognition(type, modelId, "dvk-2026", sequence, level);
    }

    private static void awaitModel(String id, String status, String recognizedLevel, String reviewLevel) {
        await().atMost(EVENTUALLY).untilAsserted(() -> assertModel(id, status, recognizedLevel, reviewLevel));
    }

    private static void assertModel(String id, String status, String recognizedLevel, String reviewLevel) {
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id)
                .then().statusCode(200)
                .body("status", equalTo(status))
                .body("recognizedLevel", equalTo(recognizedLevel))
                .body("reviewLevel", equalTo(reviewLevel));
    }

    @Test
    void theModelFollowsItsRecognitionStepByStep() {
        String id = Models.submitted();

        publish(DemoEvents.RECOGNIZED, id, 1, "BASE");
        awaitModel(id, "RECOGNIZED", "BASE", "BASE");
        publish(DemoEvents.NOMINATED, id, 2, "BLOC");
        awaitModel(id, "NOMINATED", "BASE", "BLOC");
    }

    @Test
    void aRevokedDecisionTakesTheRecognitionBackAndTellsTheUnitWhichDecision() {
        String id = Models.submitted();
        publish(DemoEvents.RECOGNIZED, id, 1, "BASE");
        publish(DemoEvents.NOMINATED, id, 2, "BLOC");
        publish(DemoEvents.RECOGNIZED, id, 3, "BLOC");

        DemoEvents.revoked(id, "dvk-2026", 4, "BLOC", "BASE", "125-QĐ/ĐUK");

        awaitModel(id, "REVOKED", "BASE", null);
        given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/notifications").then().statusCode(200)
                .body("items.find { it.modelId == '" + id + "' }.kind", equalTo("REVOKED"))
                .body("items.find { it.modelId == '" + id + "' }.decisionNumber", equalTo("125-QĐ/ĐUK"))
                .body("items.find { it.modelId == '" + id + "' }.reason", equalTo("Kê khai không trung thực"));
        // a final status: the unit can neither edit nor withdraw it
        String tag = given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).header("ETag");
        given().auth().oauth2(DemoCallers.unitCadre()).contentType("application/json").header("If-Match", tag)
                .body("{\"reason\":\"thử\"}").post("/api/v1/models/{id}/withdraw", id).then().statusCode(409);
    }

    @Test
    void eventsThatArriveAheadOfAGapWaitForIt() {
        String id = Models.submitted();

        publish(DemoEvents.NOMINATED, id, 2, "BLOC");
        publish(DemoEvents.RECOGNIZED, id, 3, "BLOC");
        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.parked(TOPIC, id).equals(List.of(2L, 3L)));
        assertModel(id, "SUBMITTED", null, "BASE"); // neither applied out of turn

        publish(DemoEvents.RECOGNIZED, id, 1, "BASE"); // the gap fills: 1, then 2 and 3 in order
        awaitModel(id, "RECOGNIZED", "BLOC", "BLOC");
        assertEquals(List.of(), ConsumerProbe.parked(TOPIC, id));
    }

    @Test
    void aRedeliveredEventChangesNothingOnceALaterOneWasApplied() {
        String id = Models.submitted();
        publish(DemoEvents.RECOGNIZED, id, 1, "BASE");
        publish(DemoEvents.NOMINATED, id, 2, "BLOC");
        awaitModel(id, "NOMINATED", "BASE", "BLOC");
        double duplicates = ConsumerProbe.events(TOPIC, "duplicate");

        publish(DemoEvents.RECOGNIZED, id, 1, "BASE"); // applied again, it would set the status back to RECOGNIZED

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.events(TOPIC, "duplicate") == duplicates + 1);
        assertModel(id, "NOMINATED", "BASE", "BLOC");
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextEventOfTheSameModelIsApplied() {
        String id = Models.submitted();
        // same key, so same partition: the good event comes after the poison one in the very same queue
        TopicProbe.send(TOPIC, id, "{not json", Map.of("ce_type", DemoEvents.RECOGNIZED,
                "ce_id", UUID.randomUUID().toString()));
        publish(DemoEvents.RECOGNIZED, id, 1, "BASE");

        TopicProbe.Event letter = TopicProbe.await(DEAD_LETTERS, e -> id.equals(e.key()), EVENTUALLY);
        assertEquals("{not json", letter.value());
        assertTrue(letter.headers().get("dead-letter-reason").contains("not a JSON document"),
                letter.headers().toString());
        awaitModel(id, "RECOGNIZED", "BASE", "BASE");
    }

    @Test
    void anEventHeldUpByALockIsRetriedNotDeadLettered() throws Exception {
        String id = Models.submitted();
        publish(DemoEvents.RECOGNIZED, id, 1, "BASE");
        awaitModel(id, "RECOGNIZED", "BASE", "BASE");
        double retries = ConsumerProbe.retries(TOPIC);

        try (AutoCloseable lock = ConsumerProbe.lockInboxRow(TOPIC, id, "registry")) {
            publish(DemoEvents.NOMINATED, id, 2, "BLOC");
            // each attempt hits the lock timeout (55P03) and is tried again, on the same event
            await().atMost(EVENTUALLY).until(() -> ConsumerProbe.retries(TOPIC) >= retries + 2);
            assertModel(id, "RECOGNIZED", "BASE", "BASE");
        }

        awaitModel(id, "NOMINATED", "BASE", "BLOC");
        assertEquals(List.of(), TopicProbe.all(DEAD_LETTERS).stream().filter(e -> id.equals(e.key())).toList());
    }

    @Test
    void everySuiteMeterItExportsIsDeclared() {
        // the series the alerts and dashboards of deploy/k8s may name are those the meter catalogues declare
        // (vn.dvk.kit.metrics.MeterCatalogue): a meter registered under another name would not be seen there
        String scrape = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(scrape.contains("\ndvk_consumer_events_total{"), "the consumers' meters are exported");
        assertEquals(Set.of(), MeterCatalogue.undeclared(scrape));
    }
}
