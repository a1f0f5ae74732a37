package vn.dvk.kit.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The consumer's record of how far each aggregate's events have been applied, and the events that arrived
 * ahead of a gap. Called inside the transaction that applies the event, so that the record and the effect
 * commit together: a redelivered event finds its sequence already passed, and a crash between the two cannot
 * happen.
 */
@ApplicationScoped
class OrderedDelivery {

    private final EntityManager entityManager;

    OrderedDelivery(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The last sequence applied for the aggregate, with its row locked until the transaction ends: two
     * consumers of the same aggregate (replicas during a rebalance, a replay beside the live stream) take turns.
     */
    long lockLastApplied(String topic, String key) {
        entityManager.createNativeQuery("""
                insert into {h-schema}consumed_sequence (topic, aggregate_key, last_sequence, updated_at)
                values (:topic, :key, 0, now())
                on conflict (topic, aggregate_key) do nothing""")
                .setParameter("topic", topic).setParameter("key", key).executeUpdate();
        return ((Number) entityManager.createNativeQuery("""
                select last_sequence from {h-schema}consumed_sequence
                where topic = :topic and aggregate_key = :key for update""")
                .setParameter("topic", topic).setParameter("key", key).getSingleResult()).longValue();
    }

    /** Records the event as applied; a parked copy of it (parked, then redelivered in turn) goes too. */
    void markApplied(String topic, String key, long sequence) {
        entityManager.createNativeQuery("""
                update {h-schema}consumed_sequence set last_sequence = :sequence, updated_at = now()
                where topic = :topic and aggregate_key = :key""")
                .setParameter("sequence", sequence).setParameter("topic", topic).setParameter("key", key)
                .executeUpdate();
        entityManager.createNativeQuery("""
                delete from {h-schema}parked_event
                where topic = :topic and aggregate_key = :key and sequence <= :sequence""")
                .setParameter("sequence", sequence).setParameter("topic", topic).setParameter("key", key)
                .executeUpdate();
    }

    /** Holds an event until the ones before it have been applied; parking it twice keeps one copy. */
    void park(IncomingEvent event) {
        entityManager.createNativeQuery("""
                insert into {h-schema}parked_event (topic, aggregate_key, sequence, event_id, event_type, payload,
                                                    parked_at)
                values (:topic, :key, :sequence, :id, :type, :payload, now())
                on conflict (topic, aggregate_key, sequence) do nothing""")
                .setParameter("topic", event.topic()).setParameter("key", event.key())
                .setParameter("sequence", event.sequence()).setParameter("id", event.id())
                .setParameter("type", event.type()).setParameter("payload", event.payload())
                .executeUpdate();
    }

    /** The parked event with exactly this sequence, if one waits. */
    Optional<IncomingEvent> parked(String topic, String key, long sequence) {
        return entityManager.createNativeQuery("""
                select event_id, event_type, payload from {h-schema}parked_event
                where topic = :topic and aggregate_key = :key and sequence = :sequence""", Object[].class)
                .setParameter("topic", topic).setParameter("key", key).setParameter("sequence", sequence)
                .getResultStream().findFirst()
                .map(row -> {
                    Object[] columns = (Object[]) row;
                    return IncomingEvent.parked(topic, key, sequence, (String) columns[0], (String) columns[1],
                            (String) columns[2]);
                });
    }

    /** Of these aggregates, those with events parked. */
    Set<String> keysWithParked(String topic, Collection<String> keys) {
        if (keys.isEmpty()) {
            return Set.of();
        }
        List<?> parked = entityManager.createNativeQuery("""
                select distinct aggregate_key from {h-schema}parked_event
                where topic = :topic and aggregate_key = any(:keys)""")
                .setParameter("topic", topic).setParameter("keys", keys.toArray(String[]::new)).getResultList();
        return parked.stream().map(String.class::cast).collect(Collectors.toSet());
    }

    /** Notes why a parked event could not be applied when its turn came, for whoever looks into it. */
    void noteParkedFailure(IncomingEvent event, String reason) {
        entityManager.createNativeQuery("""
                update {h-schema}parked_event set last_error = :reason
                where topic = :topic and aggregate_key = :key and sequence = :sequence""")
                .setParameter("reason", reason).setParameter("topic", event.topic())
                .setParameter("key", event.key()).setParameter("sequence", event.sequence()).executeUpdate();
    }

    /** How many events are parked, and how many seconds the oldest has waited (0 when none). */
    long[] parkedSummary() {
        Object[] row = (Object[]) entityManager.createNativeQuery("""
                select count(*), coalesce(extract(epoch from now() - min(parked_at)), 0)
                from {h-schema}parked_event""", Object[].class).getSingleResult();
        return new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }
}
