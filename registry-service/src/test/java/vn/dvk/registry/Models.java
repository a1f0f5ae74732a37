package vn.dvk.registry;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.text.Normalizer;
import vn.dvk.registry.domain.MobilizationModel;
import vn.dvk.testing.DemoCallers;
import vn.dvk.testing.JsonAnswer;

/** Models drafted and submitted through the API by the demo unit's cadre, for the registry's tests. */
public final class Models {

    public static final String TITLE = "Mô hình \"Dân vận khéo\" trong chăm sóc người bệnh";
    /** The title decomposed on purpose (NFD): the service must store it NFC-normalised. */
    public static final String TITLE_NFD = Normalizer.normalize(TITLE, Normalizer.Form.NFD);

    private Models() {
    }

    /** A complete record (ready to submit) in the campaign. */
    public static String draftBody(String campaignId) {
        return contentBody(campaignId, TITLE_NFD.replace("\"", "\\\""), "Tiếp đón, hướng dẫn người bệnh tận tình");
    }

    public static String contentBody(String campaignId, String title, String summary) {
        return """
                {"campaignId":"%s","title":"%s","summary":"%s",
                 "goals":"Người bệnh hài lòng","implementation":"Trực hướng dẫn tại khoa khám bệnh",
                 "startedOn":"2026-01-05","field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE",
                 "tags":["y tế","chăm sóc"]}"""
                .formatted(campaignId, title, summary);
    }

    /** How many models the registry holds: what a refused request must leave unchanged. */
    public static long count() {
        return QuarkusTransaction.requiringNew().call(() -> MobilizationModel.count());
    }

    /** How many models carry this exact title. */
    public static long titled(String title) {
        return QuarkusTransaction.requiringNew().call(() -> MobilizationModel.count("title", title));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A draft of the demo unit in the demo campaign; returns its id. */
    public static String draft() {
        return JsonAnswer.of(as(DemoCallers.unitCadre()).body(draftBody("dvk-2026"))
                .post("/api/v1/models")
                .then().statusCode(201)
                .extract()).path("id").asText();
    }

    /** The model's current ETag, as its unit reads it. */
    public static String etag(String id) {
        return as(DemoCallers.unitCadre()).get("/api/v1/models/{id}", id).then().statusCode(200).extract().header("ETag");
    }

    /** Submits (or resubmits) the demo unit's model as it stands. */
    public static void submit(String id) {
        as(DemoCallers.unitCadre()).header("If-Match", etag(id)).post("/api/v1/models/{id}/submit", id)
                .then().statusCode(200);
    }

    /** A draft, submitted; returns its id. */
    public static String submitted() {
        String id = draft();
        submit(id);
        return id;
    }
}
