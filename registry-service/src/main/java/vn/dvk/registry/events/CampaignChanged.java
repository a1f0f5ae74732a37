package vn.dvk.registry.events;

import java.time.OffsetDateTime;
import vn.dvk.registry.domain.CampaignDefinition;
import vn.dvk.registry.domain.CampaignStatus;

/**
 * The payload of every {@code dvk.registry.campaign.*.v1} event: the campaign as it now stands, so that recognition
 * and reporting keep names, levels and review windows current.
 *
 * @param sequence per campaign, increasing by one with each of its events (created is 1)
 */
public record CampaignChanged(
        String campaignId,
        long sequence,
        String provinceId,
        CampaignStatus status,
        CampaignDefinition campaign,
        String changedBy,
        OffsetDateTime changedAt) {
}
