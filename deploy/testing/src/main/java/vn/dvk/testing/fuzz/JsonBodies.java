package vn.dvk.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * JSON bodies drawn from a request schema: mostly valid-shaped (so that requests get past parsing and into the
 * domain's rules), and the ways clients and attackers break them: a required field missing, an unknown field, a
 * value of the wrong type, null, a string far too long, boundary values, unusual Unicode, and text that is not JSON.
 */
final class JsonBodies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Text a person might type, and what breaks naive handling: NUL, bidi override, emoji, decomposed accents. */
    private static final List<String> ODD_TEXT = List.of("\u0000", "a\u202Eb", "\uD83D\uDE00", "e\u0301", "\uFFFF",
            "\t\n", "<script>alert(1)</script>", "' or 1=1 --", "${jndi:ldap://x}", "%s%n", "Đồng Tháp", " ",
            "\u200B", "\\", "\"");

    private final KnownValues known;

    JsonBodies(KnownValues known) {
        this.known = known;
    }

    /** A body for the schema, as the bytes of its text. */
    Arbitrary<String> bodies(JsonNode schema) {
        Arbitrary<JsonNode> valid = value(null, schema, 0);
        return Arbitraries.frequencyOf(
                Tuple.of(6, valid.map(JsonBodies::text)),
                Tuple.of(1, valid.flatMap(node -> withoutOneField(node, schema)).map(JsonBodies::text)),
                Tuple.of(1, valid.flatMap(node -> withOneField(node, Arbitraries.strings().alpha().ofLength(6),
                        hostileValue())).map(JsonBodies::text)),
                Tuple.of(2, valid.flatMap(node -> withOneFieldReplaced(node, hostileValue())).map(JsonBodies::text)),
                Tuple.of(1, valid.map(JsonBodies::text).flatMap(JsonBodies::broken)),
                Tuple.of(1, Arbitraries.of("", "null", "[]", "{}", "42", "\"x\"", "true")));
    }

    /** A valid-shaped value for a schema; {@code name} is the field's name, for known values. */
    private Arbitrary<JsonNode> value(String name, JsonNode schema, int depth) {
        if (schema.has("allOf") && schema.get("allOf").size() > 0) {
            return value(name, schema.get("allOf").get(0), depth);
        }
        for (String choice : List.of("oneOf", "anyOf")) {
            if (schema.has(choice) && schema.get(choice).size() > 0) {
                List<Arbitrary<JsonNode>> options = new ArrayList<>();
                schema.get(choice).forEach(option -> options.add(value(name, option, depth)));
                return Arbitraries.oneOf(options);
            }
        }
        if (name != null && !known.forName(name).isEmpty() && "string".equals(type(schema))) {
            return Arbitraries.frequencyOf(Tuple.of(4, Arbitraries.of(known.forName(name)).map(NODES::textNode)),
                    Tuple.of(1, string(schema)));
        }
        return switch (type(schema)) {
            case "object" -> depth > 5 ? Arbitraries.just(NODES.objectNode()) : object(schema, depth);
            case "array" -> array(name, schema, depth);
            case "integer" -> integer(schema);
            case "number" -> integer(schema).map(n -> NODES.numberNode(n.asLong() + 0.5));
            case "boolean" -> Arbitraries.of(true, false).map(NODES::booleanNode);
            default -> string(schema);
        };
    }

    private static String type(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isArray()) { // OpenAPI 3.1: ["string", "null"]
            for (JsonNode t : type) {
                if (!"null".equals(t.asText())) {
                    return t.asText();
                }
            }
        }
        if (type.isTextual()) {
            return type.asText();
        }
        return schema.has("properties") ? "object" : schema.has("items") ? "array" : "string";
    }

    private Arbitrary<JsonNode> object(JsonNode schema, int depth) {
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(r -> required.add(r.asText()));
        List<Arbitrary<Optional<Tuple.Tuple2<String, JsonNode>>>> fields = new ArrayList<>();
        for (Iterator<String> names = schema.path("properties").fieldNames(); names.hasNext();) {
            String name = names.next();
            Arbitrary<Optional<Tuple.Tuple2<String, JsonNode>>> present = value(name,
                    schema.path("properties").get(name), depth + 1).map(v -> Optional.of(Tuple.of(name, v)));
            fields.add(required.contains(name) ? present : Arbitraries.frequencyOf(Tuple.of(3, present),
                    Tuple.of(1, Arbitraries.just(Optional.empty()))));
        }
        if (fields.isEmpty()) {
            return Arbitraries.just(NODES.objectNode());
        }
        return Combinators.combine(fields).as(list -> {
            ObjectNode object = NODES.objectNode();
            list.forEach(field -> field.ifPresent(f -> object.set(f.get1(), f.get2())));
            return object;
        });
    }

    private Arbitrary<JsonNode> array(String name, JsonNode schema, int depth) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.max(min, Math.min(schema.path("maxItems").asInt(4), min + 4));
        return value(name, schema.path("items"), depth + 1).list().ofMinSize(min).ofMaxSize(max).map(items -> {
            ArrayNode array = NODES.arrayNode();
            items.forEach(array::add);
            return array;
        });
    }

    private static Arbitrary<JsonNode> integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : -5;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : Math.max(min, 0) + 1_000;
        return Arbitraries.frequencyOf(Tuple.of(5, Arbitraries.longs().between(min, Math.max(min, max))),
                Tuple.of(1, Arbitraries.of(min - 1, max + 1, Long.MAX_VALUE, Long.MIN_VALUE, 0L)))
                .map(NODES::numberNode);
    }

    private static Arbitrary<JsonNode> string(JsonNode schema) {
        if (schema.has("enum")) {
            List<String> values = new ArrayList<>();
            schema.get("enum").forEach(v -> values.add(v.asText()));
            return Arbitraries.frequencyOf(Tuple.of(6, Arbitraries.of(values)),
                    Tuple.of(1, Arbitraries.of(values).map(v -> v.toLowerCase() + " ")))
                    .map(NODES::textNode);
        }
        Arbitrary<String> formatted = switch (schema.path("format").asText("")) {
            case "date" -> Arbitraries.of("2026-01-05", "2024-02-29", "2999-12-31", "1900-01-01", "2026-13-01");
            case "date-time" -> Arbitraries.of("2026-01-05T10:00:00Z", "2026-01-05T10:00:00+07:00", "2026-01-05");
            case "uuid" -> Combinators.combine(Arbitraries.longs(), Arbitraries.longs())
                    .as((high, low) -> new java.util.UUID(high, low).toString());
            default -> null;
        };
        if (formatted != null) {
            return formatted.map(NODES::textNode);
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.has("maxLength") ? schema.get("maxLength").asInt() : 200;
        Arbitrary<String> text = Arbitraries.strings().withChars("aăâbcdđeêghiklmnoôơpqrstuưvxyAĂĐ -.,0123456789")
                .ofMinLength(Math.max(min, 1)).ofMaxLength(Math.max(Math.max(min, 1), Math.min(max, 60)));
        return Arbitraries.frequencyOf(Tuple.of(8, text),
                Tuple.of(1, Arbitraries.of(ODD_TEXT)),
                Tuple.of(1, Arbitraries.of(max + 1, Math.max(min - 1, 0), max).map("ê"::repeat)))
                .map(NODES::textNode);
    }

    /** A value no schema field expects where it stands: wrong type, null, huge, deeply nested. */
    private static Arbitrary<JsonNode> hostileValue() {
        return Arbitraries.oneOf(
                Arbitraries.just(NODES.nullNode()),
                Arbitraries.of(0L, -1L, Long.MAX_VALUE).map(NODES::numberNode),
                Arbitraries.just(NODES.numberNode(new java.math.BigDecimal("1e400"))),
                Arbitraries.of(true, false).map(NODES::booleanNode),
                Arbitraries.of(ODD_TEXT).map(NODES::textNode),
                Arbitraries.of(10_000, 200_000).map(n -> NODES.textNode("x".repeat(n))),
                Arbitraries.just(NODES.objectNode().put("a", 1)),
                Arbitraries.just(NODES.arrayNode().add("a").add(1)));
    }

    private static Arbitrary<JsonNode> withoutOneField(JsonNode node, JsonNode schema) {
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            return Arbitraries.just(node);
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return Arbitraries.of(names).map(name -> {
            ObjectNode copy = object.deepCopy();
            copy.remove(name);
            return copy;
        });
    }

    private static Arbitrary<JsonNode> withOneField(JsonNode node, Arbitrary<String> names, Arbitrary<JsonNode> values) {
        if (!(node instanceof ObjectNode object)) {
            return Arbitraries.just(node);
        }
        return Combinators.combine(names, values).as((name, value) -> {
            ObjectNode copy = object.deepCopy();
            copy.set(name, value);
            return copy;
        });
    }

    private static Arbitrary<JsonNode> withOneFieldReplaced(JsonNode node, Arbitrary<JsonNode> values) {
        if (!(node instanceof ObjectNode object) || object.isEmpty()) {
            return Arbitraries.just(node);
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return withOneField(node, Arbitraries.of(names), values);
    }

    /** Text that is no longer the document: cut, doubled, wrapped, with a lone surrogate or a raw control. */
    private static Arbitrary<String> broken(String text) {
        return Arbitraries.of(
                text.substring(0, text.length() / 2),
                text + text,
                "[" + text + "]",
                text.replaceFirst(":", ":\"\\ud800\","),
                text.replaceFirst("\"", "\"\u0001"),
                text.replace("\"", "'"),
                "[".repeat(3_000) + "]".repeat(3_000));
    }

    private static String text(JsonNode node) {
        try {
            return JSON.writeValueAsString(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
