package vn.dvk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import vn.dvk.testing.HostileInput;

/**
 * jqwik arbitraries for the requests of one operation: path parameters (values that exist, mixed with hostile
 * segments), query parameters from their schemas, the headers the suite reads (If-Match, Idempotency-Key,
 * Accept-Language, Accept), a body from the request schema, and a caller.
 */
public final class Requests {

    /** The request line stays under the server's 4 KiB limit: what Vert.x refuses before us is not fuzzed here. */
    private static final int LONGEST_VALUE = 1_000;
    private static final List<String> IF_MATCH = List.of("\"1\"", "\"2\"", "\"3\"", "\"0\"", "W/\"1\"", "*",
            "\"-1\"", "\"99999999999999999999\"", "1", "\"x\"", "\"1\", \"2\"", "");
    private static final List<String> IDEMPOTENCY_KEYS = List.of("k-1", "k-2", "k\"ey", "a b", "x".repeat(300), "");
    private static final List<String> LANGUAGES = List.of("vi", "en", "en-US,en;q=0.9", "*", "xx", "vi;q=abc",
            ";;;", "a".repeat(500));
    private static final List<String> ACCEPT = List.of("application/json", "*/*", "application/problem+json",
            "text/csv", "text/html", "application/json;q=0", "garbage");

    private final KnownValues known;
    private final List<Caller> callers;
    private final JsonBodies bodies;

    public Requests(KnownValues known, List<Caller> callers) {
        this.known = known;
        this.callers = List.copyOf(callers);
        this.bodies = new JsonBodies(known);
    }

    public Arbitrary<FuzzRequest> of(ApiOperation operation) {
        Arbitrary<String> target = target(operation);
        Arbitrary<Map<String, String>> headers = headers(operation);
        Arbitrary<Optional<Tuple.Tuple2<String, byte[]>>> body = body(operation);
        return Combinators.combine(Arbitraries.of(callers), target, headers, body).as((caller, path, head, content) ->
                new FuzzRequest(operation, caller, path, head, content.map(Tuple.Tuple2::get1).orElse(null),
                        content.map(Tuple.Tuple2::get2).orElse(null)));
    }

