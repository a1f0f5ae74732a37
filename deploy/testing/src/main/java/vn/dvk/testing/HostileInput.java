package vn.dvk.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.restassured.response.Response;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What fuzzers and careless clients send, as a catalogue and as seeded mutations of a valid request, with the
 * one rule every answer must keep: a 4xx problem+json for what the client got wrong (never a 5xx), or success
 * when the mutation happens to be a valid request.
 */
public final class HostileInput {

    private HostileInput() {
    }

    /** Path segments, already percent-encoded as a client would put them on the wire. */
    public static List<String> pathSegments() {
        return List.of("%20", "%22", "%7B%7D", "%00", "%0A", "%0D%0A", "%27%3B--", "%3Cscript%3E", "..%2F..%2Fetc",
                "%E2%80%AE", "%ED%A0%80", "%FF%FE", "%C0%AF", "0", "-1", "null", "00000000-0000-0000-0000-00000000000g",
                "a".repeat(3_000), "%F0%9F%98%80", "%25");
    }

    /**
     * Request targets that are not percent-encoded at all. Vert.x Web fails them with a bare 400 while matching
     * routes, before any hook of Quarkus' or ours runs: refused, but without a problem body.
     */
    public static List<String> malformedEscapes() {
        return List.of("%u0000", "%ZZ", "%", "%4", "a%%b");
    }

    /** Query values, percent-encoded. */
    public static List<String> queryValues() {
        List<String> values = new ArrayList<>(pathSegments());
        values.addAll(List.of("", "%09", "dvk-2026%00", "DVK-2026", "dvk_2026", "-dvk", "x".repeat(65)));
        return values;
    }

    /**
     * Bodies a valid one can be broken into, by name. {@code textField} names a text field of the valid body
     * and {@code enumField} an enum field (either may be null when the request has none).
     */
    public static Map<String, byte[]> bodies(String valid, String textField, String enumField) {
        Map<String, String> bodies = new LinkedHashMap<>();
        String open = valid.substring(0, valid.lastIndexOf('}'));
        bodies.put("empty", "");
        bodies.put("null", "null");
        bodies.put("array", "[" + valid + "]");
        bodies.put("string", "\"" + valid.replace("\"", "\\\"") + "\"");
        bodies.put("number", "42");
        bodies.put("truncated", valid.substring(0, valid.length() / 2));
        bodies.put("trailing document", valid + valid);
        bodies.put("trailing garbage", valid + " x");
        bodies.put("unknown field", open + ",\"unexpected\":1}");
        bodies.put("deep nesting", "[".repeat(5_000) + "]".repeat(5_000));
        bodies.put("huge unknown string", open + ",\"x\":\"" + "a".repeat(2_000_000) + "\"}");
        if (textField != null) {
            bodies.put("repeated key", open + ",\"" + textField + "\":\"b\"}");
            bodies.put("NUL in text", replaceValue(valid, textField, "\"a\\u0000b\""));
            bodies.put("raw control character in text", replaceValue(valid, textField, "\"a\u0001b\""));
            bodies.put("C1 control in text", replaceValue(valid, textField, "\"a\\u0085b\""));
            bodies.put("lone surrogate in text", replaceValue(valid, textField, "\"a\\ud800b\""));
            bodies.put("number as text", replaceValue(valid, textField, "12345"));
            bodies.put("boolean as text", replaceValue(valid, textField, "true"));
            bodies.put("object as text", replaceValue(valid, textField, "{\"a\":1}"));
            bodies.put("array as text", replaceValue(valid, textField, "[\"a\"]"));
            bodies.put("text far too long", replaceValue(valid, textField, "\"" + "ô".repeat(100_000) + "\""));
        }
        if (enumField != null) {
            bodies.put("number as enum", replaceValue(valid, enumField, "0"));
            bodies.put("padded enum", replaceValue(valid, enumField, "\" " + enumValue(valid, enumField) + "\""));
            bodies.put("lower-case enum", replaceValue(valid, enumField,
                    "\"" + enumValue(valid, enumField).toLowerCase() + "\""));
            bodies.put("empty enum", replaceValue(valid, enumField, "\"\""));
            bodies.put("null enum", replaceValue(valid, enumField, "null"));
        }
        Map<String, byte[]> bytes = new LinkedHashMap<>();
        bodies.forEach((name, body) -> bytes.put(name, body.getBytes(StandardCharsets.UTF_8)));
        byte[] invalidUtf8 = valid.getBytes(StandardCharsets.UTF_8);
        invalidUtf8[invalidUtf8.length / 2] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        bytes.put("invalid UTF-8", invalidUtf8);
        return bytes;
    }

