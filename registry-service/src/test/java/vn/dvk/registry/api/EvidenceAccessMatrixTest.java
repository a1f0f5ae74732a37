package vn.dvk.registry.api;

import static vn.dvk.registry.CallerMatrix.ANONYMOUS;
import static vn.dvk.registry.CallerMatrix.OPERATOR;
import static vn.dvk.registry.CallerMatrix.OTHER_BASE;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC;
import static vn.dvk.registry.CallerMatrix.OTHER_BLOC_LEADER;
import static vn.dvk.registry.CallerMatrix.OTHER_PROVINCE_ADMIN;
import static vn.dvk.registry.CallerMatrix.OTHER_UNIT;
import static vn.dvk.registry.CallerMatrix.UNIT;
import static vn.dvk.registry.CallerMatrix.check;
import static vn.dvk.registry.CallerMatrix.expect;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.testing.DemoCallers;

/**
 * Every evidence, progress and notification endpoint against every kind of caller. Evidence is read by whoever
 * may read the model and added by its unit only; a caller who may not see the model gets 404; a feed is a unit's
 * submitters' alone.
 */
@QuarkusTest
class EvidenceAccessMatrixTest {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    /** Who reads a submitted model's evidence: its unit and the organisations on its path, in roles that read models. */
    private static final Map<String, Integer> READING = expect(200, Map.of(OTHER_UNIT, 404, OTHER_BASE, 404,
            OTHER_BLOC, 404, OTHER_BLOC_LEADER, 404, OTHER_PROVINCE_ADMIN, 404, OPERATOR, 403,
            ANONYMOUS, 401));

    /** Adding evidence: the unit's submitters; a submitter elsewhere cannot see the model; other roles may not. */
    private static Map<String, Integer> adding(int asOwner) {
        return expect(403, Map.of(UNIT, asOwner, OTHER_UNIT, 404, ANONYMOUS, 401));
    }

    @Test
    void readingEvidence() {
        String model = Models.submitted();
        String attachment = Models.as(DemoCallers.unitCadre()).contentType("multipart/form-data")
                .multiPart("file", "a.pdf", PDF, "application/pdf")
                .post("/api/v1/models/{id}/attachments", model).then().statusCode(201).extract().path("id");
        check("GET attachments", READING, r -> r.get("/api/v1/models/{id}/attachments", model));
        check("GET attachment content", READING,
                r -> r.get("/api/v1/models/{id}/attachments/{a}/content", model, attachment));
        check("GET progress", READING, r -> r.get("/api/v1/models/{id}/progress", model));
    }

    @Test
    void addingEvidence() {
        String model = Models.submitted();
        check("POST attachment", adding(201), r -> r.request.contentType("multipart/form-data")
                .multiPart("file", "a.pdf", PDF, "application/pdf").post("/api/v1/models/{id}/attachments", model));
        check("POST progress", adding(201), r -> r.body("{\"reportedOn\": \"2026-06-30\", \"text\": \"Đã làm\"}")
                .post("/api/v1/models/{id}/progress", model));
        // removal: each caller tries on an attachment of its own draft
        check("DELETE attachment", adding(204), r -> {
            String draft = Models.draft();
            String attachment = Models.as(DemoCallers.unitCadre()).contentType("multipart/form-data")
                    .multiPart("file", "a.pdf", PDF, "application/pdf")
                    .post("/api/v1/models/{id}/attachments", draft).then().statusCode(201).extract().path("id");
            return r.request.delete("/api/v1/models/{id}/attachments/{a}", draft, attachment);
        });
    }

    @Test
    void readingTheFeed() {
        check("GET notifications", expect(403, Map.of(UNIT, 200, OTHER_UNIT, 200, ANONYMOUS, 401)),
                r -> r.get("/api/v1/notifications"));
        // a submitter's stream would stay open: with a Last-Event-ID that is no id, they get 400 instead
        check("GET notification stream", expect(403, Map.of(UNIT, 400, OTHER_UNIT, 400, ANONYMOUS, 401)),
                r -> r.request.header("Last-Event-ID", "x").get("/api/v1/notifications/stream"));
    }
}
