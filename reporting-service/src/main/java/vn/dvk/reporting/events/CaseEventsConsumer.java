package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.reporting.projection.LiveSchema;

/** Follows recognition's case events (recognitions, decisions, commendations) into the live projections; the inbox hands each over once, in order. */
@ApplicationScoped
public class CaseEventsConsumer extends InboxConsumer {

    private final EventProjections projections;
    private final LiveSchema live;

    public CaseEventsConsumer(EventProjections projections, LiveSchema live) {
        this.projections = projections;
        this.live = live;
    }

    @Incoming("recognition-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    public String topic() {
        return EventProjections.CASE_EVENTS;
    }

    @Override
    public Effect read(IncomingEvent event) {
        Projection projection = projections.read(event);
        return () -> projection.applyTo(live.schema());
    }
}
