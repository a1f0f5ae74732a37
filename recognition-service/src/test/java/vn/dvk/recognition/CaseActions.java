package vn.dvk.recognition;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;

/** Acting on a case as a reviewer's client does: read the case's ETag, send it back in If-Match. */
public final class CaseActions {

    private CaseActions() {
    }

    public static ValidatableResponse act(String token, String modelId, String body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", tagOf(token, modelId))
                .body(body).post("/api/v1/cases/{id}/actions", modelId).then();
    }

    public static ValidatableResponse act(String token, String modelId, String action, String reason) {
        return act(token, modelId, reason == null ? "{\"action\":\"" + action + "\"}"
                : "{\"action\":\"" + action + "\",\"reason\":\"" + reason + "\"}");
    }

    /** The case's ETag as the caller reads it; a caller who cannot read it sends a made-up one. */
    public static String tagOf(String token, String modelId) {
        Response read = given().auth().oauth2(token).get("/api/v1/cases/{id}", modelId);
        return read.statusCode() == 200 ? read.header("ETag") : "\"0\"";
    }
}
