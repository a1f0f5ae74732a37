package vn.dvk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.ResponseBodyExtractionOptions;
import java.io.IOException;

/**
 * An answer's JSON body read by Jackson, for helpers that many tests call: rest-assured's {@code path(...)} and
 * {@code jsonPath()} compile a Groovy script for each expression they evaluate, which was a tenth of a service
 * suite's CPU when the fuzzers and the draft helpers read every answer so.
 */
public final class JsonAnswer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private JsonAnswer() {
    }

    /** The body as a tree; fails the test, quoting the body, when it is not JSON. */
    public static JsonNode of(ResponseBodyExtractionOptions body) {
        try {
            return JSON.readTree(body.asByteArray());
        } catch (IOException e) {
            throw new AssertionError("The answer is not JSON: " + body.asString(), e);
        }
    }
}
