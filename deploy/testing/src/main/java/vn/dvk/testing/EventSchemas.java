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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The event contracts: each producing service keeps a JSON Schema per event type under
 * {@code src/main/resources/events/}. Producers' tests check what they publish against them; consumers' tests
 * check that what they read is promised by them.
 */
public final class EventSchemas {

    private static final String ID_PREFIX = "https://dvk.example/events/";
    private static final ObjectMapper JSON = new ObjectMapper();

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

    private static JsonSchema schema(String producer, String type) {
        Path dir = eventsDirectory(producer);
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaMappers(mappers -> mappers.mapPrefix(ID_PREFIX, dir.toUri().toString())));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        return factory.getSchema(SchemaLocation.of(ID_PREFIX + type + ".schema.json"), config);
    }

    private static JsonNode readSchema(String producer, String type) {
        try {
            return JSON.readTree(Files.readString(eventsDirectory(producer).resolve(type + ".schema.json")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code <repository>/<producer>/src/main/resources/events}, found from the working directory. */
    private static Path eventsDirectory(String producer) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path events = dir.resolve(producer).resolve("src/main/resources/events");
            if (Files.isDirectory(events)) {
                return events;
            }
        }
        throw new IllegalStateException("No event schemas of " + producer + " above " + Path.of("").toAbsolutePath());
    }
}
