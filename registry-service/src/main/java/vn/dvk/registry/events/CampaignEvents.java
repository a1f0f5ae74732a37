package vn.dvk.registry.events;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.OffsetDateTime;
import vn.dvk.kit.outbox.Outbox;
import vn.dvk.kit.time.Moments;
import vn.dvk.registry.domain.Campaign;

/** Reports each change of a campaign on {@code registry.campaign-events}, in the change's transaction. */
@ApplicationScoped
public class CampaignEvents {

    public static final String TOPIC = "registry.campaign-events";

    /** What happened to the campaign: the last part of its event type. */
    public enum Change {
        CREATED, UPDATED, OPENED, CLOSED;

        public String eventType() {
            return "dvk.registry.campaign." + name().toLowerCase() + ".v1";
        }
    }

    private final Outbox outbox;
    private final Clock clock;

    public CampaignEvents(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** @param sequence the campaign's sequence number for this event */
    public void changed(Change change, Campaign campaign, long sequence, String actor) {
        changed(change, campaign, sequence, actor, Moments.utc(clock));
    }

    /** A change that happened {@code at}: a past one a history import records. */
    public void changed(Change change, Campaign campaign, long sequence, String actor, OffsetDateTime at) {
        outbox.append(TOPIC, change.eventType(), campaign.id, new CampaignChanged(campaign.id, sequence,
                campaign.provinceId, campaign.status, campaign.definition(), actor, at));
    }
}
