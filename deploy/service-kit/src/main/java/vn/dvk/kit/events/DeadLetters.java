package vn.dvk.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.kit.kafka.EventProducer;

/**
 * Moves an event that can never be processed to the service's dead-letter topic for its source topic,
 * {@code <service>.<topic>.dlq}, with the original key, value and headers and why it failed (header names as
 * SmallRye's dead-letter strategy writes them, so older dead letters read the same).
 */
@ApplicationScoped
public class DeadLetters {

    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";
    static final String FAILED_AT = "dead-letter-failed-at";

    private final EventProducer producer;
    private final String service;
    private final Clock clock;

    public DeadLetters(EventProducer producer, @ConfigProperty(name = "quarkus.application.name") String service,
            Clock clock) {
        this.producer = producer;
        this.service = service;
        this.clock = clock;
    }

    public String topicFor(String sourceTopic) {
        return service + "." + sourceTopic + ".dlq";
    }

    /** Publishes the dead letter and waits for the broker's acknowledgement; fails while Kafka is away. */
    void send(ConsumerRecord<String, String> record, UnprocessableEvent failure) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(topicFor(record.topic()), record.key(),
                record.value());
        record.headers().forEach(header -> letter.headers().add(header));
        Headers headers = letter.headers();
        put(headers, REASON, failure.getMessage());
        if (failure.getCause() != null) {
            put(headers, CAUSE, failure.getCause().toString());
        }
        put(headers, TOPIC, record.topic());
        put(headers, PARTITION, Integer.toString(record.partition()));
        put(headers, OFFSET, Long.toString(record.offset()));
        put(headers, FAILED_AT, clock.instant().toString());
        try {
            producer.get().send(letter).get(producer.settings().completionBound().toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not dead-letter " + record.topic() + "@" + record.offset(),
                    e.getCause());
        } catch (TimeoutException e) {
            producer.discard();
            throw new IllegalStateException("Dead-lettering " + record.topic() + "@" + record.offset() + " timed out", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while dead-lettering", e);
        }
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
