package vn.dvk.registry.api;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
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
        long before = Models.count();
        for (Map.Entry<String, byte[]> body : HostileInput.bodies(VALID, "title", "field").entrySet()) {
            Response response = raw().contentType("application/json").body(body.getValue()).post("/api/v1/models");
            HostileInput.assertRefused(response, "draft with " + body.getKey());
        }
        assertEquals(before, Models.count());
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
    void editingRefusesEveryBrokenBodyAndChangesNothing() {
        String id = Models.draft();
        String etag = Models.etag(id);
        Map<String, byte[]> bodies = new java.util.LinkedHashMap<>(HostileInput.bodies(VALID, "title", "field"));
        bodies.put("too many tags", VALID.replace("\"tags\":[\"y tế\",\"chăm sóc\"]",
                "\"tags\":" + java.util.stream.IntStream.range(0, 21).mapToObj(i -> "\"t" + i + "\"").toList())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("overlong tag", VALID.replace("\"chăm sóc\"", "\"" + "x".repeat(51) + "\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("blank tag", VALID.replace("\"chăm sóc\"", "\" \"").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("tags as text", VALID.replace("[\"y tế\",\"chăm sóc\"]", "\"y tế\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("start date in the future", VALID.replace("2026-01-05", "2999-01-01")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("start date not a date", VALID.replace("2026-01-05", "05/01/2026")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("replicated model id not a uuid", VALID.replace("\"tags\"", "\"replicatesModelId\":\"x\",\"tags\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        bodies.put("another campaign", VALID.replace("dvk-2026", "dvk-nope").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            Response response = raw().header("If-Match", etag).contentType("application/json").body(body.getValue())
                    .put("/api/v1/models/" + id);
            HostileInput.assertRefused(response, "edit with " + body.getKey());
        }
        assertEquals(etag, Models.etag(id));
    }

    /**
     * The HTTP layer's body limit (quarkus.http.limits.max-body-size, 10 MiB) refuses a 50 MB body from its
     * Content-Length, before reading any of it, and closes the connection; the client sees the 413 as soon as the
     * headers are sent. Vert.x answers it before any Quarkus hook, so without a problem body (like the 414 below).
     */
    @Test
    void aFiftyMegabyteBodyIsRefusedBeforeItIsReadAndNothingIsWritten() throws Exception {
        long before = Models.count();
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String head = "POST /api/v1/models HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                    + DemoCallers.unitCadre() + "\r\nContent-Type: application/json\r\nContent-Length: "
                    + 50 * 1024 * 1024 + "\r\n\r\n{\"campaignId\":\"dvk-2026\",\"title\":\"";
            socket.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            socket.getOutputStream().write("a".repeat(64 * 1024).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String statusLine = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(),
                    java.nio.charset.StandardCharsets.UTF_8)).readLine();
            assertEquals("HTTP/1.1 413 Request Entity Too Large", statusLine);
        }
        assertEquals(before, Models.count());
    }

    @Test
    void listParametersAnswerCleanly() {
        String token = DemoCallers.unitCadre();
        for (String value : HostileInput.queryValues()) {
            for (String parameter : new String[] {"q", "status", "cursor", "organisationId", "createdFrom", "sort", "limit"}) {
                HostileInput.assertAnsweredCleanly(HostileInput.send("GET", "/api/v1/models?" + parameter + "=" + value,
                        token), "list ?" + parameter + "=" + value, true);
            }
        }
    }

    /**
     * Refused with a bare 400 by the root router Quarkus builds around the application's (it mounts the application
     * router at "/", and matching that mount fails on the broken escape): that router's error handlers are not
     * reachable from the application (an errorHandler(400) set on the observed application router is never asked).
     */
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

    /** Headers over quarkus.http.limits.max-header-size (20 KiB) are refused while decoding too: 431, no body. */
    @Test
    void overlongHeadersAreRefusedBeforeTheApplication() {
        assertEquals(431, raw().header("X-Padding", "a".repeat(30_000)).get("/api/v1/models").statusCode());
    }
}
