package vn.dvk.recognition.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.kit.metrics.MeterCatalogue;
import vn.dvk.recognition.CaseActions;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.api.RecognitionDeadLetterResource;
import vn.dvk.testing.ConsumerProbe;
import vn.dvk.testing.DeadLetterList;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class RegistryEventsConsumerTest {

    private static final String TOPIC = DemoEvents.MODEL_EVENTS;
    private static final Duration EVENTUALLY = Duration.ofSeconds(30);

    private static void awaitCase(String id, String level, String stage) {
        await().atMost(EVENTUALLY).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/cases/{id}", id)
                        .then().statusCode(200)
                        .body("level", equalTo(level))
                        .body("stage", equalTo(stage))
                        .body("title", equalTo("Mô hình \"Dân vận khéo\" tại bệnh viện")));
    }

    @Test
    void aSubmissionRedeliveredAfterTheCaseMovedOnIsAbsorbed() {
        String id = Submissions.submitNewModel();
        awaitCase(id, "BASE", "UNDER_REVIEW");
        CaseActions.act(DemoCallers.reviewer(DemoCallers.BASE), id, "RECOGNIZE", null).statusCode(200);
        double duplicates = ConsumerProbe.events(TOPIC, "duplicate");

        Submissions.publish(id, 1);

        await().atMost(EVENTUALLY).until(() -> ConsumerProbe.events(TOPIC, "duplicate") == duplicates + 1);
        awaitCase(id, "BASE", "RECOGNIZED"); // not reopened
    }

    @Test
    void aWithdrawnModelLeavesTheQueueAndItsCaseTakesNoMoreActions() {
        String id = Submissions.submitNewModel();
        awaitCase(id, "BASE", "UNDER_REVIEW");

        DemoEvents.withdrawn(id, 2);

        awaitCase(id, "BASE", "WITHDRAWN");
        given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews?sort=newest")
                .then().statusCode(200).body("items.modelId", org.hamcrest.Matchers.not(hasItem(id)));
        CaseActions.act(DemoCallers.reviewer(DemoCallers.BASE), id, "RECOGNIZE", null)
                .statusCode(409).contentType("application/problem+json");
    }

    @Test
    void aPoisonEventIsDeadLetteredAndTheNextEventOfTheSameKeyIsApplied() {
        String id = UUID.randomUUID().toString();
        // lacks everything a case is opened from; same key as the good event, so the same partition
        TopicProbe.send(TOPIC, id, "{\"modelId\":\"" + id + "\",\"sequence\":1}",
                Map.of("ce_type", DemoEvents.SUBMITTED, "ce_id", UUID.randomUUID().toString()));
        Submissions.publish(id, 1);

        TopicProbe.await("recognition-service.registry.model-events.dlq", e -> id.equals(e.key()), EVENTUALLY);
        await().atMost(EVENTUALLY).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews?sort=newest")
                        .then().body("items.modelId", hasItem(id)));
        assertEquals(1, TopicProbe.all("recognition-service.registry.model-events.dlq").stream()
                .filter(e -> id.equals(e.key())).count());
        // operators see what the letter is; what it says only with operator-payloads
        DeadLetterList.assertPayloadOnlyForThePayloadRole(RecognitionDeadLetterResource.PATH, id, "{\"modelId\":\"" + id + "\",\"sequence\":1}");
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
