package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.HostileInput;

/** Every registry operation, driven with what fuzzers and careless clients send: never a 5xx, never a trace. */
@QuarkusTest
class HostileInputTest {

    private static final String VALID = Models.draftBody("dvk-2026");

    private static RequestSpecification raw() {
        return given().auth().oauth2(DemoCallers.unitCadre()).urlEncodingEnabled(false);
    }

    @Test
    void draftingRefusesEveryBrokenBodyAndWritesNothing() {
        long before = models();
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(VALID, "title", "field").entrySet()) {
            Response response = raw().contentType("application/json").body(body.getValue()).post("/api/v1/models");
            HostileInput.assertRefused(response, "draft with " + body.getKey());
        }
        assertEquals(before, models());
    }

    @Test
    void draftingAnswersEveryMutatedBodyCleanly() {
        int i = 0;
        for (byte[] body : HostileInput.mutations(VALID, 6, 400)) {
            Response response = raw().contentType("application/json").body(body).post("/api/v1/models");
            HostileInput.assertAnsweredCleanly(response, "mutation " + i++ + ": " + new String(body));
        }
    }

    @Test
    void draftingRefusesOtherMediaTypes() {
        HostileInput.assertRefused(raw().contentType("text/plain").body(VALID).post("/api/v1/models"), "text/plain");
        HostileInput.assertRefused(raw().contentType("application/xml").body("<model/>").post("/api/v1/models"), "xml");
        HostileInput.assertRefused(raw().contentType("application/json").accept("text/csv").body(VALID)
                .post("/api/v1/models"), "accept csv");
        HostileInput.assertRefused(raw().delete("/api/v1/models"), "DELETE");
    }

    @Test
    void everyPathAndQueryAnswersCleanly() {
        String draft = Models.draft();
        String token = DemoCallers.unitCadre();
        for (String segment : HostileInput.pathSegments()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/models/" + segment, token),
                    "GET model " + segment, false);
            HostileInput.assertAnsweredCleanly(HostileInput.send("POST", "/api/v1/models/" + segment + "/submit",
                    token), "submit " + segment, false);
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/" + segment, token),
                    "GET /api/v1/" + segment, false);
        }
        for (String value : HostileInput.queryValues()) {
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/campaigns?x=" + value, token),
                    "campaigns ?x=" + value, true);
            HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/models/" + draft + "?" + value
                    + "=1", token), "GET model ?" + value, true);
        }
    }

    @Test
    void aTargetThatIsNotPercentEncodedIsRefusedBeforeTheApplication() {
        for (String segment : HostileInput.malformedEscapes()) {
            assertEquals(400, HostileInput.send("GET", "/api/v1/models/" + segment, DemoCallers.unitCadre())
                    .status(), segment);
        }
    }

    /**
     * A request line longer than the HTTP server's limit (quarkus.http.limits.max-initial-line-length, 4 KiB) is
     * refused by Vert.x while decoding, before any hook of Quarkus' runs, so its 414 cannot carry a problem body.
     */
    @Test
    void anOverlongRequestLineIsRefusedBeforeTheApplication() {
        assertEquals(414, raw().get("/api/v1/models/" + "a".repeat(5_000)).statusCode());
    }

    private static long models() {
        return QuarkusTransaction.requiringNew().call(() -> MobilizationModel.count());
    }
}
