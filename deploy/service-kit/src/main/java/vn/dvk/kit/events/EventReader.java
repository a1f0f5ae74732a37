package vn.dvk.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Reads an incoming event's JSON payload into the consumer's own record. An event that is not JSON, or lacks
 * what the consumer needs, fails, so that the connector moves it to the dead-letter topic.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(ConsumerRecord<String, String> record, Class<T> type, Predicate<T> complete)
            throws JsonProcessingException {
        T event = mapper.readValue(record.value(), type);
        if (!complete.test(event)) {
            throw new IllegalArgumentException("Event " + CloudEventHeaders.id(record) + " ("
                    + CloudEventHeaders.type(record) + ") lacks fields " + type.getSimpleName() + " needs");
        }
        return event;
    }
}
