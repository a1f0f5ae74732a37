package vn.dvk.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.dvk.contracts.ContractFiles;

/** The checks a service's OpenAPI document must pass for a frontend team to generate a client from it. */
public final class OpenApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Set, the served document replaces the contract's copy in the source tree: the API changed on purpose. */
    public static final String ACCEPT_PROPERTY = "dvk.openapi.accept";
    private static final int DIFFERENCES_SHOWN = 12;

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

    /**
     * Fails, naming where they differ, unless the document the service serves is the one deploy/contracts holds for
     * it ({@link ContractFiles#openApi}): deploy/web-app lints that copy and generates its client from it, so a
     * change of the API shows here, in the service's own build, and in the review of the copy's diff. With
     * {@code -Ddvk.openapi.accept} the served document is written over the copy instead (run from the service's
     * folder, as Maven runs its tests).
     */
    public static void assertIsTheContract(String service) {
        String served = given().get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        try {
            JsonNode copyAsHeld = contractCopy(service);
            JsonNode actual = withoutDeploymentValues(JSON.readTree(served));
            JsonNode contract = withoutDeploymentValues(copyAsHeld);
            if (actual.equals(contract)) {
                return;
            }
            Path copy = Path.of("..", "deploy", "contracts", "src", "main", "resources", ContractFiles.openApi(service));
            if (Boolean.getBoolean(ACCEPT_PROPERTY)) {
                // the served document with the copy's discovery address (the production default), not the mock's
                JsonNode accepted = JSON.readTree(served);
                copyAsHeld.path("components").path("securitySchemes").fields().forEachRemaining(scheme -> {
                    if (accepted.path("components").path("securitySchemes").get(scheme.getKey())
                            instanceof ObjectNode target && scheme.getValue().has("openIdConnectUrl")) {
                        target.set("openIdConnectUrl", scheme.getValue().get("openIdConnectUrl"));
                    }
                });
                Files.writeString(copy, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(accepted));
                return;
            }
            List<String> differences = new ArrayList<>();
            differences(contract, actual, "", differences);
            throw new AssertionError(service + " serves another OpenAPI document than " + copy.normalize()
                    + " (the web app's client is generated from that copy); where they differ (contract -> served):\n  "
                    + String.join("\n  ", differences)
                    + "\nIf the API changed on purpose: ./mvnw verify -pl " + service + " -D" + ACCEPT_PROPERTY
                    + " -Dtest=OpenApiTest, and commit the copy with the change.");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A copy of the document less what each deployment sets rather than the API: the security schemes' OpenID
     * Connect discovery address follows the issuer the service is configured with (a mock issuer on a free port in
     * the tests). The document given is left as it is.
     */
    public static JsonNode withoutDeploymentValues(JsonNode document) {
        JsonNode copy = document.deepCopy();
        copy.path("components").path("securitySchemes").forEach(scheme -> {
            if (scheme instanceof ObjectNode object) {
                object.remove("openIdConnectUrl");
            }
        });
        return copy;
    }

    /** deploy/contracts' copy of the service's document, as dvk-contracts on the class path holds it. */
    public static JsonNode contractCopy(String service) throws IOException {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(
                ContractFiles.openApi(service))) {
            if (in == null) {
                throw new AssertionError("no " + ContractFiles.openApi(service) + " in dvk-contracts");
            }
            return JSON.readTree(in);
        }
    }

    /** The JSON pointers where the two documents differ, with both values, up to {@value #DIFFERENCES_SHOWN}. */
    static void differences(JsonNode expected, JsonNode actual, String pointer, List<String> found) {
        if (found.size() >= DIFFERENCES_SHOWN || expected.equals(actual)) {
            return;
        }
        if (expected.isObject() && actual.isObject()) {
            for (Iterator<String> names = expected.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                differences(expected.get(name), actual.path(name), pointer + "/" + escaped(name), found);
            }
            for (Iterator<String> names = actual.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!expected.has(name) && found.size() < DIFFERENCES_SHOWN) {
                    found.add(pointer + "/" + escaped(name) + ": (none) -> " + abbreviated(actual.get(name)));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            for (int i = 0; i < expected.size(); i++) {
                differences(expected.get(i), actual.get(i), pointer + "/" + i, found);
            }
        } else {
            found.add((pointer.isEmpty() ? "/" : pointer) + ": " + abbreviated(expected) + " -> " + abbreviated(actual));
        }
    }

    /** A member's name in a JSON pointer (RFC 6901): a path's slashes are "~1". */
    private static String escaped(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviated(JsonNode node) {
        String text = node.isMissingNode() ? "(none)" : node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }

    private static boolean takesQuery(Map<String, Object> operation, String name) {
        return operation.get("parameters") instanceof List<?> parameters && parameters.stream()
                .anyMatch(p -> p instanceof Map<?, ?> parameter && "query".equals(parameter.get("in"))
                        && name.equals(parameter.get("name")));
    }
}
