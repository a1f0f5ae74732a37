package vn.dvk.kit.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * An event waiting to be published, written in the same transaction as the state change it reports. The
 * table comes with the kit's migration ({@code db/outbox}), in the service's own schema.
 */
@Entity
@Table(name = "outbox_message")
public class OutboxMessage extends PanacheEntityBase {

    /** Publication order: the relay publishes by ascending id. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(name = "event_type", nullable = false, updatable = false)
    public String eventType;

    /** The Kafka record key: the model id, so one model's events stay ordered in one partition. */
    @Column(name = "partition_key", nullable = false, updatable = false)
    public String partitionKey;

    /** The Kafka topic; null for the service's main topic ({@code dvk.outbox.topic}). */
    @Column(updatable = false)
    public String topic;

    @Column(nullable = false, updatable = false)
    public String payload;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    public OffsetDateTime occurredAt;

    @Column(name = "published_at")
    public OffsetDateTime publishedAt;

    /**
     * The W3C trace context of the span that appended the event, sent as the record's {@code traceparent} header;
     * null when tracing was off (see {@link OutboxTracing}).
     */
    @Column(updatable = false)
    public String traceparent;

    /** The W3C {@code tracestate} that came with it, if any. */
    @Column(updatable = false)
    public String tracestate;

    static List<OutboxMessage> nextUnpublished(int limit) {
        return find("publishedAt is null order by id").page(0, limit).list();
    }
}
