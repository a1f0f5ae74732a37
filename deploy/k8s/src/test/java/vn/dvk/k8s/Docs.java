package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/** Small helpers over rendered documents. */
final class Docs {

    private Docs() {
    }

    static String kind(JsonNode doc) {
        return doc.path("kind").asText();
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static String id(JsonNode doc) {
        return kind(doc) + "/" + name(doc);
    }

    static List<ObjectNode> ofKind(List<ObjectNode> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(kind(d))).collect(Collectors.toList());
    }

    static Optional<ObjectNode> find(List<ObjectNode> docs, String kind, String name) {
        return docs.stream().filter(d -> kind.equals(kind(d)) && name.equals(name(d))).findFirst();
    }

    static ObjectNode get(List<ObjectNode> docs, String kind, String name) {
        return find(docs, kind, name).orElseThrow(() -> new AssertionError("no " + kind + "/" + name));
    }

    /** Follows a path of field names and list indexes ("spec", "template", 0, ...). */
    static JsonNode at(JsonNode node, Object... path) {
        JsonNode current = node;
        for (Object step : path) {
            current = step instanceof Integer i ? current.path(i) : current.path(step.toString());
        }
        return current;
    }

    static Iterable<JsonNode> each(JsonNode array) {
        return array::elements;
    }

    static List<JsonNode> list(JsonNode array) {
        return StreamSupport.stream(each(array).spliterator(), false).collect(Collectors.toList());
    }

    static Map<String, String> labels(JsonNode node) {
        Map<String, String> labels = new TreeMap<>();
        node.fields().forEachRemaining(e -> labels.put(e.getKey(), e.getValue().asText()));
        return labels;
    }

    /** Whether a label selector's matchLabels (and matchExpressions with In) select these labels. */
    static boolean selects(JsonNode selector, Map<String, String> labels) {
        if (selector.isMissingNode() || selector.isNull()) {
            return false;
        }
        for (var e : labels(selector.path("matchLabels")).entrySet()) {
            if (!e.getValue().equals(labels.get(e.getKey()))) {
                return false;
            }
        }
        for (JsonNode expression : each(selector.path("matchExpressions"))) {
            String key = expression.path("key").asText();
            String operator = expression.path("operator").asText();
            List<String> values = list(expression.path("values")).stream().map(JsonNode::asText).toList();
            boolean present = labels.containsKey(key);
            boolean ok = switch (operator) {
                case "In" -> present && values.contains(labels.get(key));
                case "NotIn" -> !present || !values.contains(labels.get(key));
                case "Exists" -> present;
                case "DoesNotExist" -> !present;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    static String truncate(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ");
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max) + "…";
    }
}
