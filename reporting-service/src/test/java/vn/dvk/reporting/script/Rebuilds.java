package vn.dvk.reporting.script;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import vn.dvk.testing.DemoCallers;

/** Projection rebuilds as an operator starts and follows them. */
final class Rebuilds {

    private Rebuilds() {
    }

    /** Starts a rebuild from the topics and waits until it is done. */
    static void rebuild(Duration atMost) {
        given().auth().oauth2(DemoCallers.operator()).post("/api/v1/projections/rebuild").then().statusCode(202);
        awaitRebuilt(atMost);
    }

    /** Waits until the rebuild is done; fails at once if it failed. */
    static void awaitRebuilt(Duration atMost) {
        await().atMost(atMost).pollInterval(Duration.ofMillis(200)).until(() -> {
            String state = given().auth().oauth2(DemoCallers.operator()).get("/api/v1/projections/rebuild")
                    .then().statusCode(200).extract().path("state");
            if ("FAILED".equals(state)) {
                throw new AssertionError("The rebuild failed");
            }
            return "DONE".equals(state);
        });
    }
}
