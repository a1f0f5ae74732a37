package vn.dvk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * One operation of a service's OpenAPI document, with its schemas already resolved: what the generators need to
 * draw requests for it.
 *
 * @param requestBody the schema of its JSON body, or null when it takes none
 * @param requestType the media type of its body (application/json, multipart/form-data), or null
 * @param streams whether it answers with an event stream (its success stays open: read the head only)
 */
public record ApiOperation(String id, String method, String path, List<Parameter> parameters, JsonNode requestBody,
        String requestType, boolean streams) {

    /** A path, query or header parameter with its schema. */
    public record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    public List<Parameter> in(String location) {
        return parameters.stream().filter(p -> p.in().equals(location)).toList();
    }

    public boolean takesHeader(String name) {
        return in("header").stream().anyMatch(p -> p.name().equalsIgnoreCase(name));
    }

    @Override
    public String toString() {
        return id + " (" + method + " " + path + ")";
    }
}
