package vn.dvk.kit.events;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * An event as a consumer sees it: where it came from, its CloudEvents id and type, and its place in its
 * aggregate's history. Every DVK event is keyed by its aggregate (the model id) and carries the producer's
 * per-aggregate {@code sequence}, 1, 2, 3… without gaps; that is what lets a consumer apply events strictly in
 * order and notice one that is missing.
 */
public record IncomingEvent(String topic, int partition, long offset, String key, String id, String type,
        long sequence, String payload) {

    /** Reads the envelope; fails as unprocessable when the record is not a DVK event at all. */
    public static IncomingEvent of(ConsumerRecord<String, String> record, ObjectMapper mapper) {
        return of(record, record.topic(), mapper);
    }

    /** The same, for a record read elsewhere than its source topic (a dead letter). */
    static IncomingEvent of(ConsumerRecord<String, String> record, String sourceTopic, ObjectMapper mapper) {
        if (record.key() == null || record.key().isBlank()) {
            throw new UnprocessableEvent("The record has no key (the aggregate id)");
        }
        if (record.value() == null) {
            throw new UnprocessableEvent("The record has no value");
        }
        JsonNode sequence;
        try {
            sequence = mapper.readTree(record.value()).path("sequence");
        } catch (IOException e) {
            throw new UnprocessableEvent("The payload is not a JSON document: " + originalMessage(e), e);
        }
        if (!sequence.canConvertToExactIntegral() || sequence.asLong() < 1) {
            throw new UnprocessableEvent("The payload has no positive integer sequence");
        }
        return new IncomingEvent(sourceTopic, record.partition(), record.offset(), record.key(),
                CloudEventHeaders.id(record), CloudEventHeaders.type(record), sequence.asLong(), record.value());
    }

    /** The same event as it was parked, read back from the database. */
    static IncomingEvent parked(String topic, String key, long sequence, String id, String type, String payload) {
        return new IncomingEvent(topic, -1, -1, key, id, type, sequence, payload);
    }

    private static String originalMessage(IOException e) {
        return e instanceof com.fasterxml.jackson.core.JsonProcessingException json ? json.getOriginalMessage()
                : e.getMessage();
    }

    @Override
    public String toString() {
        return "event " + id + " (" + type + ") " + key + "#" + sequence + " from " + topic;
    }
}
