package vn.dvk.reporting.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/** Follows the registry's campaign events (names and review windows) into the live projections. */
@ApplicationScoped
public class CampaignEventsConsumer extends ProjectingConsumer {

    @Incoming("campaign-events")
    @Blocking
    public void onEvents(ConsumerRecords<String, String> records) {
        takeAll(records);
    }

    @Override
    public String topic() {
        return EventProjections.CAMPAIGN_EVENTS;
    }
}
