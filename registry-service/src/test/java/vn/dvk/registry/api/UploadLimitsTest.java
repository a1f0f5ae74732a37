package vn.dvk.registry.api;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.search.Search;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Organisations;
import vn.dvk.registry.Uploads;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.Simultaneously;
import vn.dvk.testing.TestTokens;

/**
 * What an upload may cost the registry: it judges who may attach and the declared size before it reads a byte of
 * the body; a model and a unit hold only so much (here, for the tests: 12 MB in 8 files a model, 20 MB a unit);
 * two uploads at once cannot both take the last room; and a client that hangs up half-way leaves nothing behind
 * and no error.
 */
@QuarkusTest
class UploadLimitsTest {

    private static final Duration EVENTUALLY = Duration.ofSeconds(30);
    private static final String QUOTA_EXCEEDED = "https://dvk.example/problems/upload-quota-exceeded";
    private static final int MB = 1024 * 1024;

    @Inject
    MeterRegistry meters;

    @Inject
    UploadSlots slots;

    @Test
    void whoMayNotAttachAndWhatCannotFitAreRefusedBeforeTheBodyIsSent() throws IOException {
        String model = Models.draft();
        // the headers alone, announcing 5 MB that never come: the answer cannot wait for them
        assertEquals(404, statusOfHeadersAlone(DemoCallers.otherUnitCadre(), model, 5 * MB));
        assertEquals(403, statusOfHeadersAlone(DemoCallers.reviewer(DemoCallers.BASE), model, 5 * MB));
        assertEquals(404, statusOfHeadersAlone(DemoCallers.unitCadre(), UUID.randomUUID().toString(), 5 * MB));
        assertEquals(404, statusOfHeadersAlone(DemoCallers.unitCadre(), "not-a-model", 5 * MB));
        // above one file's 10 MB (and the envelope), within the HTTP limit: the service's own 413
        assertEquals(413, statusOfHeadersAlone(DemoCallers.unitCadre(), model, 10 * MB + 100 * 1024));
        assertEquals(0, Uploads.attachments(model));
    }

    @Test
    void aModelHoldsAtMostItsFilesAndBytes() {
        String unitCadre = freshUnitCadre();
        String model = draftOf(unitCadre);
        Uploads.upload(unitCadre, model, "a.pdf", "application/pdf", Uploads.pdf(7 * MB), null).then().statusCode(201);
        Uploads.upload(unitCadre, model, "b.pdf", "application/pdf", Uploads.pdf(6 * MB), null)
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo(QUOTA_EXCEEDED), "detail", containsString("mô hình"));
        assertEquals(1, Uploads.attachments(model));
        assertEquals(0, Uploads.orphanChunks());

