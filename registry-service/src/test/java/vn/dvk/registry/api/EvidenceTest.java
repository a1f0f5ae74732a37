package vn.dvk.registry.api;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import vn.dvk.registry.Models;
import vn.dvk.registry.Uploads;
import vn.dvk.registry.domain.Attachment;
import vn.dvk.testing.DemoCallers;

/** Attachments checked on their content, stored in chunks, served whole or by range; progress updates that show them. */
@QuarkusTest
class EvidenceTest {

    /** A PDF of 600 KB: three chunks of the PostgreSQL store. */
    private static final byte[] PDF = pdf(600 * 1024);

    @Test
    void anAttachmentIsStoredWithItsDetectedTypeAndDigestAndServedWholeOrByRange() throws Exception {
        String model = Models.draft();
        String id = upload(DemoCallers.unitCadre(), model, "báo cáo.pdf", "application/octet-stream", PDF)
                .then().statusCode(201)
                .body("mediaType", equalTo("application/pdf"))
                .body("sizeBytes", equalTo(PDF.length))
                .body("sha256", equalTo(sha256(PDF)))
                .body("fileName", equalTo("báo cáo.pdf"))
                .extract().path("id");
        assertEquals(3L, chunks(id));

        byte[] whole = Models.as(DemoCallers.unitCadre()).get(content(model, id))
                .then().statusCode(200).header("Accept-Ranges", "bytes").header("ETag", "\"" + sha256(PDF) + "\"")
                .header("X-Content-Type-Options", "nosniff").extract().asByteArray();
        assertArrayEquals(PDF, whole);
        // across the boundary of the first two chunks (256 KiB)
        byte[] part = Models.as(DemoCallers.unitCadre()).header("Range", "bytes=262000-262299").get(content(model, id))
                .then().statusCode(206).header("Content-Range", "bytes 262000-262299/" + PDF.length)
                .extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(PDF, 262000, 262300), part);
        byte[] tail = Models.as(DemoCallers.unitCadre()).header("Range", "bytes=-100").get(content(model, id))
                .then().statusCode(206).extract().asByteArray();
        assertArrayEquals(Arrays.copyOfRange(PDF, PDF.length - 100, PDF.length), tail);
        Models.as(DemoCallers.unitCadre()).header("Range", "bytes=" + PDF.length + "-").get(content(model, id))
                .then().statusCode(416).header("Content-Range", "bytes */" + PDF.length);
        Models.as(DemoCallers.unitCadre()).header("If-None-Match", "\"" + sha256(PDF) + "\"").get(content(model, id))
                .then().statusCode(304);
    }

    @Test
    void aFileIsJudgedByItsContentNotItsName() throws Exception {
        String model = Models.draft();
        long before = attachments(model);
        byte[] program = ("MZ" + "\0".repeat(200) + "This program cannot be run in DOS mode").getBytes(StandardCharsets.ISO_8859_1);
        byte[] plainZip = zip(List.of("readme.txt"));
        byte[] text = "Chỉ là văn bản".getBytes(StandardCharsets.UTF_8);
        for (Object[] disguised : List.of(new Object[] {"báo cáo.pdf", program}, new Object[] {"kế hoạch.docx", plainZip},
                new Object[] {"ảnh.png", text})) {
            upload(DemoCallers.unitCadre(), model, (String) disguised[0], "application/pdf", (byte[]) disguised[1])
                    .then().statusCode(415).contentType("application/problem+json")
                    .body("type", equalTo("https://dvk.example/problems/unsupported-media-type"));
        }
        upload(DemoCallers.unitCadre(), model, "trống.pdf", "application/pdf", new byte[0]).then().statusCode(400);
        upload(DemoCallers.unitCadre(), model, "lớn.pdf", "application/pdf", pdf(10 * 1024 * 1024 + 1))
                .then().statusCode(413).contentType("application/problem+json");
        assertEquals(before, attachments(model));

        byte[] docx = zip(List.of("[Content_Types].xml", "word/document.xml"));
        upload(DemoCallers.unitCadre(), model, "kế hoạch.docx", "application/octet-stream", docx)
                .then().statusCode(201)
                .body("mediaType", equalTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document"));
    }

    @Test
    void onlyTheUnitAttachesAndOnlyThoseWhoSeeTheModelRead() {
        String submitted = Models.submitted();
        String draft = Models.draft();
        String id = upload(DemoCallers.unitCadre(), submitted, "a.pdf", "application/pdf", pdf(1000))
                .then().statusCode(201).extract().path("id");
        upload(DemoCallers.otherUnitCadre(), submitted, "b.pdf", "application/pdf", pdf(1000)).then().statusCode(404);
        upload(DemoCallers.reviewer(DemoCallers.BASE), submitted, "b.pdf", "application/pdf", pdf(1000))
                .then().statusCode(403);
        Models.as(DemoCallers.reviewer(DemoCallers.BASE)).get(content(submitted, id)).then().statusCode(200);
        Models.as(DemoCallers.reviewer(DemoCallers.OTHER_BASE)).get(content(submitted, id)).then().statusCode(404);
        Models.as(DemoCallers.otherUnitCadre()).get("/api/v1/models/{id}/attachments", submitted).then().statusCode(404);
        // an attachment is found only under its own model
        Models.as(DemoCallers.unitCadre()).get(content(draft, id)).then().statusCode(404);
        Models.as(DemoCallers.reviewer(DemoCallers.BASE)).get("/api/v1/models/{id}/attachments", draft).then().statusCode(404);
    }

    @Test
    void progressShowsAttachmentsOfTheModelWhichThenStay() {
        String model = Models.draft();
        String other = Models.draft();
        String shown = upload(DemoCallers.unitCadre(), model, "ảnh.png", "image/png", png()).then().statusCode(201)
                .extract().path("id");
        String foreign = upload(DemoCallers.unitCadre(), other, "x.pdf", "application/pdf", pdf(500)).then()
                .statusCode(201).extract().path("id");
        String removable = upload(DemoCallers.unitCadre(), model, "y.pdf", "application/pdf", pdf(500)).then()
                .statusCode(201).extract().path("id");

        Models.as(DemoCallers.unitCadre()).body(progress("2026-06-30", foreign)).post("/api/v1/models/{id}/progress", model)
                .then().statusCode(400).body("violations.field", equalTo(List.of("attachmentIds[0]")));
        Models.as(DemoCallers.unitCadre()).body(progress("2999-01-01", shown)).post("/api/v1/models/{id}/progress", model)
                .then().statusCode(400);
        Models.as(DemoCallers.unitCadre()).body(progress("2026-06-30", shown)).post("/api/v1/models/{id}/progress", model)
                .then().statusCode(201).body("attachmentIds", equalTo(List.of(shown)));
        Models.as(DemoCallers.unitCadre()).get("/api/v1/models/{id}/progress", model).then().statusCode(200)
                .body("size()", equalTo(1)).body("[0].reportedOn", equalTo("2026-06-30"));

        Models.as(DemoCallers.unitCadre()).delete("/api/v1/models/{id}/attachments/{a}", model, shown).then().statusCode(409);
        Models.as(DemoCallers.unitCadre()).delete("/api/v1/models/{id}/attachments/{a}", model, removable)
                .then().statusCode(204);
        assertEquals(0L, chunks(removable));
        assertEquals(1L, attachments(model)); // the one a progress update shows stays
    }

    @Test
    void theSameUploadRetriedWithItsKeyIsStoredOnce() {
        String model = Models.draft();
        byte[] file = pdf(2000);
        String first = upload(DemoCallers.unitCadre(), model, "a.pdf", "application/pdf", file, "upload-" + model)
                .then().statusCode(201).extract().path("id");
        String again = upload(DemoCallers.unitCadre(), model, "a.pdf", "application/pdf", file, "upload-" + model)
                .then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        assertEquals(first, again);
        assertEquals(1L, attachments(model));
    }

    private static Response upload(String token, String model, String name, String type, byte[] bytes) {
        return upload(token, model, name, type, bytes, null);
    }

    private static Response upload(String token, String model, String name, String type, byte[] bytes, String key) {
        return Uploads.upload(token, model, name, type, bytes, key);
    }

    private static String content(String model, String attachment) {
        return "/api/v1/models/" + model + "/attachments/" + attachment + "/content";
    }

    private static String progress(String day, String attachment) {
        return """
                {"reportedOn": "%s", "text": "Đã tổ chức 12 buổi đối thoại", "attachmentIds": ["%s"]}
                """.formatted(day, attachment);
    }

    private static long attachments(String model) {
        return Uploads.attachments(model);
    }

    private static long chunks(String attachment) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Attachment.getEntityManager().createNativeQuery(
                        "select count(*) from {h-schema}stored_object_chunk c join {h-schema}attachment a on a.storage_key = c.storage_key "
                                + "where a.id = :id")
                .setParameter("id", UUID.fromString(attachment)).getSingleResult()).longValue());
    }

    /** A file PDF readers and Tika recognise, padded to the size wanted with random bytes in a stream. */
    private static byte[] pdf(int size) {
        return Uploads.pdf(size);
    }

    private static byte[] png() {
        byte[] png = new byte[64];
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        System.arraycopy(signature, 0, png, 0, signature.length);
        return png;
    }

    private static byte[] zip(List<String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
