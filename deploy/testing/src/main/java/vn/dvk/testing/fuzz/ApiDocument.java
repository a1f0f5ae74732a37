package vn.dvk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import vn.dvk.testing.PlainHttp;

/**
 * A service's OpenAPI document, as it serves it at {@code /q/openapi}, read into its operations. Plain Jackson
 * rather than a parser library: the document smallrye-openapi writes uses only local {@code $ref}s, which
 * {@link #resolve} follows.
 */
public final class ApiDocument {

    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode document;

    private ApiDocument(JsonNode document) {
        this.document = document;
    }

    /** Reads the document the service at {@code baseUri} serves. */
    public static ApiDocument fetch(URI baseUri) {
        try {
            HttpResponse<String> response = PlainHttp.newClient().send(HttpRequest.newBuilder(
                    baseUri.resolve("/q/openapi?format=json")).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("/q/openapi answered " + response.statusCode());
            }
            return new ApiDocument(JSON.readTree(response.body()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Every operation, in the document's order. */
    public List<ApiOperation> operations() {
        List<ApiOperation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            JsonNode shared = path.getValue().path("parameters");
            for (String method : METHODS) {
                JsonNode operation = path.getValue().path(method);
                if (operation.isMissingNode()) {
                    continue;
                }
                List<ApiOperation.Parameter> parameters = new ArrayList<>();
                for (JsonNode list : List.of(shared, operation.path("parameters"))) {
                    for (JsonNode parameter : list) {
                        JsonNode p = resolve(parameter);
                        parameters.add(new ApiOperation.Parameter(p.path("name").asText(), p.path("in").asText(),
                                p.path("required").asBoolean(false), resolve(p.path("schema"))));
                    }
                }
                JsonNode content = resolve(operation.path("requestBody")).path("content");
                String requestType = content.fieldNames().hasNext() ? content.fieldNames().next() : null;
                JsonNode body = requestType == null ? null : resolveDeep(content.path(requestType).path("schema"), 0);
                operations.add(new ApiOperation(operation.path("operationId").asText(method + " " + path.getKey()),
                        method.toUpperCase(), path.getKey(), List.copyOf(parameters), body, requestType,
                        answersWithStream(operation)));
            }
        }
        return operations;
    }

    private static boolean answersWithStream(JsonNode operation) {
        for (JsonNode response : operation.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    /** The node a local {@code $ref} points at (or the node itself). */
    JsonNode resolve(JsonNode node) {
        while (node.has("$ref")) {
            String ref = node.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                throw new IllegalArgumentException("Only local references are followed: " + ref);
            }
            node = document.at(ref.substring(1));
        }
        return node;
    }

    /** The schema with every reference inside it replaced by what it names (cycles cut after a few levels). */
    private JsonNode resolveDeep(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        if (!resolved.isObject() || depth > 6) {
            return resolved;
        }
        ObjectNode copy = ((ObjectNode) resolved).deepCopy();
        for (String key : List.of("items", "additionalProperties")) {
            if (copy.get(key) != null && copy.get(key).isObject()) {
                copy.set(key, resolveDeep(copy.get(key), depth + 1));
            }
        }
        if (copy.get("properties") instanceof ObjectNode properties) {
            properties.fieldNames().forEachRemaining(name -> properties.set(name,
                    resolveDeep(properties.get(name), depth + 1)));
        }
        for (String key : List.of("allOf", "oneOf", "anyOf")) {
            if (copy.get(key) != null && copy.get(key).isArray()) {
                var array = copy.putArray(key);
                resolved.get(key).forEach(item -> array.add(resolveDeep(item, depth + 1)));
            }
        }
        return copy;
    }
}
