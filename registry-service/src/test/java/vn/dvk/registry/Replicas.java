package vn.dvk.registry;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.Duration;
import vn.dvk.registry.domain.ModelReplication;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.DemoEvents;

/**
 * Recognised models to take up, and take-ups recorded through the API, for the registry's replication tests. The
 * recognitions come as recognition's events, through the broker, as in production.
 */
public final class Replicas {

    private Replicas() {
    }

    /** A model of the other demo unit (Trường THPT Long Xuyên), submitted and recognised up to {@code level}. */
    public static String recognisedOfOtherUnit(String level) {
        String id = Models.as(DemoCallers.otherUnitCadre()).body(Models.contentBody("dvk-2026",
                        "Mô hình \\\"Trường học thân thiện\\\"", "Học sinh tham gia giữ gìn cảnh quan"))
                .post("/api/v1/models").then().statusCode(201).extract().path("id");
        String etag = Models.as(DemoCallers.otherUnitCadre()).get("/api/v1/models/{id}", id).header("ETag");
        Models.as(DemoCallers.otherUnitCadre()).header("If-Match", etag).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200);
        recognise(id, level, DemoCallers.otherUnitCadre());
        return id;
    }

    /** Recognises the submitted model up to {@code level} through recognition's events; waits until applied. */
    public static void recognise(String id, String level, String ownerToken) {
        DemoEvents.recognition(DemoEvents.RECOGNIZED, id, "dvk-2026", 1, "BASE");
        if (!"BASE".equals(level)) {
            DemoEvents.recognition(DemoEvents.NOMINATED, id, "dvk-2026", 2, "BLOC");
            DemoEvents.recognition(DemoEvents.RECOGNIZED, id, "dvk-2026", 3, "BLOC");
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Models.as(ownerToken)
                .get("/api/v1/models/{id}", id).then().statusCode(200)
                .body("status", equalTo("RECOGNIZED")).body("recognizedLevel", equalTo(level)));
    }

    public static String body(String sourceId, String takenUpOn) {
        return "{\"sourceModelId\":\"" + sourceId + "\",\"takenUpOn\":\"" + takenUpOn + "\"}";
    }

    /** The demo unit's submitted model, recorded as taking up {@code sourceId}; returns the taking model's id. */
    public static String takenUpBy(String sourceId) {
        String model = Models.submitted();
        Models.as(DemoCallers.unitCadre()).body(body(sourceId, "2026-07-01"))
                .post("/api/v1/models/{id}/replicates", model).then().statusCode(201);
        return model;
    }

    /** How many take-ups the registry holds: what a refused request must leave unchanged. */
    public static long count() {
        return QuarkusTransaction.requiringNew().call(() -> ModelReplication.count());
    }
}
