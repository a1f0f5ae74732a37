package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows recognition's case events (reviews, recognitions, decisions, commendations) into the live projections. */
@ApplicationScoped
public class CaseEventsConsumer extends ProjectingConsumer {

    @Incoming("recognition-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Override
    public String topic() {
        return EventProjections.CASE_EVENTS;
    }
}
