package vn.dvk.kit.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.logging.Logger;
import vn.dvk.kit.metrics.KitMeters;
import vn.dvk.kit.outbox.OutboxPublisher.Batch;
import vn.dvk.kit.time.Moments;

/**
 * How the outbox is doing, for metrics and readiness: the backlog of unpublished events and the age of the
 * oldest (what to alert on during a Kafka outage), events published, and the last failure of the relay.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxStatus {

    private static final Logger LOG = Logger.getLogger(OutboxStatus.class);

    private final EntityManager entityManager;
    private final AtomicLong backlog = new AtomicLong();
    private final AtomicLong oldestAgeSeconds = new AtomicLong();
    private final AtomicReference<String> lastFailure = new AtomicReference<>();
    private final AtomicReference<Instant> lastFailureAt = new AtomicReference<>();
    private final Counter published;
    private final Counter failedRuns;
    private final Counter skippedRuns;

    private final Clock clock;

    OutboxStatus(EntityManager entityManager, MeterRegistry registry, Clock clock) {
        this.entityManager = entityManager;
        this.clock = clock;
        Gauge.builder(KitMeters.OUTBOX_BACKLOG.name(), backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka").register(registry);
        Gauge.builder(KitMeters.OUTBOX_OLDEST_AGE.name(), oldestAgeSeconds, AtomicLong::get)
                .baseUnit(KitMeters.OUTBOX_OLDEST_AGE.baseUnit())
                .description("How long the oldest unpublished outbox event has waited").register(registry);
        published = Counter.builder(KitMeters.OUTBOX_PUBLISHED.name())
                .description("Outbox events acknowledged by Kafka")
                .register(registry);
        failedRuns = Counter.builder(KitMeters.OUTBOX_FAILED_BATCHES.name())
                .description("Relay batches that stopped at a refused or unacknowledged event").register(registry);
        skippedRuns = Counter.builder(KitMeters.OUTBOX_SKIPPED_BATCHES.name())
                .description("Relay runs left to another replica, which held the publisher lock").register(registry);
    }

    void recordBatch(Batch batch) {
        if (!batch.locked()) {
            skippedRuns.increment();
            return;
        }
        published.increment(batch.acknowledged());
        if (batch.failure() != null) {
            failed(batch.failure());
        } else {
            lastFailure.set(null);
        }
    }

    /** The relay found nothing more to publish: no need to wait for the next count to say so. */
    void drained() {
        backlog.set(0);
        oldestAgeSeconds.set(0);
    }

    void failed(String failure) {
        failedRuns.increment();
        lastFailure.set(failure);
        lastFailureAt.set(clock.instant());
    }

    /** Why the relay's last run did not publish everything, or null when it did. */
    public String lastFailure() {
        return lastFailure.get();
    }

    public Instant lastFailureAt() {
        return lastFailureAt.get();
    }

    public long backlog() {
        return backlog.get();
    }

    public long oldestAgeSeconds() {
        return oldestAgeSeconds.get();
    }

    @Scheduled(every = "${dvk.outbox.status-refresh:5s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void refresh() {
        try {
            Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery("""
                    select count(*), coalesce(extract(epoch from cast(:now as timestamptz) - min(occurred_at)), 0)
                    from {h-schema}outbox_message where published_at is null""", Object[].class)
                    // occurred_at is the service clock's time (Outbox), so the age is measured on that clock
                    .setParameter("now", Moments.utc(clock)).getSingleResult());
            backlog.set(((Number) row[0]).longValue());
            oldestAgeSeconds.set(((Number) row[1]).longValue());
        } catch (RuntimeException e) {
            LOG.debugf("Outbox backlog not counted this time: %s", e);
        }
    }
}
