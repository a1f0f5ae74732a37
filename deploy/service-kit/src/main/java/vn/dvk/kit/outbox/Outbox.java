package vn.dvk.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Records an event for publication as part of the caller's transaction. Services that publish nothing turn the outbox off with dvk.outbox.enabled=false (a build-time setting).
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class Outbox {

    private final ObjectMapper mapper;

    public Outbox(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /**
     * Appends the event; it is published only if the surrounding transaction commits, and then exactly in
     * the order it was appended.
     *
     * @param type the versioned CloudEvents type, for example {@code dvk.registry.model.submitted.v1}
     * @param key the Kafka record key (the model id)
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String key, Object payload) {
        OutboxMessage message = new OutboxMessage();
        message.eventId = UUID.randomUUID();
        message.eventType = type;
        message.partitionKey = key;
        message.payload = toJson(payload);
        message.occurredAt = OffsetDateTime.now(ZoneOffset.UTC);
        message.persist();
        return message.eventId;
    }

    private String toJson(Object payload) {
        try {
            return mapper.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Event payload cannot be written as JSON: " + payload, e);
        }
    }
}
