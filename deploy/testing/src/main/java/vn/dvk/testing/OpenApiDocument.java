package vn.dvk.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The checks a service's OpenAPI document must pass for a frontend team to generate a client from it. */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");

    private OpenApiDocument() {
    }

    /**
     * Fails naming every operation without an {@code operationId}, with a duplicate one, or without a documented
     * problem+json answer for 4xx and 5xx.
     */
    public static void assertEveryOperationIsDocumented() {
        JsonPath document = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
        List<String> defects = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        paths.forEach((path, item) -> item.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            Object id = operation.get("operationId");
            if (id == null) {
                defects.add(name + ": no operationId");
            } else if (ids.contains(id.toString())) {
                defects.add(name + ": operationId " + id + " used twice");
            } else {
                ids.add(id.toString());
            }
            @SuppressWarnings("unchecked")
            Map<String, Map<String, Object>> responses = (Map<String, Map<String, Object>>) operation.get("responses");
            for (String status : List.of("401", "500", "503")) {
                Object content = responses == null || responses.get(status) == null ? null
                        : responses.get(status).get("content");
                if (!(content instanceof Map<?, ?> types) || !types.containsKey("application/problem+json")) {
                    defects.add(name + ": no problem+json answer documented for " + status);
                }
            }
        }));
        assertEquals(List.of(), defects);
    }
}
