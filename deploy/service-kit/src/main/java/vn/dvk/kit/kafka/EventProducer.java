package vn.dvk.kit.kafka;

import io.smallrye.common.annotation.Identifier;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The service's Kafka producer, used directly (not through a messaging channel) by the outbox relay and the
 * dead-letter publisher: they must know exactly which record was refused, and no buffer of a channel may hold a
 * record back and send it after they have given up on it. Configured from the {@code kafka.*} settings (broker
 * address, TLS, SASL) like every Kafka client of the service, with idempotent, fully acknowledged sends so that
 * retries keep each partition's order.
 */
@ApplicationScoped
public class EventProducer {

    private final Map<String, Object> kafkaConfig;
    private final ProducerSettings settings;
    private final String clientId;
    private Producer<String, String> producer;

    public EventProducer(@Identifier("default-kafka-broker") Map<String, Object> kafkaConfig, ProducerSettings settings,
            @ConfigProperty(name = "quarkus.application.name") String applicationName) {
        this.kafkaConfig = kafkaConfig;
        this.settings = settings;
        this.clientId = applicationName + "-events";
    }

    /** The producer, created on first use. */
    public synchronized Producer<String, String> get() {
        if (producer == null) {
            producer = create();
        }
        return producer;
    }

    /**
     * Closes the producer without waiting, failing whatever it still holds, so that nothing sent through it
     * can land later; the next {@link #get} creates a new one. For when a callback is overdue.
     */
    public synchronized void discard() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    public ProducerSettings settings() {
        return settings;
    }

    @PreDestroy
    synchronized void close() {
        if (producer != null) {
            producer.close(settings.deliveryTimeout());
            producer = null;
        }
    }

    private Producer<String, String> create() {
        Map<String, Object> config = new HashMap<>(kafkaConfig);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        // an event should leave as soon as its transaction commits; batches form from the outbox's own batches
        config.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, (int) settings.deliveryTimeout().toMillis());
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) settings.requestTimeout().toMillis());
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, settings.maxBlock().toMillis());
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        return new KafkaProducer<>(config);
    }
}
