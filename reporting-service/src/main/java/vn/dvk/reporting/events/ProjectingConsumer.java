package vn.dvk.reporting.events;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.reporting.projection.LiveSchema;
import vn.dvk.reporting.projection.ProjectionBatch;
import vn.dvk.reporting.projection.Projector;

/**
 * A consumer of one topic into the live projections: the inbox hands each event over once, in order per aggregate,
 * and the events of one poll are projected together, in one transaction and one {@link ProjectionBatch} (each model
 * read and written once, each counter moved once), which is what lets a backlog of a million events be caught up in
 * minutes rather than hours.
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

    /** The batch the effects of the poll being applied on this thread go to. */
    private final ThreadLocal<ProjectionBatch> together = new ThreadLocal<>();

    /** Takes a poll's records in; the subclass's {@code @Incoming} method calls it. */
    protected void takeAll(ConsumerRecords<String, String> records) {
        List<ConsumerRecord<String, String>> list = new ArrayList<>(records.count());
        records.forEach(list::add);
        receiveAll(list);
        list.forEach(record -> freshness.taken(record.topic(), record.timestamp()));
    }

    @Override
    public void applyTogether(Runnable effects) {
        ProjectionBatch batch = projector.open(live.schema());
        together.set(batch);
        try {
            effects.run();
            batch.flush();
        } finally {
            together.remove();
        }
    }

    @Override
    public Effect read(IncomingEvent event) {
        Projection projection = projections.read(event);
        return () -> {
            ProjectionBatch poll = together.get();
            if (poll != null) {
                projection.applyTo(poll);
                return;
            }
            ProjectionBatch batch = projector.open(live.schema()); // an event parked behind a gap, on its own
            projection.applyTo(batch);
            batch.flush();
        };
    }
}
