package vn.dvk.kit.events;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import vn.dvk.kit.metrics.KitMeters;

/**
 * What the consumers report: events by outcome and source topic ({@code dvk_consumer_events_total}), retries
 * of temporary failures, and the events parked ahead of a gap with the age of the oldest: the figures to alert
 * on, since a parked event means an earlier one is missing or dead-lettered.
 */
@ApplicationScoped
public class ConsumerMetrics {

    /** What became of an incoming event. */
    public enum Outcome {
        APPLIED, DUPLICATE, PARKED, DEAD_LETTERED;

        String tag() {
            return name().toLowerCase();
        }
    }

    private static final Logger LOG = Logger.getLogger(ConsumerMetrics.class);

    private final MeterRegistry registry;
    private final OrderedDelivery delivery;
    private final AtomicLong parked = new AtomicLong();
    private final AtomicLong oldestParkedSeconds = new AtomicLong();

    ConsumerMetrics(MeterRegistry registry, OrderedDelivery delivery) {
        this.registry = registry;
        this.delivery = delivery;
        Gauge.builder(KitMeters.CONSUMER_PARKED.name(), parked, AtomicLong::get)
                .description("Events held until an earlier event of the same aggregate has been applied")
                .register(registry);
        Gauge.builder(KitMeters.CONSUMER_PARKED_OLDEST_AGE.name(), oldestParkedSeconds, AtomicLong::get)
                .baseUnit(KitMeters.CONSUMER_PARKED_OLDEST_AGE.baseUnit())
                .description("How long the oldest parked event has waited")
                .register(registry);
    }

    /**
     * Every series exists from the start, at 0: an alert on {@code increase(...)} would miss the first event of
     * a series that appears only when it is first counted.
     */
    void registerSeries(@Observes StartupEvent start, @Any Instance<EventHandler> handlers) {
        for (EventHandler handler : handlers) {
            for (Outcome outcome : Outcome.values()) {
                count(handler.topic(), outcome, 0);
            }
            retries(handler.topic());
        }
    }

    void count(String topic, Outcome outcome) {
        count(topic, outcome, 1);
    }

    private void count(String topic, Outcome outcome, double amount) {
        Counter.builder(KitMeters.CONSUMER_EVENTS.name()).tag("topic", topic).tag("outcome", outcome.tag())
                .description("Incoming events by what became of them").register(registry).increment(amount);
    }

    void retried(String topic) {
        retries(topic).increment();
    }

    private Counter retries(String topic) {
        return Counter.builder(KitMeters.CONSUMER_RETRIES.name()).tag("topic", topic)
                .description("Attempts repeated after a temporary failure (database away, lock timeout)")
                .register(registry);
    }

    @Scheduled(every = "${dvk.consumer.parked-refresh:10s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refreshParked() {
        try {
            long[] summary = QuarkusTransaction.requiringNew().call(delivery::parkedSummary);
            parked.set(summary[0]);
            oldestParkedSeconds.set(summary[1]);
        } catch (RuntimeException e) {
            LOG.debugf("Parked events not counted this time: %s", e);
        }
    }
}
