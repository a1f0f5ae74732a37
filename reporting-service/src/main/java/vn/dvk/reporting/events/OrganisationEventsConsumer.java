package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows the registry's organisation events (units' monthly indicators) into the live projections. */
@ApplicationScoped
public class OrganisationEventsConsumer extends ProjectingConsumer {

    @Incoming("organisation-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Override
    public String topic() {
        return EventProjections.ORGANISATION_EVENTS;
    }
}
