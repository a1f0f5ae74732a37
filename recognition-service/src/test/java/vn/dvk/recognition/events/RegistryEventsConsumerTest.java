package vn.dvk.recognition.events;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.dvk.recognition.Submissions;
import vn.dvk.recognition.domain.ReviewCase;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.TopicProbe;

@QuarkusTest
class RegistryEventsConsumerTest {

    @Test
    void aSubmissionOpensOneCaseAtBaseLevelHoweverOftenItIsDelivered() {
        String id = Submissions.submitNewModel();
        Submissions.publish(id, 1);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/cases/{id}", id)
                        .then().statusCode(200)
                        .body("level", equalTo("BASE"))
                        .body("stage", equalTo("UNDER_REVIEW"))
                        .body("title", equalTo("Mô hình \"Dân vận khéo\" tại bệnh viện")));
        // a later submission event proves the redelivery above has been consumed too
        String later = Submissions.submitNewModel();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews")
                        .then().body("modelId", hasItem(later)));
        assertEquals(1, QuarkusTransaction.requiringNew().call(() ->
                ReviewCase.count("modelId", UUID.fromString(id))));
    }

    @Test
    void aPoisonEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() {
        String poisonKey = UUID.randomUUID().toString();
        TopicProbe.send("registry.model-events", poisonKey, "{\"modelId\":\"" + poisonKey + "\"}",
                Map.of("ce_type", "dvk.registry.model.submitted.v1", "ce_id", UUID.randomUUID().toString()));
        String id = Submissions.submitNewModel();

        TopicProbe.await("recognition-service.registry.model-events.dlq", e -> poisonKey.equals(e.key()),
                Duration.ofSeconds(30));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews")
                        .then().body("modelId", hasItem(id)));
    }
}
