package vn.dvk.recognition.events;

import io.smallrye.common.annotation.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import vn.dvk.kit.events.InboxConsumer;
import vn.dvk.kit.events.IncomingEvent;
import vn.dvk.recognition.domain.Campaign;
import vn.dvk.recognition.domain.ReviewWindow;

/**
 * Keeps recognition's copy of each campaign (levels used, review windows) as the registry defines it; the inbox
 * applies each campaign's events once and in order, so the last definition wins.
 */
@ApplicationScoped
public class CampaignEventsConsumer extends InboxConsumer {

    static final String TOPIC = "registry.campaign-events";
    private static final String TYPE_PREFIX = "dvk.registry.campaign.";

    @Incoming("campaign-events")
    @Blocking
    public void onEvent(ConsumerRecord<String, String> record) {
        receive(record);
    }

    @Override
    public String topic() {
        return TOPIC;
    }

    @Override
    public Effect read(IncomingEvent event) {
        if (event.type() == null || !event.type().startsWith(TYPE_PREFIX)) {
            return Effect.NONE;
        }
        CampaignChanged changed = reader.read(event, CampaignChanged.class, CampaignChanged::isComplete);
        return () -> apply(changed);
    }

    private static void apply(CampaignChanged changed) {
        Campaign known = Campaign.findById(changed.campaignId());
        Campaign campaign = known != null ? known : new Campaign();
        campaign.id = changed.campaignId();
        campaign.provinceId = changed.provinceId();
        campaign.organisationId = changed.campaign().organisationId();
        campaign.name = changed.campaign().name();
        campaign.status = changed.status();
        campaign.updatedAt = changed.changedAt();
        if (known == null) {
            campaign.persist();
        }
        campaign.reviewWindows.clear();
        Campaign.flush(); // the old windows go before the new ones, which share their keys
        for (CampaignChanged.Window w : changed.campaign().reviewWindows()) {
            ReviewWindow window = new ReviewWindow();
            window.campaignId = campaign.id;
            window.level = w.level();
            window.opensOn = w.opensOn();
            window.closesOn = w.closesOn();
            campaign.reviewWindows.add(window);
        }
    }
}
