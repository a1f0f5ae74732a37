package vn.dvk.kit.outbox;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Publishes outbox rows to Kafka in order and marks them published once the broker has acknowledged them.
 * While Kafka is unreachable rows simply wait; a row acknowledged but not yet marked is published again,
 * which the consumers' idempotent handling absorbs.
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
public class OutboxRelay {

    /** The outgoing channel every service maps to its own topic. */
    public static final String CHANNEL = "outbox";

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final int BATCH_SIZE = 100;

    @Inject
    @Channel(CHANNEL)
    Emitter<String> emitter;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "dvk.outbox.source")
    URI source;

    @ConfigProperty(name = "dvk.outbox.ack-timeout", defaultValue = "30s")
    Duration ackTimeout;

    /** Events not yet acknowledged by Kafka, as of the relay's last run: the first thing to watch in an outage. */
    private final AtomicLong backlog = new AtomicLong();

    /** Held while a run publishes, so that shutdown can let the run finish before the database goes away. */
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean stopping;

    /** What one batch found and how much of it Kafka acknowledged. */
    record Batch(int read, int acknowledged) {
        /** The outbox was emptied: nothing was left behind, and nothing more was waiting. */
        boolean drained() {
            return acknowledged == read && read < BATCH_SIZE;
        }
    }

    void registerMetrics(@Observes StartupEvent start, MeterRegistry registry) {
        Gauge.builder("dvk.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox events not yet acknowledged by Kafka")
                .register(registry);
    }

    // The delay lets the messaging channels connect before the first run.
    @Scheduled(every = "${dvk.outbox.poll-interval:1s}", delayed = "${dvk.outbox.initial-delay:3s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void relay() {
        if (stopping || !running.tryLock()) {
            return;
        }
        try {
            Batch batch;
            do {
                batch = QuarkusTransaction.requiringNew()
                        .timeout((int) ackTimeout.plusSeconds(30).toSeconds())
                        .call(this::publishBatch);
            } while (batch.acknowledged() == BATCH_SIZE && !stopping);
            // Counting is only needed when something was left behind (or another replica holds the relay).
            backlog.set(batch.drained() ? 0 : QuarkusTransaction.requiringNew().call(OutboxMessage::countUnpublished));
        } finally {
            running.unlock();
        }
    }

    /** Graceful shutdown: no new run starts, and the one under way may finish its batch. */
    void onShutdown(@Observes ShutdownEvent shutdown) throws InterruptedException {
        stopping = true;
        if (running.tryLock(ackTimeout.toMillis(), TimeUnit.MILLISECONDS)) {
            running.unlock();
        }
    }

    /** Publishes one batch, marking the rows Kafka acknowledged. */
    Batch publishBatch() {
        if (!holdsRelayLock()) {
            return new Batch(BATCH_SIZE, 0); // another replica is relaying; order requires a single publisher
        }
        List<OutboxMessage> batch = OutboxMessage.nextUnpublished(BATCH_SIZE);
        List<CompletableFuture<Void>> acks = new ArrayList<>(batch.size());
        for (OutboxMessage message : batch) {
            acks.add(send(message));
        }
        int acknowledged = 0;
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < batch.size(); i++) {
            if (!awaitAck(acks.get(i), batch.get(i))) {
                break; // keep order: nothing after an unacknowledged row is marked
            }
            batch.get(i).publishedAt = now;
            acknowledged++;
        }
        return new Batch(batch.size(), acknowledged);
    }

    private boolean holdsRelayLock() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", "dvk-outbox-relay:" + source)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private CompletableFuture<Void> send(OutboxMessage row) {
        CompletableFuture<Void> ack = new CompletableFuture<>();
        Message<String> message = Message.of(row.payload)
                .addMetadata(OutgoingKafkaRecordMetadata.builder().withKey(row.partitionKey).build())
                .addMetadata(OutgoingCloudEventMetadata.builder()
                        .withId(row.eventId.toString())
                        .withType(row.eventType)
                        .withSource(source)
                        .withSubject(row.partitionKey)
                        .withTimestamp(row.occurredAt.toZonedDateTime())
                        .withDataContentType("application/json")
                        .build())
                .withAck(() -> {
                    ack.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    ack.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                });
        try {
            emitter.send(message);
        } catch (RuntimeException e) {
            ack.completeExceptionally(e); // the emitter refuses while its buffer is full or Kafka is down
        }
        return ack;
    }

    private boolean awaitAck(CompletableFuture<Void> ack, OutboxMessage row) {
        try {
            ack.get(ackTimeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Event %s (%s) not yet published, will retry: %s", row.eventId, row.eventType, e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
