package vn.dvk.registry;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.text.Normalizer;
import vn.dvk.testing.DemoCallers;

/** Models drafted and submitted through the API by the demo unit's cadre, for the registry's tests. */
public final class Models {

    public static final String TITLE = "Mô hình \"Dân vận khéo\" trong chăm sóc người bệnh";
    /** The title decomposed on purpose (NFD): the service must store it NFC-normalised. */
    public static final String TITLE_NFD = Normalizer.normalize(TITLE, Normalizer.Form.NFD);

    private Models() {
    }

    public static String draftBody(String campaignId) {
        return """
                {"campaignId":"%s","title":"%s","summary":"Tiếp đón, hướng dẫn người bệnh tận tình",
                 "field":"CULTURE_SOCIETY","kind":"MODEL","ownerKind":"COLLECTIVE"}"""
                .formatted(campaignId, TITLE_NFD.replace("\"", "\\\""));
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    /** A draft of the demo unit in the demo campaign; returns its id. */
    public static String draft() {
        return as(DemoCallers.unitCadre()).body(draftBody("dvk-2026"))
                .post("/api/v1/models")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A draft, submitted; returns its id. */
    public static String submitted() {
        String id = draft();
        as(DemoCallers.unitCadre()).post("/api/v1/models/{id}/submit", id).then().statusCode(200);
        return id;
    }
}
