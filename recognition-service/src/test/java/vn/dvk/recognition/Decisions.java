package vn.dvk.recognition;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.stream.Collectors;

/** Decision requests as a committee's client sends them. */
public final class Decisions {

    public static final String LEGAL_BASIS = "Căn cứ Quy chế Dân vận khéo; xét đề nghị của Ban Dân vận";

    private Decisions() {
    }

    public static String body(String number, String level, List<String> modelIds) {
        return body(number, level, modelIds, "");
    }

    /** A decision with commendations given as JSON objects, already joined with commas. */
    public static String body(String number, String level, List<String> modelIds, String commendations) {
        return """
                {"number":"%s","issuedOn":"2026-06-15","level":"%s","signerName":"Nguyễn Văn An",
                 "signerTitle":"Phó Bí thư Thường trực","legalBasis":"%s","modelIds":[%s],"commendations":[%s]}"""
                .formatted(number, level, LEGAL_BASIS,
                        modelIds.stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(",")), commendations);
    }

    public static ValidatableResponse issue(String token, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post("/api/v1/decisions").then();
    }

    public static ValidatableResponse revoke(String token, String decisionId, String reason, String number) {
        String tag = given().auth().oauth2(token).get("/api/v1/decisions/{id}", decisionId).header("ETag");
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", tag == null ? "\"0\"" : tag)
                .body("{\"reason\":\"%s\",\"revokingNumber\":\"%s\"}".formatted(reason, number))
                .post("/api/v1/decisions/{id}/revocation", decisionId).then();
    }
}
