package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows the registry's model events (drafts, submissions, withdrawals) into the live projections. */
@ApplicationScoped
public class ModelEventsConsumer extends ProjectingConsumer {

    @Incoming("registry-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Override
    public String topic() {
        return EventProjections.MODEL_EVENTS;
    }
}
