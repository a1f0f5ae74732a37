package vn.dvk.k8s;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.kubernetes.client.openapi.models.V1ObjectMeta;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Validates rendered documents as strictly as {@code kubectl apply --validate=strict} would:
 * <ul>
 * <li>built-in kinds with the Kubernetes Java client's models ({@code validateJsonElement}: unknown and
 * missing required fields);</li>
 * <li>custom resources against their CRD's openAPIV3Schema, with {@code additionalProperties: false} added
 * wherever a schema lists properties and does not preserve unknown fields (what the API server's strict
 * field validation rejects), and their metadata with the client's ObjectMeta model: the operators' CRDs of
 * the shared folder, and those bundled with the tests (src/test/resources/crds: the Prometheus Operator's
 * PodMonitor and PrometheusRule);</li>
 * <li>the Keycloak operator's resources, whose CRD is not available here, against schemas written from the
 * operator's sources (src/test/resources/keycloak).</li>
 * </ul>
 * A kind neither known to the client nor described by a schema is itself a problem.
 */
final class SchemaValidator {

    private static final String MODELS = "io.kubernetes.client.openapi.models.";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** "group/version/Kind" → strict JSON schema. */
    private final Map<String, JsonSchema> schemas = new TreeMap<>();

    private SchemaValidator() {
    }

    /** Loads every CRD under the folder and the ones bundled with the tests, and the hand-written Keycloak schemas. */
    static SchemaValidator load(Path crdFolder) {
        SchemaValidator validator = new SchemaValidator();
        validator.addCrds(crdFolder);
        validator.addCrds(Repo.bundledCrds());
        // already strict where they know the structure, open where they do not: used as written
        validator.addJsonSchema("k8s.keycloak.org/v2beta1/Keycloak",
                resource("keycloak/keycloak-v2beta1.schema.json"));
        validator.addJsonSchema("k8s.keycloak.org/v2beta1/KeycloakRealmImport",
                resource("keycloak/keycloakrealmimport-v2beta1.schema.json"));
        return validator;
    }

    /** The kinds that have a schema, as group/version/Kind. */
    java.util.Set<String> customKinds() {
        return schemas.keySet();
    }

    /** Every problem with the document; empty when it is valid. */
    List<String> validate(JsonNode doc) {
        String apiVersion = doc.path("apiVersion").asText();
        String kind = Docs.kind(doc);
        String where = kind + "/" + Docs.name(doc) + ": ";
        if (apiVersion.isEmpty() || kind.isEmpty()) {
            return List.of(where + "apiVersion and kind are required");
        }
        String group = apiVersion.contains("/") ? apiVersion.substring(0, apiVersion.indexOf('/')) : "";
        JsonSchema schema = schemas.get(apiVersion + "/" + kind);
        if (schema != null) {
            List<String> problems = new ArrayList<>();
            for (ValidationMessage message : schema.validate(doc)) {
                problems.add(where + message.getMessage());
            }
            problems.addAll(validateModel(where, V1ObjectMeta.class, doc.path("metadata")));
            return problems;
        }
        if (group.contains(".") && !group.endsWith(".k8s.io")) {
            return List.of(where + "no CRD describes " + apiVersion + " " + kind);
        }
        String version = apiVersion.substring(apiVersion.indexOf('/') + 1);
        String className = MODELS + Character.toUpperCase(version.charAt(0)) + version.substring(1) + kind;
        Class<?> model;
        try {
            model = Class.forName(className);
        } catch (ClassNotFoundException e) {
            return List.of(where + "not a built-in kind the Kubernetes client knows: " + apiVersion + " " + kind);
        }
        return validateModel(where, model, doc);
    }

    private static List<String> validateModel(String where, Class<?> model, JsonNode node) {
        try {
            Method validate = model.getMethod("validateJsonElement", JsonElement.class);
            validate.invoke(null, JsonParser.parseString(JSON.writeValueAsString(node)));
            return List.of();
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            // the client's messages end with the whole JSON; the first part names the field and the model
            String message = String.valueOf(cause.getMessage());
            int json = message.indexOf(" JSON: ");
            return List.of(where + model.getSimpleName() + ": "
                    + Docs.truncate(json > 0 ? message.substring(0, json) : message, 400));
        } catch (ReflectiveOperationException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void addCrds(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().toList()) {
                for (ObjectNode doc : Kustomize.parse(Files.readString(file))) {
                    if ("CustomResourceDefinition".equals(Docs.kind(doc))) {
                        addCrd(doc);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void addCrd(ObjectNode crd) {
        String group = crd.path("spec").path("group").asText();
        String kind = crd.path("spec").path("names").path("kind").asText();
        for (JsonNode version : Docs.each(crd.path("spec").path("versions"))) {
            if (!version.path("served").asBoolean(true)) {
                continue;
            }
            JsonNode schema = version.path("schema").path("openAPIV3Schema");
            addSchema(group + "/" + version.path("name").asText() + "/" + kind, schema);
        }
    }

    private void addSchema(String key, JsonNode openApiSchema) {
        addJsonSchema(key, strict(openApiSchema.deepCopy()));
    }

    private void addJsonSchema(String key, JsonNode schema) {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().build();
        schemas.put(key, JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(schema, config));
    }

    /**
     * OpenAPI v3 schema of a CRD → JSON schema as strict as the API server: objects that list properties
     * and do not preserve unknown fields reject others; Kubernetes' extension keywords are dropped.
     */
    static ObjectNode strict(ObjectNode schema) {
        return strict(schema, true);
    }

    /**
     * {@code closed}: whether this schema describes the value's structure. Branches of allOf/anyOf/oneOf/not
     * are value validations in a structural schema (they may repeat some properties, for "required" and
     * the like) and are never closed, or they would reject the fields the other branches name.
     */
    private static ObjectNode strict(ObjectNode schema, boolean closed) {
        boolean preserve = schema.path("x-kubernetes-preserve-unknown-fields").asBoolean(false);
        if (closed && schema.has("properties") && !preserve && !schema.has("additionalProperties")) {
            schema.put("additionalProperties", false);
        }
        if (schema.path("nullable").asBoolean(false) && schema.has("type")) {
            ArrayNode types = schema.arrayNode().add(schema.get("type").asText()).add("null");
            schema.set("type", types);
        }
        for (Iterator<String> names = schema.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (name.startsWith("x-kubernetes-") || name.equals("nullable")) {
                names.remove();
            }
        }
        schema.fields().forEachRemaining(field -> {
            JsonNode value = field.getValue();
            switch (field.getKey()) {
                case "properties", "patternProperties", "definitions" ->
                    value.fields().forEachRemaining(p -> {
                        if (p.getValue().isObject()) {
                            strict((ObjectNode) p.getValue(), closed);
                        }
                    });
                case "items", "additionalProperties" -> {
                    if (value.isObject()) {
                        strict((ObjectNode) value, closed);
                    }
                }
                case "not" -> {
                    if (value.isObject()) {
                        strict((ObjectNode) value, false);
                    }
                }
                case "allOf", "anyOf", "oneOf" -> Docs.each(value).forEach(v -> {
                    if (v.isObject()) {
                        strict((ObjectNode) v, false);
                    }
                });
                default -> {
                }
            }
        });
        return schema;
    }

    private static JsonNode resource(String name) {
        try (InputStream in = SchemaValidator.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