        String other = draftOf(unitCadre);
        for (int i = 0; i < 8; i++) {
            Uploads.upload(unitCadre, other, i + ".pdf", "application/pdf", Uploads.pdf(1000 + i), null)
                    .then().statusCode(201);
        }
        Uploads.upload(unitCadre, other, "9.pdf", "application/pdf", Uploads.pdf(1000), null)
                .then().statusCode(413).body("type", equalTo(QUOTA_EXCEEDED));
        assertEquals(8, Uploads.attachments(other));
    }

    @Test
    void aUnitHoldsAtMostItsBytesAcrossItsModels() {
        String unitCadre = freshUnitCadre();
        for (int i = 0; i < 2; i++) {
            Uploads.upload(unitCadre, draftOf(unitCadre), "a.pdf", "application/pdf", Uploads.pdf(9 * MB), null)
                    .then().statusCode(201);
        }
        String third = draftOf(unitCadre);
        Uploads.upload(unitCadre, third, "c.pdf", "application/pdf", Uploads.pdf(3 * MB), null)
                .then().statusCode(413).body("type", equalTo(QUOTA_EXCEEDED), "detail", containsString("đơn vị"));
        assertEquals(0, Uploads.attachments(third));
    }

    @Test
    void twoUploadsAtOnceCannotBothTakeTheLastRoom() throws Exception {
        String unitCadre = freshUnitCadre();
        String model = draftOf(unitCadre);
        byte[] file = Uploads.pdf(7 * MB); // one fits the model's 12 MB, two do not
        List<Integer> statuses = Simultaneously.run(2, () -> Uploads.upload(unitCadre, model, "a.pdf",
                "application/pdf", file, null).statusCode());
        assertEquals(List.of(201, 413), statuses.stream().sorted().toList());
        assertEquals(1, Uploads.attachments(model));
        assertEquals(0, Uploads.orphanChunks(), "the refused file's chunks go with its transaction");
    }

    @Test
    void aClientThatHangsUpHalfWayLeavesNothingAndNoError() throws Exception {
        String model = Models.draft();
        List<LogRecord> errors = new ArrayList<>();
        Handler watch = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (errors) {
                        errors.add(record);
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        root.addHandler(watch);
        double failedBefore = serverErrors();
        try {
            try (Socket socket = new Socket("localhost", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                String boundary = "dvk" + UUID.randomUUID();
                out.write(headers(DemoCallers.unitCadre(), model, 3 * MB, boundary));
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                        + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(Uploads.pdf(MB)); // a third of what it announced
                out.flush();
                // admitted, its body being received: then it hangs up
                await().atMost(EVENTUALLY).until(() -> slots.inUse() == 1);
            }
            // the exchange ends on the server, and its half file is gone
            await().atMost(EVENTUALLY).until(() -> slots.inUse() == 0 && leftoverUploads().isEmpty());
        } finally {
            root.removeHandler(watch);
        }
        assertEquals(0, Uploads.attachments(model));
        assertEquals(List.of(), leftoverUploads());
        assertEquals(failedBefore, serverErrors(), "a hang-up is no server error");
        synchronized (errors) {
            assertEquals(List.of(), errors.stream().map(r -> r.getLoggerName() + ": " + r.getMessage()).toList());
        }
    }

    @Test
    void aBodyThatIsNotTheMultipartItDeclaresIsABadRequest() {
        String model = Models.draft();
        String part = "Content-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n%PDF-1.4\n%%EOF\n";
        List<String> bodies = List.of(
                "--another\r\n" + part + "\r\n--another--\r\n", // not the boundary the header declares
                "--dvk\r\n" + part, // cut: the closing boundary never comes
                "--dvk\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pdf\"\r\n", // cut headers
                "--dvk\r\ngarbage without headers\r\n--dvk--\r\n",
                "");
        for (String body : bodies) {
            RestAssured.given().auth().oauth2(DemoCallers.unitCadre())
                    .contentType("multipart/form-data; boundary=dvk")
                    .body(body.getBytes(StandardCharsets.UTF_8))
                    .post("/api/v1/models/{id}/attachments", model)
                    .then().statusCode(400).contentType("application/problem+json");
        }
        RestAssured.given().auth().oauth2(DemoCallers.unitCadre())
                .contentType("multipart/form-data") // no boundary at all
                .body(("--dvk\r\n" + part + "\r\n--dvk--\r\n").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/models/{id}/attachments", model)
                .then().statusCode(400).contentType("application/problem+json");
        assertEquals(0, Uploads.attachments(model));
    }

    /** Sends only the headers of an upload declaring the length; returns the status the service answers with. */
    private static int statusOfHeadersAlone(String token, String model, long contentLength) throws IOException {
        try (Socket socket = new Socket("localhost", RestAssured.port)) {
            socket.setSoTimeout((int) EVENTUALLY.toMillis()); // a service waiting for the body fails the test
            socket.getOutputStream().write(headers(token, model, contentLength, "dvk" + UUID.randomUUID()));
            socket.getOutputStream().flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            assertTrue(statusLine != null && statusLine.startsWith("HTTP/1.1 "), String.valueOf(statusLine));
            return Integer.parseInt(statusLine.substring(9, 12));
        }
    }

    private static byte[] headers(String token, String model, long contentLength, String boundary) {
        return ("POST /api/v1/models/" + model + "/attachments HTTP/1.1\r\n"
                + "Host: localhost:" + RestAssured.port + "\r\n"
                + "Authorization: Bearer " + token + "\r\n"
                + "Content-Type: multipart/form-data; boundary=" + boundary + "\r\n"
                + "Content-Length: " + contentLength + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    }

    /** Answers to uploads with a status of 500 and above, as the service's metrics count them. */
    private double serverErrors() {
        return uploadRequests().timers().stream().filter(t -> t.getId().getTag("status").startsWith("5"))
                .mapToDouble(t -> t.count()).sum();
    }

    private Search uploadRequests() {
        return meters.find("http.server.requests").tag("uri", "/api/v1/models/{id}/attachments");
    }

    private static List<Path> leftoverUploads() throws IOException {
        Path directory = Path.of("target/uploads");
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.toList();
        }
    }

    /** The submitter of a unit made for the test, which holds nothing yet. */
    private static String freshUnitCadre() {
        String unit = Organisations.create("UNIT", DemoCallers.BASE);
        return TestTokens.token("cadre." + unit, unit, "submitter");
    }

    private static String draftOf(String token) {
        return Models.as(token).body(Models.draftBody("dvk-2026")).post("/api/v1/models")
                .then().statusCode(201).extract().path("id");
    }
}
