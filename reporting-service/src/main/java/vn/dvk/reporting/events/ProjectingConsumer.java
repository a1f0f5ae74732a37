package vn.dvk.reporting.events;

import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionBatch;
import vn.dvk.reporting.projection.Projector;

/**
 * A consumer of one topic into the live projections: the inbox hands each event over once, in order per aggregate,
 * and the event's projection applies to the live schema.
 */
public abstract class ProjectingConsumer extends InboxConsumer {

    @Inject
    EventProjections projections;

    @Inject
    LiveSchema live;

    @Inject
    Projector projector;

    @Inject
    Freshness freshness;

    /** Takes one record in; the subclass's {@code @Incoming} method calls it. */
    protected void take(ConsumerRecord<String, String> record) {
        receive(record);
        freshness.taken(record.topic(), record.timestamp());
    }

    @Override
    public Effect read(IncomingEvent event) {
        Projection projection = projections.read(event);
        return () -> {
            ProjectionBatch batch = projector.open(live.schema());
            projection.applyTo(batch);
            batch.flush();
        };
    }
}
