package vn.dvk.registry.api;

import java.time.LocalDate;
import vn.dvk.registry.domain.Campaign;

public record CampaignView(String id, String movement, String name, String organisationId, LocalDate startsOn,
        LocalDate endsOn) {

    static CampaignView of(Campaign campaign) {
        return new CampaignView(campaign.id, campaign.movement, campaign.name, campaign.organisationId,
                campaign.startsOn, campaign.endsOn);
    }
}
