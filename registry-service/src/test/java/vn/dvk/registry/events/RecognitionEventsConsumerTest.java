package vn.dvk.registry.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class RecognitionEventsConsumerTest {

    private static final String TOPIC = DemoEvents.CASE_EVENTS;

    private static void publish(String type, String modelId, long sequence, String level) {
        DemoEvents.recognition(type, modelId, "dvk-2026", sequence, level);
    }

    private static void awaitModel(String id, String status, String recognizedLevel, String reviewLevel) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id)
                        .then().statusCode(200)
                        .body("status", equalTo(status))
                        .body("recognizedLevel", equalTo(recognizedLevel))
                        .body("reviewLevel", equalTo(reviewLevel)));
    }

    @Test
    void theModelFollowsItsRecognitionAndIgnoresRepeatedOrOlderEvents() {
        String id = Models.submitted();

        publish("dvk.recognition.model.recognized.v1", id, 1, "BASE");
        awaitModel(id, "RECOGNIZED", "BASE", "BASE");

        publish("dvk.recognition.model.nominated.v1", id, 2, "BLOC");
        awaitModel(id, "NOMINATED", "BASE", "BLOC");

        // a redelivery of the first event, then a newer one: only the newer one counts
        publish("dvk.recognition.model.recognized.v1", id, 1, "BASE");
        publish("dvk.recognition.model.recognized.v1", id, 3, "BLOC");
        awaitModel(id, "RECOGNIZED", "BLOC", "BLOC");
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String id = Models.submitted();
        String poisonKey = UUID.randomUUID().toString();

        TopicProbe.send(TOPIC, poisonKey, "{not json", Map.of("ce_type", "dvk.recognition.model.recognized.v1",
                "ce_id", UUID.randomUUID().toString()));
        publish("dvk.recognition.model.recognized.v1", id, 1, "BASE");

        TopicProbe.await("registry-service.recognition.case-events.dlq", e -> poisonKey.equals(e.key()),
                Duration.ofSeconds(30));
        awaitModel(id, "RECOGNIZED", "BASE", "BASE");
    }
}
