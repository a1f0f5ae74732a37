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

    /**
     * Publishes a submission and waits until the base committee's queue shows it; returns the model id. The queue is
     * read newest first: the module's tests leave more cases under review at the base than a page holds.
     */
    public static String caseAtBase() {
        String modelId = submitNewModel();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/reviews?sort=newest")
                        .then().statusCode(200).body("items.modelId", hasItem(modelId)));
        return modelId;
    }

    /** Submits new models of the demo unit to a campaign and waits until the base committee's queue shows them all. */
    public static java.util.List<String> casesAtBase(String campaignId, int count) {
        java.util.List<String> ids = new java.util.ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = UUID.randomUUID().toString();
            DemoEvents.submitted(id, campaignId, 1);
            ids.add(id);
        }
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() ->
                given().auth().oauth2(DemoCallers.reviewer(DemoCallers.BASE))
                        .queryParam("campaignId", campaignId).queryParam("limit", 500).get("/api/v1/reviews?sort=newest")
                        .then().statusCode(200).body("counts.total", org.hamcrest.Matchers.equalTo(count)));
        return ids;
    }

    public static void publish(String modelId, long sequence) {
        DemoEvents.submitted(modelId, "dvk-2026", sequence);
    }
}
