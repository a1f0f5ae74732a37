package vn.dvk.registry;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.config.HttpClientConfig;
import io.restassured.config.LogConfig;
import io.restassured.config.MultiPartConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.apache.http.entity.mime.HttpMultipartMode;
import vn.dvk.registry.domain.Attachment;

/** Files attached to models through the API, as browsers send them, and what the registry then holds. */
public final class Uploads {

    private Uploads() {
    }

    public static Response upload(String token, String model, String name, String type, byte[] bytes, String key) {
        // as browsers do: the file name in UTF-8 in the part's headers; and without the log Quarkus has rest-assured
        // print of every request in case its validation fails: of files of megabytes, most of UploadLimitsTest's CPU
        RequestSpecification request = RestAssured.given()
                .config(RestAssured.config()
                        .httpClient(HttpClientConfig.httpClientConfig().httpMultipartMode(HttpMultipartMode.BROWSER_COMPATIBLE))
                        .multiPartConfig(MultiPartConfig.multiPartConfig().defaultCharset(StandardCharsets.UTF_8))
                        .logConfig(LogConfig.logConfig()))
                .auth().oauth2(token)
                .multiPart(new MultiPartSpecBuilder(bytes).fileName(name).controlName("file").mimeType(type)
                        .charset(StandardCharsets.UTF_8).build())
                .multiPart(new MultiPartSpecBuilder("Minh chứng").controlName("description")
                        .charset(StandardCharsets.UTF_8).build());
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.post("/api/v1/models/{id}/attachments", model);
    }

    /** Random bytes of the size, framed as a PDF (the content is what the registry judges). */
    public static byte[] pdf(int size) {
        byte[] head = "%PDF-1.4\n1 0 obj <<>> stream\n".getBytes(StandardCharsets.US_ASCII);
        byte[] tail = "\nendstream endobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[Math.max(size, head.length + tail.length)];
        new Random(size).nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, head.length);
        System.arraycopy(tail, 0, pdf, pdf.length - tail.length, tail.length);
        return pdf;
    }

    /** How many attachments the model has, read in a transaction of its own. */
    public static long attachments(String model) {
        return QuarkusTransaction.requiringNew().call(() -> Attachment.count("modelId", UUID.fromString(model)));
    }

    /** Stored chunks no attachment owns: what a refused or failed upload would leave behind if it left anything. */
    public static long orphanChunks() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Attachment.getEntityManager().createNativeQuery("""
                select count(*) from {h-schema}stored_object_chunk c
                where not exists (select 1 from {h-schema}attachment a where a.storage_key = c.storage_key)""")
                .getSingleResult()).longValue());
    }
}
