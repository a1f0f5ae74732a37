package vn.dvk.kit.outbox;

import io.opentelemetry.api.trace.Span;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jboss.logging.Logger;
import vn.dvk.kit.kafka.EventProducer;
import vn.dvk.kit.time.Moments;

/**
 * Publishes one batch of outbox rows, inside the transaction that marks them published. Three rules keep a
 * model's events in order on the topic:
 * <ol>
 * <li>one publisher at a time per service: the batch runs under a transaction-scoped advisory lock, so of
 * several replicas only one sends, and the next one starts after the marks are committed;</li>
 * <li>sending stops at the first record the producer refuses, and only the acknowledged prefix is marked;
 * everything after the first failure is sent again, in order, next time (consumers absorb the copies);</li>
 * <li>the batch ends only once every record sent has been acknowledged or has failed for good (the producer's
 * delivery timeout bounds that), so a record given up on can never land behind later ones.</li>
 * </ol>
 */
@ApplicationScoped
@IfBuildProperty(name = "dvk.outbox.enabled", stringValue = "true", enableIfMissing = true)
class OutboxPublisher {

    private static final Logger LOG = Logger.getLogger(OutboxPublisher.class);
    /** Beyond the producer's own bound: if no callback came by then, the producer itself is stuck. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    /** What one batch found and how much of it the broker acknowledged. */
    record Batch(boolean locked, int read, int acknowledged, String failure) {
        static final Batch ANOTHER_PUBLISHER = new Batch(false, 0, 0, null);

        /** Every row read was acknowledged and the batch was full: more may be waiting. */
        boolean mayHaveMore(int batchSize) {
            return locked && failure == null && read == batchSize;
        }
    }

    private final EntityManager entityManager;
    private final EventProducer producer;
    private final OutboxSettings settings;
    private final String lockName;

    private final OutboxTracing tracing;
    private final Clock clock;

    OutboxPublisher(EntityManager entityManager, EventProducer producer, OutboxSettings settings,
            OutboxTracing tracing, Clock clock) {
        this.clock = clock;
        this.entityManager = entityManager;
        this.producer = producer;
        this.settings = settings;
        this.tracing = tracing;
        this.lockName = "dvk-outbox-relay:" + settings.source();
    }

    /** How long a batch's transaction may need: sending, then waiting for the last callback. */
    Duration longestBatch() {
        return producer.settings().completionBound().plus(GRACE).plus(GRACE);
    }

    /** Must run in a transaction: the lock and the marks belong to it. */
    Batch publishBatch() {
        if (!holdsPublisherLock()) {
            return Batch.ANOTHER_PUBLISHER;
        }
        List<OutboxMessage> rows = OutboxMessage.nextUnpublished(settings.batchSize());
        List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
        String refusal = null;
        for (OutboxMessage row : rows) {
            try {
                acks.add(send(row));
            } catch (RuntimeException e) {
                refusal = "refused " + row.eventId + ": " + e.getMessage(); // nothing after it is sent
                break;
            }
        }
        int acknowledged = 0;
        String ackFailure = null;
        for (int i = 0; i < acks.size(); i++) {
            String outcome = awaitAck(acks.get(i), rows.get(i));
            if (outcome == null && ackFailure == null) {
                acknowledged++; // still the unbroken prefix
            } else if (ackFailure == null) {
                ackFailure = outcome; // keep waiting for the rest: none of them may land after this batch
            }
        }
        String failure = ackFailure != null ? ackFailure : refusal;
        markPublished(rows.subList(0, acknowledged));
        if (failure != null) {
            LOG.warnf("Published %d of %d outbox events; the rest wait for the next run: %s", acknowledged,
                    rows.size(), failure);
        }
        return new Batch(true, rows.size(), acknowledged, failure);
    }

    private boolean holdsPublisherLock() {
        Object locked = entityManager.createNativeQuery("select pg_try_advisory_xact_lock(hashtext(:name))")
                .setParameter("name", lockName)
                .getSingleResult();
        return Boolean.TRUE.equals(locked);
    }

    private CompletableFuture<Void> send(OutboxMessage row) {
        ProducerRecord<String, String> record = new ProducerRecord<>(row.topic != null ? row.topic : settings.topic(),
                row.partitionKey, row.payload);
        // CloudEvents binary mode: the attributes travel as ce_* headers, the JSON payload is the record value
        header(record, "ce_specversion", "1.0");
        header(record, "ce_id", row.eventId.toString());
        header(record, "ce_type", row.eventType);
        header(record, "ce_source", settings.source().toString());
        header(record, "ce_subject", row.partitionKey);
        header(record, "ce_time", row.occurredAt.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        header(record, "content-type", "application/json");
        // W3C traceparent/tracestate: the trace of the request that appended the event, when tracing is on
        Span span = tracing.sending(row, record);
        CompletableFuture<Void> ack = new CompletableFuture<>();
        try {
            producer.get().send(record, (metadata, failure) -> {
                OutboxTracing.ended(span, failure);
                if (failure == null) {
                    ack.complete(null);
                } else {
                    ack.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            OutboxTracing.ended(span, e);
            throw e;
        }
        return ack;
    }

    /** Null when acknowledged, otherwise why not. */
    private String awaitAck(CompletableFuture<Void> ack, OutboxMessage row) {
        try {
            ack.get(producer.settings().completionBound().plus(GRACE).toMillis(), TimeUnit.MILLISECONDS);
            return null;
        } catch (ExecutionException e) {
            return "event " + row.eventId + " failed: " + e.getCause();
        } catch (TimeoutException e) {
            // The producer broke its own delivery bound. Closing it fails what it still holds, so nothing sent
            // in this batch can land after the batch ends.
            LOG.errorf("No acknowledgement for event %s within the producer's delivery bound; recreating the producer",
                    row.eventId);
            producer.discard();
            return "event " + row.eventId + ": no acknowledgement in time";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            producer.discard();
            return "interrupted";
        }
    }

    /** One statement for the batch: an UPDATE per row was a round trip per event, on every commit's wake-up. */
    private void markPublished(List<OutboxMessage> rows) {
        if (rows.isEmpty()) {
            return;
        }
        OutboxMessage.update("publishedAt = ?1 where id in ?2", Moments.utc(clock),
                rows.stream().map(row -> row.id).toList());
    }

    private static void header(ProducerRecord<String, String> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
