package vn.dvk.kit.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Predicate;

/**
 * Reads an incoming event's JSON payload into the consumer's own record. An event that does not read, or lacks
 * what the consumer needs, is unprocessable: it goes to the dead-letter topic.
 */
@ApplicationScoped
public class EventReader {

    private final ObjectMapper mapper;

    public EventReader(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public <T> T read(IncomingEvent event, Class<T> type, Predicate<T> complete) {
        T read;
        try {
            read = mapper.readValue(event.payload(), type);
        } catch (JsonProcessingException e) {
            throw new UnprocessableEvent("The payload does not read as " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
        if (!complete.test(read)) {
            throw new UnprocessableEvent("The payload lacks fields " + type.getSimpleName() + " needs");
        }
        return read;
    }
}
