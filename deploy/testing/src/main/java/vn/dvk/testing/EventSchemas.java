package vn.dvk.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.dvk.contracts.ContractFiles;

/**
 * The event contracts: a JSON Schema per event type, kept in dvk-contracts (on the class path under
 * {@link ContractFiles#EVENT_SCHEMAS}). Producers' tests check what they publish against them; consumers' tests
 * check that what they read is promised by them. An event type is named after its producer
 * ({@code dvk.registry.…} is registry-service's), which each check verifies, so that a test cannot hold a
 * service to another's contract.
 */
public final class EventSchemas {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ContractFiles.EVENT_SCHEMA_ID_PREFIX,
                    "classpath:" + ContractFiles.EVENT_SCHEMAS)));
    /** Compiled schemas by file name; a compiled schema validates on any thread. */
    private static final Map<String, JsonSchema> COMPILED = new ConcurrentHashMap<>();

    private EventSchemas() {
    }

    /** Fails with the schema's complaints unless the payload is a valid event of the type. */
    public static void assertValid(String producer, String type, String payload) {
        Set<ValidationMessage> errors;
        try {
            errors = schema(producer, type).validate(JSON.readTree(payload));
        } catch (IOException e) {
            throw new AssertionError("Not JSON: " + payload, e);
        }
        if (!errors.isEmpty()) {
            throw new AssertionError(type + " does not match " + producer + "'s schema: " + errors + "\n" + payload);
        }
    }

    /** Fails unless every event of the type is promised to carry the fields a consumer reads. */
    public static void assertPromises(String producer, String type, Set<String> fieldsRead) {
        Set<String> missing = new HashSet<>(fieldsRead);
        missing.removeAll(requiredFields(producer, type));
        if (!missing.isEmpty()) {
            throw new AssertionError(producer + " does not promise " + missing + " in every " + type);
        }
    }

    /**
     * Fails unless the type promises every field a consumer reads, except the {@code optional} ones, which it must
     * at least declare (a consumer reads them when present).
     */
    public static void assertPromises(String producer, String type, Set<String> fieldsRead, Set<String> optional) {
        Set<String> required = new HashSet<>(fieldsRead);
        required.removeAll(optional);
        assertPromises(producer, type, required);
        Set<String> undeclared = new HashSet<>(optional);
        readSchema(producer, type).path("properties").fieldNames().forEachRemaining(undeclared::remove);
        if (!undeclared.isEmpty()) {
            throw new AssertionError(producer + " does not declare " + undeclared + " in " + type);
        }
    }

    /** What a consumer reads of an event: its record's fields, and the sequence the event inbox orders by. */
    public static Set<String> fieldsReadBy(Class<? extends Record> consumerRecord) {
        Set<String> fields = new HashSet<>(Set.of("sequence"));
        for (var component : consumerRecord.getRecordComponents()) {
            fields.add(component.getName());
        }
        return fields;
    }

    /** The fields every event of the type is promised to carry. */
    public static Set<String> requiredFields(String producer, String type) {
        Set<String> required = new HashSet<>();
        readSchema(producer, type).path("required").forEach(field -> required.add(field.asText()));
        return required;
    }

    /**
     * The type's schema, compiled once: compiling (the meta-schema, the file and its references) took longer than
     * sending the event it checks, and the scripted campaigns check a thousand events.
     */
    private static JsonSchema schema(String producer, String type) {
        String file = schemaFile(producer, type);
        return COMPILED.computeIfAbsent(file, name -> {
            JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(ContractFiles.EVENT_SCHEMA_ID_PREFIX + name),
                    SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build());
            schema.initializeValidators(); // resolve every reference now, not during a validation on another thread
            return schema;
        });
    }

    private static JsonNode readSchema(String producer, String type) {
        String resource = ContractFiles.EVENT_SCHEMAS + schemaFile(producer, type);
        try (InputStream in = EventSchemas.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No schema " + resource + " on the class path (dvk-contracts)");
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The schema's file name, once the type is known to be the producer's: registry-service's are dvk.registry.…. */
    private static String schemaFile(String producer, String type) {
        String prefix = "dvk." + producer.replace("-service", "") + ".";
        if (!type.startsWith(prefix)) {
            throw new IllegalArgumentException(type + " is not an event type of " + producer + " (" + prefix + "…)");
        }
        return type + ".schema.json";
    }
}
