package vn.dvk.testing;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.List;

/**
 * Looks into the consuming service under test (call from a {@code @QuarkusTest}): what its event inbox counted
 * (applied, duplicate, parked, dead-lettered, retried), what it holds parked, and a lock on an aggregate's inbox
 * row, held from outside the service the way a long transaction would hold it.
 */
public final class ConsumerProbe {

    private ConsumerProbe() {
    }

    /** Events of the topic with the outcome (applied, duplicate, parked, dead_lettered) since the service started. */
    public static double events(String topic, String outcome) {
        Counter counter = bean(MeterRegistry.class).find("dvk.consumer.events").tag("topic", topic)
                .tag("outcome", outcome).counter();
        return counter == null ? 0 : counter.count();
    }

    public static double retries(String topic) {
        Counter counter = bean(MeterRegistry.class).find("dvk.consumer.retries").tag("topic", topic).counter();
        return counter == null ? 0 : counter.count();
    }

    /** The sequences parked for the aggregate, in order. */
    public static List<Long> parked(String topic, String key) {
        return QuarkusTransaction.requiringNew().call(() -> bean(EntityManager.class).createNativeQuery("""
                select sequence from {h-schema}parked_event where topic = :topic and aggregate_key = :key
                order by sequence""", Long.class)
                .setParameter("topic", topic).setParameter("key", key).getResultList());
    }

    /** Locks the aggregate's inbox row (in the service's schema) until the returned lock is closed. */
    public static AutoCloseable lockInboxRow(String topic, String key, String schema) throws Exception {
        Connection connection = bean(AgroalDataSource.class).getConnection();
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

    private static <T> T bean(Class<T> type) {
        return Arc.container().instance(type).get();
    }
}
