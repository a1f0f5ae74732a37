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
     * problem+json answer for 401, 500, 503 and, where it takes an {@code organisationId}, 404.
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
            List<String> statuses = new ArrayList<>(List.of("401", "429", "500", "503"));
            if (takesQuery(operation, "organisationId")) {
                statuses.add("404"); // an organisation outside the caller's reach answers as an unknown one
            }
            for (String status : statuses) {
                Object content = responses == null || responses.get(status) == null ? null
                        : responses.get(status).get("content");
                if (!(content instanceof Map<?, ?> types) || !types.containsKey("application/problem+json")) {
                    defects.add(name + ": no problem+json answer documented for " + status);
                }
            }
        }));
        assertEquals(List.of(), defects);
    }

    private static boolean takesQuery(Map<String, Object> operation, String name) {
        return operation.get("parameters") instanceof List<?> parameters && parameters.stream()
                .anyMatch(p -> p instanceof Map<?, ?> parameter && "query".equals(parameter.get("in"))
                        && name.equals(parameter.get("name")));
    }
}
