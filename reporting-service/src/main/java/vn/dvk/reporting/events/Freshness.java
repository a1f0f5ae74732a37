package vn.dvk.reporting.events;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.dvk.reporting.metrics.ReportingMeters;

/**
 * How fresh the figures are: per topic, the age in seconds of the newest event taken in (applied, or found a
 * duplicate of one applied), published as {@code dvk.reporting.freshness.seconds}. Lag in records per topic and
 * partition is Kafka's own consumer metric, {@code kafka.consumer.fetch.manager.records.lag}.
 */
@ApplicationScoped
public class Freshness {

    private final Map<String, AtomicLong> newest = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    public Freshness(MeterRegistry registry) {
        this.registry = registry;
    }

    /** An event of the topic, published at {@code timestampMillis}, has been taken in. */
    void taken(String topic, long timestampMillis) {
        newest.computeIfAbsent(topic, t -> {
            AtomicLong millis = new AtomicLong();
            // The system clock, not the service's: the event's Kafka timestamp is the producer's real time.
            Gauge.builder(ReportingMeters.FRESHNESS.name(), millis,
                            m -> m.get() == 0 ? 0 : (System.currentTimeMillis() - m.get()) / 1000.0)
                    .tag("topic", t)
                    .description("Age of the newest event of the topic the projections have taken in")
                    .register(registry);
            return millis;
        }).accumulateAndGet(timestampMillis, Math::max);
    }
}
