package vn.dvk.kit.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.dvk.kit.time.Moments;

/**
 * Where a service writes the events that report its state changes. An event is stored in the same transaction
 * as the change, so it exists if and only if the change committed; the {@link OutboxRelay} publishes it.
 */
@ApplicationScoped
public class Outbox {

    /** Marks a transaction whose commit already wakes the relay. */
    private static final Object WAKE_UP_SENT = new Object();

    private final ObjectMapper mapper;
    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transaction;
    private final String channel;
    private final Optional<String> mainTopic;
    private final Set<String> furtherTopics;
    private final OutboxTracing tracing;
    private final Clock clock;

    public Outbox(ObjectMapper mapper, EntityManager entityManager, TransactionSynchronizationRegistry transaction,
            OutboxTracing tracing, Clock clock, @ConfigProperty(name = "quarkus.application.name") String applicationName,
            @ConfigProperty(name = "dvk.outbox.topic") Optional<String> mainTopic,
            @ConfigProperty(name = "dvk.outbox.topics") Optional<Set<String>> furtherTopics) {
        this.mapper = mapper;
        this.entityManager = entityManager;
        this.transaction = transaction;
        this.tracing = tracing;
        this.clock = clock;
        this.channel = channelOf(applicationName);
        this.mainTopic = mainTopic;
        this.furtherTopics = furtherTopics.orElse(Set.of());
    }

    /** The PostgreSQL notification channel that wakes the service's relay. */
    static String channelOf(String applicationName) {
        return "dvk_outbox_" + applicationName.replaceAll("[^A-Za-z0-9]", "_").toLowerCase();
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
        return store(null, type, key, payload);
    }

    /**
     * Appends the event for one of the further topics the service declares in {@code dvk.outbox.topics} (or for
     * its main one, {@code dvk.outbox.topic}). Events
     * of different topics keep the order they were appended in, within the key.
     *
     * @throws IllegalArgumentException for a topic not declared: the relay could not publish it, and every
     *     later event would wait behind it
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String topic, String type, String key, Object payload) {
        if (mainTopic.filter(topic::equals).isPresent()) {
            return store(null, type, key, payload);
        }
        if (!furtherTopics.contains(topic)) {
            throw new IllegalArgumentException("Topic " + topic + " is not declared in dvk.outbox.topics");
        }
        return store(topic, type, key, payload);
    }

    private UUID store(String topic, String type, String key, Object payload) {
        OutboxMessage message = new OutboxMessage();
        message.topic = topic;
        message.eventId = UUID.randomUUID();
        message.eventType = type;
        message.partitionKey = key;
        message.payload = toJson(payload);
        message.occurredAt = Moments.utc(clock);
        tracing.capture(message); // the trace the consumers will continue, while tracing is on
        message.persist();
        // Delivered by PostgreSQL when (and only if) the transaction commits: the relay wakes at once. Once per
        // transaction is enough, and a decision appending a thousand events must not make a thousand round trips.
        if (transaction.getResource(WAKE_UP_SENT) == null) {
            entityManager.createNativeQuery("select pg_notify(:channel, '')").setParameter("channel", channel)
                    .getSingleResult();
            transaction.putResource(WAKE_UP_SENT, Boolean.TRUE);
        }
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
