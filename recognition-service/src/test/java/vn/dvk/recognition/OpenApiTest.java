package vn.dvk.recognition;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.dvk.testing.OpenApiDocument;

/** A frontend team generates its client from /q/openapi: every operation must be named and its problems documented. */
@QuarkusTest
class OpenApiTest {

    @Test
    void everyOperationIsNamedAndDocumentsItsProblems() {
        OpenApiDocument.assertEveryOperationIsDocumented();
    }

    /** deploy/web-app builds its client from deploy/contracts' copy of this document, not from this build. */
    @Test
    void servesTheDocumentTheWebAppIsBuiltFrom() {
        OpenApiDocument.assertIsTheContract("recognition-service");
    }

    /**
     * A read that answers a {@code Response} (to carry its ETag) says nothing of its body unless told: the web app's
     * generated client then types the case, the decision or the council as unknown.
     */
    @Test
    void everyJsonAnswerNamesItsSchema() {
        Map<String, Map<String, Map<String, Object>>> paths = given().get("/q/openapi?format=json").then()
                .statusCode(200).extract().jsonPath().getMap("paths");
        List<String> untyped = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!(operation.get("responses") instanceof Map<?, ?> responses)) {
                return;
            }
            responses.forEach((status, response) -> {
                if (status.toString().startsWith("2") && response instanceof Map<?, ?> answer
                        && answer.get("content") instanceof Map<?, ?> content
                        && content.get("application/json") instanceof Map<?, ?> json
                        && !(json.get("schema") instanceof Map<?, ?> schema && !schema.isEmpty())) {
                    untyped.add(method.toUpperCase() + " " + path + " " + status);
                }
            });
        }));
        assertEquals(List.of(), untyped);
    }
}
