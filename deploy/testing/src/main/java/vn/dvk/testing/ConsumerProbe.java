package vn.dvk.testing;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import javax.sql.DataSource;

/**
 * Looks into a consuming service from its own tests: what its event inbox counted (applied, duplicate, parked,
 * dead-lettered, retried), what it holds parked, and a lock on an aggregate's inbox row, held from outside the
 * service the way a long transaction would hold it.
 */
public final class ConsumerProbe {

    private final MeterRegistry registry;
    private final EntityManager entityManager;
    private final DataSource dataSource;

    public ConsumerProbe(MeterRegistry registry, EntityManager entityManager, DataSource dataSource) {
        this.registry = registry;
        this.entityManager = entityManager;
        this.dataSource = dataSource;
    }

    /** Events of the topic with the outcome (applied, duplicate, parked, dead_lettered) since the service started. */
    public double events(String topic, String outcome) {
        Counter counter = registry.find("dvk.consumer.events").tag("topic", topic).tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    public double retries(String topic) {
        Counter counter = registry.find("dvk.consumer.retries").tag("topic", topic).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The sequences parked for the aggregate, in order. */
    public java.util.List<Long> parked(String topic, String key) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery("""
                select sequence from {h-schema}parked_event where topic = :topic and aggregate_key = :key
                order by sequence""", Long.class)
                .setParameter("topic", topic).setParameter("key", key).getResultList());
    }

    /** Locks the aggregate's inbox row until the returned lock is closed. */
    public AutoCloseable lockInboxRow(String topic, String key, String schema) throws Exception {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (PreparedStatement lock = connection.prepareStatement("select 1 from " + schema
                + ".consumed_sequence where topic = ? and aggregate_key = ? for update")) {
            lock.setString(1, topic);
            lock.setString(2, key);
            if (!lock.executeQuery().next()) {
                connection.close();
                throw new IllegalStateException("No inbox row for " + key + " on " + topic + " yet");
            }
        }
        return () -> {
            connection.rollback();
            connection.close();
        };
    }
}
