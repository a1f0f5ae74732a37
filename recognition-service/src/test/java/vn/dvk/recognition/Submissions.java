package vn.dvk.recognition;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasItem;

import java.time.Duration;
import java.util.UUID;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;

/** Submissions as the registry publishes them, of new models of the demo unit. */
public final class Submissions {

    private Submissions() {
    }

    public static String submitNewModel() {
        String modelId = UUID.randomUUID().toString();
        publish(modelId, 1);
        return modelId;
    }

    /** Publishes a submission and waits until the base committee's queue shows it; returns the model id. */
    public static String caseAtBase() {
        String modelId = submitNewModel();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews")
                        .then().statusCode(200).body("modelId", hasItem(modelId)));
        return modelId;
    }

    public static void publish(String modelId, long sequence) {
        DemoEvents.submitted(modelId, "dvk-2026", sequence);
    }
}
