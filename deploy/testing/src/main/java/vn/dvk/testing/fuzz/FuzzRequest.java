package vn.dvk.testing.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * One generated request.
 *
 * @param target the path and query, percent-encoded as on the wire
 * @param body null for none
 */
public record FuzzRequest(ApiOperation operation, Caller caller, String target, Map<String, String> headers,
        String contentType, byte[] body) {

    /** What to put in a report to replay it: method, target, headers, caller, and the start of the body. */
    public String describe() {
        String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
        return operation.method() + " " + abbreviate(target, 300) + " as " + caller.name() + " " + headers
                + (contentType == null ? "" : " [" + contentType + "] ") + abbreviate(text, 400);
    }

    static String abbreviate(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…(" + text.length() + " chars)";
    }
}