    /** Seeded random damage to a valid body: deleted, doubled, swapped and replaced characters. */
    public static List<byte[]> mutations(String valid, long seed, int count) {
        Random random = new Random(seed);
        String alphabet = "{}[]\":,\\0123456789-+.eEtrufalsn \u0000\u001f\u007fđĐ\uD83D\uDE00\uFFFF";
        List<byte[]> mutated = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder body = new StringBuilder(valid);
            int edits = 1 + random.nextInt(4);
            for (int e = 0; e < edits && body.length() > 0; e++) {
                int at = random.nextInt(body.length());
                switch (random.nextInt(4)) {
                    case 0 -> body.deleteCharAt(at);
                    case 1 -> body.insert(at, body.charAt(at));
                    case 2 -> body.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
                    default -> body.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            mutated.add(body.toString().getBytes(StandardCharsets.UTF_8));
        }
        return mutated;
    }

    /** An answer as read off the wire. */
    public record RawResponse(int status, String contentType, String body) {
    }

    /**
     * Sends a request exactly as written, through a plain socket: HTTP clients refuse to send malformed
     * escapes ({@code %u0000}), raw spaces or lone bytes in a path, and fuzzers send them anyway.
     */
    public static RawResponse send(String method, String pathAndQuery, String bearerToken) {
        try (java.net.Socket socket = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            socket.setSoTimeout(30_000);
            String request = method + " " + pathAndQuery + " HTTP/1.1\r\nHost: localhost\r\n"
                    + (bearerToken == null ? "" : "Authorization: Bearer " + bearerToken + "\r\n")
                    + "Content-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int headersEnd = answer.indexOf("\r\n\r\n");
            String head = headersEnd < 0 ? answer : answer.substring(0, headersEnd);
            String contentType = head.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(l.indexOf(':') + 1).trim().replaceFirst(";.*", "")).findFirst().orElse(null);
            return new RawResponse(Integer.parseInt(head.split(" ")[1]), contentType,
                    headersEnd < 0 ? "" : answer.substring(headersEnd + 4));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The rule for a raw request: a 4xx problem+json (or, with {@code mayPass}, a success). */
    public static void assertAnsweredCleanly(RawResponse response, String what, boolean mayPass) {
        int status = response.status();
        assertTrue(status < 500 && (mayPass || status >= 400), what + " answered " + status + ": " + response.body());
        if (status >= 400) {
            assertEquals("application/problem+json", response.contentType(), what + " (" + status + "): "
                    + response.body());
            assertTrue(response.body().contains("\"status\":" + status), what + ": " + response.body());
        }
    }

    /** The rule: a clean refusal (4xx problem+json) or, for a request that happens to be valid, a success. */
    public static void assertAnsweredCleanly(Response response, String what) {
        int status = response.statusCode();
        assertTrue(status < 500, what + " answered " + status + ": " + response.asString());
        if (status >= 400) {
            assertProblem(response, what);
        }
    }

    /** A 4xx problem+json whose body states the same status. */
    public static void assertRefused(Response response, String what) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, what + " answered " + status + ": " + response.asString());
        assertProblem(response, what);
    }

    private static void assertProblem(Response response, String what) {
        assertEquals("application/problem+json", response.contentType(),
                what + " (" + response.statusCode() + "): " + response.asString());
        JsonNode status = JsonAnswer.of(response).path("status");
        assertTrue(status.isInt(), what + ": no status in " + response.asString());
        assertEquals(response.statusCode(), status.intValue(), what + ": " + response.asString());
    }

    private static String replaceValue(String json, String field, String value) {
        String replaced = json.replaceFirst("\"" + field + "\"\\s*:\\s*(\"[^\"]*\"|[^,}]+)",
                java.util.regex.Matcher.quoteReplacement("\"" + field + "\":" + value));
        if (replaced.equals(json)) {
            throw new IllegalArgumentException("No field " + field + " in " + json);
        }
        return replaced;
    }

    private static String enumValue(String json, String field) {
        var matcher = java.util.regex.Pattern.compile("\"" + field + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        if (!matcher.find()) {
            throw new IllegalArgumentException("No text field " + field + " in " + json);
        }
        return matcher.group(1);
    }
}