    private Arbitrary<String> target(ApiOperation operation) {
        List<Arbitrary<String>> parts = new ArrayList<>();
        List<ApiOperation.Parameter> pathParameters = operation.in("path");
        for (ApiOperation.Parameter parameter : pathParameters) {
            parts.add(pathValue(operation.path(), parameter));
        }
        List<Arbitrary<Optional<String>>> query = new ArrayList<>();
        for (ApiOperation.Parameter parameter : operation.in("query")) {
            Arbitrary<Optional<String>> present = queryValue(parameter)
                    .map(value -> Optional.of(encode(parameter.name()) + "=" + value));
            query.add(Arbitraries.frequencyOf(Tuple.of(parameter.required() ? 9 : 1, present),
                    Tuple.of(1, Arbitraries.just(Optional.empty()))));
        }
        query.add(Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Optional.empty())),
                Tuple.of(1, Arbitraries.of(HostileInput.queryValues()).filter(v -> v.length() < LONGEST_VALUE)
                        .map(v -> Optional.of("unexpected=" + v)))));
        Arbitrary<List<String>> pathValues = parts.isEmpty() ? Arbitraries.just(List.of()) : Combinators.combine(parts)
                .as(list -> list);
        return Combinators.combine(pathValues, Combinators.combine(query).as(list -> list)).as((values, pairs) -> {
            String path = operation.path();
            for (int i = 0; i < pathParameters.size(); i++) {
                path = path.replace("{" + pathParameters.get(i).name() + "}", values.get(i));
            }
            List<String> present = pairs.stream().flatMap(Optional::stream).toList();
            return present.isEmpty() ? path : path + "?" + String.join("&", present);
        });
    }

    private Arbitrary<String> pathValue(String path, ApiOperation.Parameter parameter) {
        List<String> existing = known.forPath(path, parameter.name());
        Arbitrary<String> valid = existing.isEmpty() ? schemaValue(parameter.schema())
                : Arbitraries.of(existing).map(Requests::encode);
        return Arbitraries.frequencyOf(Tuple.of(7, valid), Tuple.of(1, schemaValue(parameter.schema())),
                Tuple.of(2, Arbitraries.of(HostileInput.pathSegments()).filter(v -> v.length() < LONGEST_VALUE)));
    }

    private Arbitrary<String> queryValue(ApiOperation.Parameter parameter) {
        List<String> existing = known.forName(parameter.name());
        List<Tuple.Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
        choices.add(Tuple.of(5, schemaValue(parameter.schema())));
        if (!existing.isEmpty()) {
            choices.add(Tuple.of(5, Arbitraries.of(existing).map(Requests::encode)));
        }
        choices.add(Tuple.of(2, Arbitraries.of(HostileInput.queryValues()).filter(v -> v.length() < LONGEST_VALUE)));
        return Arbitraries.frequencyOf(choices.toArray(Tuple.Tuple2[]::new));
    }

    /** A value the schema allows (most of the time) or one just past what it allows, percent-encoded. */
    private static Arbitrary<String> schemaValue(JsonNode schema) {
        JsonNode items = schema.path("items");
        JsonNode actual = schema.path("type").asText().equals("array") && items.isObject() ? items : schema;
        Arbitrary<String> value;
        if (actual.has("enum")) {
            List<String> values = new ArrayList<>();
            actual.get("enum").forEach(v -> values.add(v.asText()));
            value = Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(values)),
                    Tuple.of(1, Arbitraries.of(values).map(String::toLowerCase)));
        } else {
            value = switch (actual.path("type").asText("string")) {
                case "integer", "number" -> {
                    long min = actual.has("minimum") ? actual.get("minimum").asLong() : -3;
                    long max = actual.has("maximum") ? actual.get("maximum").asLong() : 1_000;
                    yield Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.longs().between(min, Math.max(min, max))),
                            Tuple.of(1, Arbitraries.of(min - 1, max + 1, Long.MAX_VALUE)))
                            .map(String::valueOf).map(v -> v.equals("9223372036854775807") ? v + "0" : v);
                }
                case "boolean" -> Arbitraries.of("true", "false", "yes", "1");
                default -> switch (actual.path("format").asText("")) {
                    case "date" -> Arbitraries.of("2026-01-05", "2026-02-30", "2026-1-5", "0000-01-01", "9999-12-31");
                    case "date-time" -> Arbitraries.of("2026-01-05T10:00:00Z", "2026-01-05T10:00:00+07:00",
                            "2026-01-05", "yesterday");
                    case "uuid" -> Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                            .as((high, low) -> new java.util.UUID(high, low).toString());
                    default -> Arbitraries.strings().withChars("abcxyz0123456789-_.đ ").ofMinLength(0).ofMaxLength(20);
                };
            };
        }
        return value.map(Requests::encode);
    }

    private static Arbitrary<Map<String, String>> headers(ApiOperation operation) {
        Arbitrary<Optional<String>> ifMatch = operation.takesHeader("If-Match")
                ? Arbitraries.frequencyOf(Tuple.of(8, Arbitraries.of(IF_MATCH).map(Optional::of)),
                        Tuple.of(1, Arbitraries.just(Optional.empty())))
                : Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Optional.<String>empty())),
                        Tuple.of(1, Arbitraries.of(IF_MATCH).map(Optional::of)));
        Arbitrary<Optional<String>> idempotencyKey = optional(operation.takesHeader("Idempotency-Key") ? 1 : 5,
                Arbitraries.frequencyOf(Tuple.of(3, Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                        .as((high, low) -> new java.util.UUID(high, low).toString())),
                        Tuple.of(1, Arbitraries.of(IDEMPOTENCY_KEYS))));
        Arbitrary<Optional<String>> language = optional(1, Arbitraries.of(LANGUAGES));
        Arbitrary<Optional<String>> accept = optional(2, Arbitraries.of(ACCEPT));
        return Combinators.combine(ifMatch, idempotencyKey, language, accept).as((tag, key, lang, type) -> {
            Map<String, String> headers = new LinkedHashMap<>();
            tag.ifPresent(v -> headers.put("If-Match", v));
            key.ifPresent(v -> headers.put("Idempotency-Key", v));
            lang.ifPresent(v -> headers.put("Accept-Language", v));
            type.ifPresent(v -> headers.put("Accept", v));
            return headers;
        });
    }

    /** Present {@code 1} time in {@code 1 + absentWeight}. */
    private static Arbitrary<Optional<String>> optional(int absentWeight, Arbitrary<String> values) {
        return Arbitraries.frequencyOf(Tuple.of(1, values.map(Optional::of)),
                Tuple.of(absentWeight, Arbitraries.just(Optional.empty())));
    }

    /** The content type and bytes, or none. */
    private Arbitrary<Optional<Tuple.Tuple2<String, byte[]>>> body(ApiOperation operation) {
        if (operation.requestType() == null) {
            return Arbitraries.frequencyOf(Tuple.of(9, Arbitraries.just(Optional.empty())),
                    Tuple.of(1, Arbitraries.just(Optional.of(Tuple.of("application/json", "{\"x\":1}".getBytes(
                            StandardCharsets.UTF_8))))));
        }
        if (operation.requestType().startsWith("multipart/")) {
            return Multipart.bodies().map(Optional::of);
        }
        Arbitrary<String> json = bodies.bodies(operation.requestBody() == null
                ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode() : operation.requestBody());
        Arbitrary<String> type = Arbitraries.frequencyOf(Tuple.of(18, Arbitraries.just(operation.requestType())),
                Tuple.of(1, Arbitraries.of("text/plain", "application/xml", "application/json; charset=latin1",
                        "multipart/form-data")));
        return Combinators.combine(type, json).as((t, text) -> Optional.of(Tuple.of(t,
                text.getBytes(StandardCharsets.UTF_8))));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
